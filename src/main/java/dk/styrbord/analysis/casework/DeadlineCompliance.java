package dk.styrbord.analysis.casework;

import static dk.styrbord.analysis.casework.CaseTable.APPLICATION_DATE;
import static dk.styrbord.analysis.casework.CaseTable.DEADLINE_DATE;
import static dk.styrbord.analysis.casework.CaseTable.DECISION_DATE;
import static dk.styrbord.analysis.casework.CaseTable.MEASURE_APPLIED;
import static dk.styrbord.analysis.casework.CaseTable.TEAM;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Formats;
import dk.styrbord.data.Suggestions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Deadline compliance (overholdelse af tidsfrister): the share of decisions made on or before
 * {@code deadline_date}, by team, measure applied for and year of application. For a child
 * assessment (børnefaglig undersøgelse) the deadline is statutory: 4 months (Serviceloven § 50,
 * stk. 7; Barnets Lov from 2024); for other measures it is the municipality's service standard.
 *
 * <p>Definition: on time = decided on or before the deadline; late = decided after it, or still
 * undecided on or after the deadline at the data's as-of date (its latest application
 * date) — a case without a decision past its deadline has already missed
 * it; pending = undecided with the deadline still ahead, left out of the share. Share on time = on
 * time ÷ (on time + late), in per cent. Cases without a deadline are left out.
 *
 * <p>Example: {@code DeadlineCompliance.byMeasureAndYear(cases)}.
 */
public final class DeadlineCompliance {
  private static final String HELPER = "deadlines";

  private DeadlineCompliance() {}

  /** One row per team, measure applied for and year of application. */
  public static ResultTable byMeasureAndYear(Table cases) {
    return byMeasureAndYear(cases, CaseResults.yours(cases));
  }

  /** The same from cases with this provenance, e.g. the bundled cases (Sønderborg's). */
  public static ResultTable byMeasureAndYear(Table cases, Provenance source) {
    return CaseResults.flow(table(read(cases), c -> true,
        "Decisions on or before the deadline by team, measure and year of application"), "cases", Unit.cases(), source);
  }

  /**
   * The same for one measure applied for, e.g. "børnefaglig undersøgelse"; an unknown measure
   * gives a message naming the measures in the table.
   */
  public static ResultTable byYear(Table cases, String measure) {
    return byYear(cases, measure, CaseResults.yours(cases));
  }

  /** The same from cases with this provenance, e.g. the bundled cases (Sønderborg's). */
  public static ResultTable byYear(Table cases, String measure, Provenance source) {
    List<CaseRecord> rows = read(cases);
    String known = measureIn(rows, measure);
    return CaseResults.flow(table(rows, c -> known.equals(c.measureApplied()),
        "Decisions on or before the deadline by year of application: " + known), "cases: " + known, Unit.cases(), source);
  }

  private static List<CaseRecord> read(Table cases) {
    return CaseTable.read(cases, HELPER, TEAM, MEASURE_APPLIED, APPLICATION_DATE, DECISION_DATE, DEADLINE_DATE);
  }

  private static String measureIn(List<CaseRecord> rows, String measure) {
    TreeSet<String> measures =
        rows.stream().map(CaseRecord::measureApplied).filter(Objects::nonNull)
            .collect(Collectors.toCollection(TreeSet::new));
    String typed = measure == null ? "" : measure.trim();
    return measures.stream()
        .filter(m -> m.equalsIgnoreCase(typed))
        .findFirst()
        .orElseThrow(() -> new WorkbenchException(
            "Unknown measure \"" + typed + "\"." + Suggestions.didYouMean(typed, measures)
                + " Choose one of: " + String.join(", ", measures) + "."));
  }

  /** A group of the table: team, measure applied for and year of application. */
  private record Group(String team, String measure, int year) implements Comparable<Group> {
    static Group of(CaseRecord c) {
      return new Group(Objects.toString(c.team(), ""), c.measureApplied(), c.applied().getYear());
    }

    @Override
    public int compareTo(Group other) {
      return Comparator.comparing(Group::team).thenComparing(Group::measure)
          .thenComparingInt(Group::year).compare(this, other);
    }
  }

  private static Table table(List<CaseRecord> rows, Predicate<CaseRecord> keep, String name) {
    LocalDate asOf = CaseTable.asOf(rows);
    Map<Group, List<CaseRecord>> groups =
        rows.stream()
            .filter(keep)
            .filter(c -> c.deadline() != null && c.applied() != null && c.measureApplied() != null)
            .collect(Collectors.groupingBy(Group::of, TreeMap::new, Collectors.toList()));
    Table out = Table.create(name, StringColumn.create("team"), StringColumn.create("measure applied"),
        IntColumn.create("year"), IntColumn.create("applications"), IntColumn.create("on time"),
        IntColumn.create("late"), IntColumn.create("pending"), DoubleColumn.create("on time (%)"));
    groups.forEach((group, cases) -> append(out, group, cases, asOf));
    return Formats.decimals(out, 1, "on time (%)");
  }

  private static void append(Table out, Group group, List<CaseRecord> cases, LocalDate asOf) {
    int onTime = count(cases, c -> c.decided() != null && !c.decided().isAfter(c.deadline()));
    int pending = count(cases, c -> c.decided() == null && c.deadline().isAfter(asOf));
    int late = cases.size() - onTime - pending;
    out.stringColumn("team").append(group.team());
    out.stringColumn("measure applied").append(group.measure());
    out.intColumn("year").append(group.year());
    out.intColumn("applications").append(cases.size());
    out.intColumn("on time").append(onTime);
    out.intColumn("late").append(late);
    out.intColumn("pending").append(pending);
    out.doubleColumn("on time (%)").append(Formats.percent(onTime, onTime + late));
  }

  private static int count(List<CaseRecord> group, Predicate<CaseRecord> test) {
    return (int) group.stream().filter(test).count();
  }
}
