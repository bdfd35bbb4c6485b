package dk.styrbord.data.imports;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.ColumnEntry;
import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A municipality's own extract in a bundled dataset's shape: its columns renamed by a mapping
 * given once (their names → the dataset's names), every column the dataset has checked to be
 * there, and each typed as the catalog says (whole numbers to integers, text dates to dates, ja/nej
 * to flags, numbers to text for ids; amounts with øre keep them). Columns the mapping does not name are left out.
 *
 * <p>Example: {@code ColumnMapping.apply(extract, catalog.entry("cases"), Map.of("Sagsbehandler",
 * "caseworker", …), Set.of(), Set.of(), "ownCases")} has a column "caseworker".
 */
public final class ColumnMapping {
  private ColumnMapping() {}

  /**
   * The extract's mapped columns in the dataset's order and types. {@code filledIn} are the
   * dataset's columns the caller adds itself (e.g. code and municipality), {@code optional} are
   * extra names the mapping may use; {@code helper} names the prompt helper in messages.
   */
  public static Table apply(Table extract, DatasetEntry dataset, Map<String, String> mapping, Set<String> filledIn,
      Set<String> optional, String helper) {
    List<ColumnEntry> expected = dataset.columns().stream().filter(c -> !filledIn.contains(c.name())).toList();
    List<String> names = new ArrayList<>(expected.stream().map(ColumnEntry::name).toList());
    names.addAll(optional);
    checkMapping(extract, mapping, names, helper);
    Table renamed = renamed(extract, mapping);
    Table out = Table.create(extract.name());
    for (ColumnEntry column : expected) {
      out.addColumns(typed(renamed, column, mapping, names, helper));
    }
    for (String name : optional) {
      if (renamed.containsColumn(name)) {
        out.addColumns(typed(renamed, new ColumnEntry(name, "INTEGER", "", ""), mapping, names, helper));
      }
    }
    return out;
  }

  private static void checkMapping(Table extract, Map<String, String> mapping, List<String> names, String helper) {
    for (Map.Entry<String, String> e : mapping.entrySet()) {
      if (!extract.containsColumn(e.getKey())) {
        throw new WorkbenchException(helper + ": the table \"" + extract.name() + "\" has no column \"" + e.getKey()
            + "\" (mapped to " + e.getValue() + ")." + Suggestions.didYouMean(e.getKey(), extract.columnNames())
            + " Its columns: " + String.join(", ", extract.columnNames()) + ".");
      }
      if (!names.contains(e.getValue())) {
        throw new WorkbenchException(helper + ": \"" + e.getValue() + "\" (for " + e.getKey() + ") is not a column name"
            + " the workbench expects." + Suggestions.didYouMean(e.getValue(), names) + " Expected: "
            + String.join(", ", names) + ".");
      }
    }
  }

  /** A view of the extract with the mapped columns under their new names; the extract is not changed. */
  private static Table renamed(Table extract, Map<String, String> mapping) {
    Table t = Table.create(extract.name());
    for (Column<?> c : extract.columns()) {
      String name = mapping.getOrDefault(c.name(), c.name());
      if (!t.containsColumn(name)) {
        t.addColumns(c.copy().setName(name));
      }
    }
    return t;
  }

  private static Column<?> typed(Table t, ColumnEntry column, Map<String, String> mapping, List<String> names,
      String helper) {
    String name = column.name();
    if (!t.containsColumn(name)) {
      List<String> unmapped = t.columnNames().stream().filter(n -> !names.contains(n)).toList();
      throw new WorkbenchException(helper + ": no column for \"" + name + "\"; map one of the table's columns to it,"
          + " e.g. Map.of(\"" + (unmapped.isEmpty() ? "Kolonne" : unmapped.get(0)) + "\", \"" + name + "\")."
          + Suggestions.didYouMean(name, unmapped) + " Expected: " + String.join(", ", names) + ".");
    }
    Column<?> c = t.column(name);
    return switch (column.type()) {
      case "STRING" -> text(c);
      case "LOCAL_DATE" -> dates(c, helper, source(name, mapping));
      case "BOOLEAN" -> flags(c, helper, source(name, mapping));
      case "INTEGER" -> whole(c, helper, source(name, mapping));
      default -> decimals(c, helper, source(name, mapping));
    };
  }

  private static String source(String name, Map<String, String> mapping) {
    return mapping.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst()
        .map(k -> "\"" + k + "\" (" + name + ")").orElse("\"" + name + "\"");
  }

  private static StringColumn text(Column<?> c) {
    if (c instanceof StringColumn s) {
      return s.copy();
    }
    StringColumn out = StringColumn.create(c.name());
    for (int i = 0; i < c.size(); i++) {
      out.append(c.isMissing(i) ? null : c instanceof NumericColumn<?> n ? wholeText(n.getDouble(i)) : c.getString(i));
    }
    return out;
  }

  private static String wholeText(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static DateColumn dates(Column<?> c, String helper, String source) {
    if (c instanceof DateColumn d) {
      return d.copy();
    }
    DateColumn out = DateColumn.create(c.name());
    for (int i = 0; i < c.size(); i++) {
      String s = c.isMissing(i) ? "" : c.getString(i).trim();
      LocalDate date = s.isEmpty() ? null : DateText.looksLikeDate(s) ? DateText.parse(s) : null;
      if (!s.isEmpty() && date == null) {
        throw new WorkbenchException(helper + ": column " + source + " should hold dates such as 2024-01-03 or"
            + " 03.01.2024, but row " + (i + 1) + " holds \"" + s + "\".");
      }
      out.append(date);
    }
    return out;
  }

  private static BooleanColumn flags(Column<?> c, String helper, String source) {
    if (c instanceof BooleanColumn b) {
      return b.copy();
    }
    BooleanColumn out = BooleanColumn.create(c.name());
    for (int i = 0; i < c.size(); i++) {
      String s = c.isMissing(i) ? "" : c.getString(i).trim().toLowerCase(Locale.ROOT);
      switch (s) {
        case "ja", "j", "true", "sand", "1", "x" -> out.append(true);
        case "nej", "n", "false", "falsk", "0", "" -> out.append(false);
        default -> throw new WorkbenchException(helper + ": column " + source + " should hold ja/nej (or true/false),"
            + " but row " + (i + 1) + " holds \"" + s + "\".");
      }
    }
    return out;
  }

  /** Whole numbers as an IntColumn; a column with fractions (amounts in øre) stays decimal, so sums are not rounded row by row. */
  private static Column<?> whole(Column<?> c, String helper, String source) {
    NumericColumn<?> n = numbers(c, helper, source);
    IntColumn out = IntColumn.create(c.name());
    for (int i = 0; i < n.size(); i++) {
      double value = n.getDouble(i);
      if (n.isMissing(i)) {
        out.appendMissing();
      } else if (value != Math.rint(value)) {
        return decimals(c, helper, source);
      } else {
        out.append(Math.toIntExact((long) value));
      }
    }
    return out;
  }

  private static DoubleColumn decimals(Column<?> c, String helper, String source) {
    return numbers(c, helper, source).asDoubleColumn().setName(c.name());
  }

  private static NumericColumn<?> numbers(Column<?> c, String helper, String source) {
    if (c instanceof NumericColumn<?> n) {
      return n;
    }
    throw new WorkbenchException(helper + ": column " + source + " should hold numbers but holds text, e.g. \""
        + (c.size() == 0 ? "" : c.getString(0)) + "\". Read it with readCsv or readExcel, which read 1.234,56 as a number.");
  }
}
