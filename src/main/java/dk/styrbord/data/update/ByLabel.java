package dk.styrbord.data.update;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.TableInfo;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Picks a table's variables and values by their Danish labels in tableinfo, for tables whose
 * codes Styrbord does not know in advance (NGLK, HFUDD11). Whatever is missing or ambiguous is one
 * line naming the table, the variable and the label expected, and listing what the table has now.
 *
 * <p>Example: {@code ByLabel.variable(info, "prisenhed")} is NGLK's price-unit variable, whatever its id.
 */
final class ByLabel {
  private ByLabel() {}

  /** The variable whose label (or id) contains {@code fragment}, ignoring case. */
  static TableInfo.Variable variable(TableInfo info, String fragment) {
    List<TableInfo.Variable> found = info.variables().stream()
        .filter(v -> contains(v.text(), fragment) || contains(v.id(), fragment)).toList();
    if (found.size() != 1) {
      throw new WorkbenchException(info.id() + ": " + (found.isEmpty() ? "no" : found.size()) + " variables labelled \"" + fragment
          + "\" (it has " + info.variables().stream().map(v -> v.id() + " " + v.text()).collect(Collectors.joining(", "))
          + "); StatBank changed the table, so this Styrbord cannot update it.");
    }
    return found.get(0);
  }

  /** The time variable. */
  static TableInfo.Variable time(TableInfo info) {
    return info.variables().stream().filter(TableInfo.Variable::time).findFirst().orElseThrow(() -> new WorkbenchException(
        info.id() + ": tableinfo marks no variable as time; StatBank changed the table, so this Styrbord cannot update it."));
  }

  /** The one value whose label contains {@code fragment}, ignoring case; none or several is one line. */
  static TableInfo.Value value(TableInfo info, TableInfo.Variable variable, String fragment) {
    return one(info, variable, "labelled \"" + fragment + "\"", v -> contains(v.text(), fragment));
  }

  /** The one value that matches; {@code expected} says in the message what was looked for. */
  static TableInfo.Value one(TableInfo info, TableInfo.Variable variable, String expected, Predicate<TableInfo.Value> match) {
    List<TableInfo.Value> found = variable.values().stream().filter(match).toList();
    if (found.size() != 1) {
      throw new WorkbenchException(info.id() + ": " + variable.id() + " has " + (found.isEmpty() ? "no" : found.size())
          + " values " + expected + " (it has " + listing(variable) + "); StatBank changed the table, so this Styrbord cannot update it.");
    }
    return found.get(0);
  }

  /** The variable's total: the one value labelled "I alt" (or "… i alt", e.g. "Alder i alt"). */
  static TableInfo.Value total(TableInfo info, TableInfo.Variable variable) {
    return one(info, variable, "labelled \"I alt\"", v -> {
      String text = v.text().strip().toLowerCase(Locale.ROOT);
      return text.equals("i alt") || text.endsWith(" i alt");
    });
  }

  /** Hele landet: the value {@code 000} or {@code 0}, or else the one labelled "Hele landet". */
  static TableInfo.Value national(TableInfo info, TableInfo.Variable area) {
    return area.values().stream().filter(v -> v.id().equals("000") || v.id().equals("0")).findFirst()
        .orElseGet(() -> value(info, area, "Hele landet"));
  }

  /** The values as "code label, …", at most ten. */
  static String listing(TableInfo.Variable variable) {
    return variable.values().stream().limit(10).map(v -> v.id() + " " + v.text()).collect(Collectors.joining(", "))
        + (variable.values().size() > 10 ? ", …" : "");
  }

  static boolean contains(String text, String fragment) {
    return text.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
  }
}
