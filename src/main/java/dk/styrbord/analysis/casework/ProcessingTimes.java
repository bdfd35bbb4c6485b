package dk.styrbord.analysis.casework;

import static dk.styrbord.analysis.casework.CaseTable.APPLICATION_DATE;
import static dk.styrbord.analysis.casework.CaseTable.DECISION_DATE;
import static dk.styrbord.analysis.casework.CaseTable.MEASURE_APPLIED;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import dk.styrbord.analysis.Formats;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Processing time (sagsbehandlingstid): calendar days from {@code application_date} to {@code
 * decision_date}, by measure applied for and year of application.
 *
 * <p>Per group: applications, decided (n, the cases the statistics use), undecided (no decision
 * date yet: these are still running, so the times of a recent year are biased low until they are
 * decided), mean, and the percentiles p25, median, p75 and p90 by linear interpolation between
 * order statistics as R's {@code quantile} default (type 7) and pandas: the p-th percentile of n
 * sorted values sits at position 1 + p·(n − 1) (Hyndman &amp; Fan 1996, "Sample quantiles in
 * statistical packages", The American Statistician 50(4)). Calendar days: a decision the day after
 * the application took 1 day.
 *
 * <p>Example: {@code ProcessingTimes.byMeasureAndYear(cases)}.
 */
public final class ProcessingTimes {
  private static final String[] DAYS = {"mean (days)", "p25 (days)", "median (days)", "p75 (days)", "p90 (days)"};

  private ProcessingTimes() {}

  /** One row per measure applied for and year of application, measures in alphabetical order. */
  public static ResultTable byMeasureAndYear(Table cases) {
    return byMeasureAndYear(cases, CaseResults.yours(cases));
  }

  /** The same from cases with this provenance, e.g. the bundled cases (Sønderborg's). */
  public static ResultTable byMeasureAndYear(Table cases, Provenance source) {
    List<CaseRecord> rows =
        CaseTable.read(cases, "processingTimes", MEASURE_APPLIED, APPLICATION_DATE, DECISION_DATE);
    Map<String, Map<Integer, List<CaseRecord>>> groups =
        rows.stream()
            .filter(c -> c.measureApplied() != null && c.applied() != null)
            .collect(Collectors.groupingBy(CaseRecord::measureApplied, TreeMap::new,
                Collectors.groupingBy(c -> c.applied().getYear(), TreeMap::new, Collectors.toList())));
    Table out = Table.create("Processing time from application to decision by measure and year of application",
        StringColumn.create("measure applied"), IntColumn.create("year"),
        IntColumn.create("applications"), IntColumn.create("decided (n)"), IntColumn.create("undecided"));
    for (String name : DAYS) {
      out.addColumns(DoubleColumn.create(name));
    }
    groups.forEach((measure, byYear) -> byYear.forEach((year, group) -> append(out, measure, year, group)));
    Formats.decimals(out, 1, DAYS);
    return CaseResults.flow(out, "cases", Unit.days(), source);
  }

  private static void append(Table out, String measure, int year, List<CaseRecord> group) {
    double[] days =
        group.stream()
            .filter(c -> c.decided() != null)
            .mapToDouble(c -> ChronoUnit.DAYS.between(c.applied(), c.decided()))
            .toArray();
    out.stringColumn("measure applied").append(measure);
    out.intColumn("year").append(year);
    out.intColumn("applications").append(group.size());
    out.intColumn("decided (n)").append(days.length);
    out.intColumn("undecided").append(group.size() - days.length);
    double[] p = Percentiles.type7(days, 25, 50, 75, 90);
    out.doubleColumn("mean (days)").append(Arrays.stream(days).average().orElse(Double.NaN));
    out.doubleColumn("p25 (days)").append(p[0]);
    out.doubleColumn("median (days)").append(p[1]);
    out.doubleColumn("p75 (days)").append(p[2]);
    out.doubleColumn("p90 (days)").append(p[3]);
  }
}
