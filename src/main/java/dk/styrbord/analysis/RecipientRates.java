package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Suggestions;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Recipients of one or more measures per 1,000 inhabitants of the age group, by municipality and
 * year: the volume side of spending. Several measures joined with "+" are summed, e.g.
 * "§103+§104" for day services; a bare paragraph number such as "85" means "§85".
 *
 * <p>Example: {@code RecipientRates.of(recipients, population, "§85")}.
 */
public final class RecipientRates {
  private RecipientRates() {}

  /** code, municipality, year, recipients, population, per_1000 for the measure(s) named. */
  public static Table of(Table recipients, Table population, String measures) {
    List<String> wanted = Arrays.stream(measures.replace(" ", "").split("\\+"))
        .map(m -> m.matches("\\d+") ? "§" + m : m)
        .toList();
    Set<String> known = new LinkedHashSet<>(recipients.stringColumn("measure").asList());
    for (String m : wanted) {
      if (!known.contains(m)) {
        throw new WorkbenchException("Unknown measure \"" + m + "\"." + Suggestions.didYouMean(m, known)
            + " Measures: " + String.join(", ", known) + " (join with + to add them up, e.g. \"§103+§104\").");
      }
    }
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Area> areas = new TreeMap<>();
    for (Row r : recipients) {
      if (wanted.contains(r.getString("measure"))) {
        counts.merge(r.getInt("code") + "/" + r.getInt("year"), (int) r.getNumber("recipients"), Integer::sum);
        areas.put(r.getString("measure"), Area.of(r.getString("area")));
      }
    }
    if (new TreeSet<>(areas.values()).size() > 1) {
      throw new WorkbenchException("Measures " + measures + " mix adults and children; rate them one area at a time.");
    }
    Area area = areas.values().iterator().next();
    Table t = Table.create(measures + " recipients per 1,000 " + area.perWhom().substring(4),
        IntColumn.create("code"), StringColumn.create("municipality"), IntColumn.create("year"),
        IntColumn.create("recipients"), IntColumn.create("population"), DoubleColumn.create("per_1000"));
    for (Row p : population) {
      Integer count = counts.get(p.getInt("code") + "/" + p.getInt("year"));
      if (count != null) {
        int people = (int) p.getNumber(area.ageColumn());
        t.intColumn("code").append(p.getInt("code"));
        t.stringColumn("municipality").append(p.getString("municipality"));
        t.intColumn("year").append(p.getInt("year"));
        t.intColumn("recipients").append(count);
        t.intColumn("population").append(people);
        t.doubleColumn("per_1000").append(1000.0 * count / people);
      }
    }
    return Formats.decimals(t, 2, "per_1000");
  }

  /**
   * A municipality's rate per 1,000 in one year next to its group's, the group's as a ratio of
   * sums (all its recipients ÷ all its inhabitants of the age group), the municipality itself left
   * out. {@code rates} is a table from {@link #of}.
   */
  public static Comparison compare(Table rates, int code, Collection<Integer> group, int year, ResultInfo info) {
    Table inYear = rates.where(rates.intColumn("year").isEqualTo(year));
    Table own = inYear.where(inYear.intColumn("code").isEqualTo(code));
    Table others = inYear.where(inYear.intColumn("code").isIn(group.stream().mapToInt(Integer::intValue).filter(c -> c != code).toArray()));
    if (own.isEmpty() || others.isEmpty()) {
      throw new WorkbenchException("No recipients for municipality " + code + " or its group in " + year + ". Years: "
          + rates.intColumn("year").unique().sorted(Integer::compare).asList() + ".");
    }
    double groupRate = 1000.0 * others.intColumn("recipients").sum() / others.intColumn("population").sum();
    return new Comparison(info, year, own.doubleColumn("per_1000").get(0), groupRate);
  }

  /**
   * A municipality's rate and its group's in one year, per 1,000 inhabitants of the age group.
   *
   * @param info what the figures are: municipality, group, measure, year, unit, source
   * @param year the year
   * @param own the municipality's rate
   * @param group the group's rate (ratio of sums)
   */
  public record Comparison(ResultInfo info, int year, double own, double group) implements Result {

    /** Own rate as an index of the group's (group = 100). */
    public double index() {
      return 100 * own / group;
    }

    /** One row: measure, year, own, group, index_group. */
    @Override
    public Table table() {
      Table t = Table.create(info.title(), StringColumn.create("measure"), IntColumn.create("year"),
          DoubleColumn.create("own"), DoubleColumn.create("group"), DoubleColumn.create("index_group"));
      t.stringColumn("measure").append(info.scope());
      t.intColumn("year").append(year);
      t.doubleColumn("own").append(own);
      t.doubleColumn("group").append(group);
      t.doubleColumn("index_group").append(index());
      return Formats.whole(Formats.decimals(t, 2, "own", "group"), "index_group");
    }

    /** Prints as every result does: title, the one-row table, then unit, group, data and source. */
    @Override
    public String toString() {
      return ResultTable.of(table(), info).toString();
    }
  }
}
