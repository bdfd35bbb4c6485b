package dk.styrbord.data.update;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.TableInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The area codes of a table's OMRÅDE that are the 98 municipalities, as the table writes them
 * (e.g. {@code 101} or {@code 0101}); a municipality the table lacks is one line naming it.
 *
 * <p>Example: {@code MunicipalityCodes.select(info.variables().get(0), Set.of(101, 350), "FOLK1A")}.
 */
final class MunicipalityCodes {
  private MunicipalityCodes() {}

  static List<String> select(TableInfo.Variable area, Set<Integer> municipalities, String table) {
    List<String> codes = area.values().stream().map(TableInfo.Value::id)
        .filter(id -> id.matches("\\d{1,4}") && municipalities.contains(Integer.parseInt(id))).toList();
    Set<Integer> missing = new TreeSet<>(municipalities);
    codes.forEach(id -> missing.remove(Integer.parseInt(id)));
    if (!missing.isEmpty()) {
      throw new WorkbenchException(table + ": " + area.id() + " lacks the municipalit" + (missing.size() == 1 ? "y " : "ies ") + missing
          + "; StatBank changed the table, so this Styrbord cannot update it.");
    }
    return codes;
  }
}
