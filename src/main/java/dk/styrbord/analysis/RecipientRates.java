package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Suggestions;
import java.util.Arrays;
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
}
