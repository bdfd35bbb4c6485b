package dk.styrbord.analysis.casework;

import static dk.styrbord.analysis.casework.CaseTable.APPLICATION_DATE;
import static dk.styrbord.analysis.casework.CaseTable.END_DATE;
import static dk.styrbord.analysis.casework.CaseTable.RAPID_RESPONSE;
import static dk.styrbord.analysis.casework.CaseTable.START_DATE;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import dk.styrbord.analysis.Formats;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Rapid response (straksindsats, Sønderborg): the share of rapid-response cases closed within 12
 * weeks of their start, per year the help started.
 *
 * <p>Definition: a case with {@code rapid_response} true and a {@code start_date}. It is closed
 * within 12 weeks if its {@code end_date} is at most 84 days after the start (day 84 counts, day 85
 * does not). A case still open on the data's as-of date (its latest application
 * date) less than 84 days after its start is <em>pending</em> and left out of the
 * share; one still open after that has missed. Share = within ÷ (cases − pending), in per cent.
 *
 * <p>Example: {@code RapidResponse.byYear(cases)}.
 */
public final class RapidResponse {
  /** Twelve weeks in days. */
  public static final int TWELVE_WEEKS = 84;

  private RapidResponse() {}

  /** One row per start year: cases, closed within 12 weeks, pending, and the share (%). */
  public static ResultTable byYear(Table cases) {
    return byYear(cases, CaseResults.yours(cases));
  }

  /** The same from cases with this provenance, e.g. the bundled cases (Sønderborg's). */
  public static ResultTable byYear(Table cases, Provenance source) {
    List<CaseRecord> rows =
        CaseTable.read(cases, "rapidResponse", APPLICATION_DATE, START_DATE, END_DATE, RAPID_RESPONSE);
    LocalDate asOf = CaseTable.asOf(rows);
    Map<Integer, List<CaseRecord>> byYear =
        rows.stream()
            .filter(c -> c.rapidResponse() && c.start() != null)
            .collect(Collectors.groupingBy(c -> c.start().getYear(), TreeMap::new, Collectors.toList()));
    Table out = Table.create("Rapid-response cases closed within 12 weeks (84 days) of start, by year of start",
        IntColumn.create("year"), IntColumn.create("rapid-response cases"),
        IntColumn.create("closed within 12 weeks"), IntColumn.create("pending"),
        DoubleColumn.create("within 12 weeks (%)"));
    byYear.forEach((year, group) -> append(out, year, group, asOf));
    Formats.decimals(out, 1, "within 12 weeks (%)");
    return CaseResults.flow(out, "cases", Unit.cases(), source);
  }

  /** True if the case closed at most 84 days after it started. */
  static boolean closedWithinTwelveWeeks(CaseRecord c) {
    return c.end() != null && ChronoUnit.DAYS.between(c.start(), c.end()) <= TWELVE_WEEKS;
  }

  private static boolean pending(CaseRecord c, LocalDate asOf) {
    return c.end() == null && ChronoUnit.DAYS.between(c.start(), asOf) < TWELVE_WEEKS;
  }

  private static void append(Table out, int year, List<CaseRecord> group, LocalDate asOf) {
    int within = (int) group.stream().filter(RapidResponse::closedWithinTwelveWeeks).count();
    int pending = (int) group.stream().filter(c -> pending(c, asOf)).count();
    out.intColumn("year").append(year);
    out.intColumn("rapid-response cases").append(group.size());
    out.intColumn("closed within 12 weeks").append(within);
    out.intColumn("pending").append(pending);
    out.doubleColumn("within 12 weeks (%)").append(Formats.percent(within, group.size() - pending));
  }
}
