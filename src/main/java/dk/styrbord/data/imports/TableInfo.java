package dk.styrbord.data.imports;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What the StatBank API's {@code tableinfo} says about a table: its title, unit, last update and
 * each variable with its values. Prints as a short listing; {@link #asTable()} gives one row per
 * variable.
 *
 * <p>Example: {@code StatBank.table("FOLK1A").info()}.
 *
 * @param id the table id, e.g. FOLK1A
 * @param text the title
 * @param unit the unit, e.g. "antal"
 * @param updated when the table was last updated (as the API writes it)
 * @param variables the variables in table order
 */
public record TableInfo(String id, String text, String unit, String updated, List<Variable> variables) {

  /**
   * One variable of a table.
   *
   * @param id the id to select on, e.g. OMRÅDE or Tid
   * @param text its label
   * @param elimination whether it may be left out (then it is summed to its total)
   * @param time whether it is the time variable
   * @param values the value codes and labels
   */
  public record Variable(String id, String text, boolean elimination, boolean time, List<Value> values) {}

  /**
   * One value of a variable.
   *
   * @param id the code, e.g. 101 or 2020K1
   * @param text the label, e.g. København
   */
  public record Value(String id, String text) {}

  /** One row per variable: id, label, number of values, first values, whether it may be left out. */
  public Table asTable() {
    Table t = Table.create(id + ": " + text, StringColumn.create("variable"), StringColumn.create("text"),
        IntColumn.create("values"), StringColumn.create("examples"), BooleanColumn.create("elimination"));
    for (Variable v : variables) {
      t.stringColumn("variable").append(v.id());
      t.stringColumn("text").append(v.text());
      t.intColumn("values").append(v.values().size());
      t.stringColumn("examples").append(examples(v));
      t.booleanColumn("elimination").append(v.elimination());
    }
    return t;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(id + ": " + text + " (" + unit + "; updated " + updated + ")" + System.lineSeparator());
    for (Variable v : variables) {
      out.append("  ").append(v.id()).append(" — ").append(v.text()).append(", ").append(v.values().size()).append(" values: ")
          .append(examples(v)).append(v.elimination() ? "  (may be left out)" : "").append(System.lineSeparator());
    }
    return out.toString();
  }

  private static String examples(Variable v) {
    List<String> shown = v.values().stream().limit(4).map(x -> x.id().equals(x.text()) ? x.id() : x.id() + " " + x.text()).toList();
    return String.join(", ", shown) + (v.values().size() > 4 ? ", …" : "");
  }
}
