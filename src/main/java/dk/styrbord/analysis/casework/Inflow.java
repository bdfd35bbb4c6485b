package dk.styrbord.analysis.casework;

import static dk.styrbord.analysis.casework.CaseTable.APPLICATION_DATE;
import static dk.styrbord.analysis.casework.CaseTable.AREA;
import static dk.styrbord.analysis.casework.CaseTable.CASE_ID;
import static dk.styrbord.analysis.casework.CaseTable.CITIZEN_ID;
import static dk.styrbord.analysis.casework.CaseTable.INFLOW_SOURCE;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Formats;
import dk.styrbord.data.Suggestions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Inflow (tilgang): new citizens per year by where they came from ({@code inflow_source}:
 * psychiatry, the children's area at 18, the jobcentre, …), as Sønderborg mapped its rising inflow.
 *
 * <p>Definition: a citizen is new in the year of their first application in the table (in the
 * area, when one is given) and is counted once, under the source of that first case. Share = new
 * citizens from the source ÷ all new citizens of the year, in per cent. Inflow is a flow, counted
 * by application date, so unlike the stocks (ladder, caseload) it is not undercounted after the
 * data start and has no {@code complete} column; but the first year of a table also counts as new
 * citizens who were known before it began, whose earlier cases it does not hold.
 *
 * <p>Example: {@code Inflow.bySourceAndYear(cases, "adults")}.
 */
public final class Inflow {
  private static final String HELPER = "inflow";

  private Inflow() {}

  /** One row per year and source, over all areas. */
  public static ResultTable bySourceAndYear(Table cases) {
    return bySourceAndYear(cases, CaseResults.yours(cases));
  }

  /** The same from cases with this provenance, e.g. the bundled cases (Sønderborg's). */
  public static ResultTable bySourceAndYear(Table cases, Provenance source) {
    return CaseResults.flow(table(read(cases), "New citizens by inflow source and year of first application"),
        "cases", Unit.citizens(), source);
  }

  /** One row per year and source, for one area ("adults" or "children" in the bundled data). */
  public static ResultTable bySourceAndYear(Table cases, String area) {
    return bySourceAndYear(cases, area, CaseResults.yours(cases));
  }

  /** The same for one area, from cases with this provenance. */
  public static ResultTable bySourceAndYear(Table cases, String area, Provenance source) {
    List<CaseRecord> rows = read(cases);
    TreeSet<String> areas =
        rows.stream().map(CaseRecord::area).filter(Objects::nonNull)
            .collect(Collectors.toCollection(TreeSet::new));
    String typed = area == null ? "" : area.trim();
    String known = areas.stream().filter(a -> a.equalsIgnoreCase(typed)).findFirst()
        .orElseThrow(() -> new WorkbenchException("Unknown area \"" + typed + "\"."
            + Suggestions.didYouMean(typed, areas) + " Choose one of: " + String.join(", ", areas) + "."));
    return CaseResults.flow(table(rows.stream().filter(c -> known.equals(c.area())).toList(),
        "New citizens by inflow source and year of first application: " + known), "cases: " + known,
        Unit.citizens(), source);
  }

  private static List<CaseRecord> read(Table cases) {
    return CaseTable.read(cases, HELPER, CASE_ID, CITIZEN_ID, AREA, APPLICATION_DATE, INFLOW_SOURCE);
  }

  private static Table table(List<CaseRecord> rows, String name) {
    Map<Integer, Map<String, Long>> counts =
        firstCases(rows).stream()
            .collect(Collectors.groupingBy(c -> c.applied().getYear(), TreeMap::new,
                Collectors.groupingBy(c -> Objects.toString(c.inflowSource(), "(unknown)"), TreeMap::new,
                    Collectors.counting())));
    Table out = Table.create(name, IntColumn.create("year"), StringColumn.create("inflow source"),
        IntColumn.create("new citizens"), DoubleColumn.create("share of year (%)"));
    counts.forEach((year, bySource) -> {
      int total = bySource.values().stream().mapToInt(Long::intValue).sum();
      bySource.forEach((source, n) -> {
        out.intColumn("year").append(year);
        out.stringColumn("inflow source").append(source);
        out.intColumn("new citizens").append(n.intValue());
        out.doubleColumn("share of year (%)").append(Formats.percent(n.intValue(), total));
      });
    });
    return Formats.decimals(out, 1, "share of year (%)");
  }

  /** Each citizen's first case: earliest application, ties by case id. */
  private static List<CaseRecord> firstCases(List<CaseRecord> rows) {
    Comparator<CaseRecord> order =
        Comparator.comparing(CaseRecord::applied)
            .thenComparing(CaseRecord::caseId, Comparator.nullsLast(Comparator.naturalOrder()));
    return rows.stream()
        .filter(c -> c.citizenId() != null && c.applied() != null)
        .collect(Collectors.toMap(CaseRecord::citizenId, Function.identity(),
            (a, b) -> order.compare(a, b) <= 0 ? a : b))
        .values().stream().toList();
  }
}
