package dk.styrbord.analysis.casework;

import static dk.styrbord.analysis.casework.CaseTable.CASEWORKER;
import static dk.styrbord.analysis.casework.CaseTable.END_DATE;
import static dk.styrbord.analysis.casework.CaseTable.MEASURE_GRANTED;
import static dk.styrbord.analysis.casework.CaseTable.START_DATE;
import static dk.styrbord.analysis.casework.CaseTable.TEAM;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Formats;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Caseload (sagsstamme): open cases per caseworker at the end of each quarter.
 *
 * <p>Definition: a case is open on a snapshot date if a measure was granted, its {@code
 * start_date} is on or before the date and its {@code end_date} is empty or after the date (a case
 * ending on the snapshot date is no longer open). Snapshots are the last days of the quarters (31
 * March, 30 June, 30 September, 31 December) from the first quarter with a start date up to the
 * data's as-of date (its latest application date). A caseworker belongs to
 * the team of their cases and counts on every snapshot, with 0 when they hold no open case, so the
 * spread shows who is idle as well as who is overloaded. The median of an even number of
 * caseworkers is the mean of the two middle ones. Open cases are a stock: cases granted before the
 * data start are not in the table, so the first quarters undercount (column {@code complete}, see
 * {@link DataStart}); on the bundled cases the open cases on 31 December are 454, 743, 858 and 864
 * in 2022–2025.
 *
 * <p>Example: {@code Caseload.spreadByQuarter(cases)}.
 */
public final class Caseload {
  private Caseload() {}

  /** The caseload per caseworker of a case table you brought, whose owner is not known. */
  public static ResultTable perCaseworkerByQuarter(Table cases) {
    return perCaseworkerByQuarter(cases, CaseResults.yours(cases));
  }

  /**
   * One row per quarter end: the open cases of each caseworker, one column per caseworker, and
   * whether the count is complete (see {@link DataStart}).
   */
  public static ResultTable perCaseworkerByQuarter(Table cases, Provenance source) {
    List<CaseRecord> rows = read(cases);
    TreeSet<String> caseworkers =
        rows.stream().map(CaseRecord::caseworker).filter(Objects::nonNull)
            .collect(Collectors.toCollection(TreeSet::new));
    Table out = Table.create("Open cases per caseworker at the end of each quarter", DateColumn.create("date"));
    caseworkers.forEach(name -> out.addColumns(IntColumn.create(name)));
    for (LocalDate date : quarterEnds(rows)) {
      out.dateColumn("date").append(date);
      caseworkers.forEach(name -> out.intColumn(name).append(openCases(rows, name, date)));
    }
    return CaseResults.stockByDate(out, rows, "cases", Unit.cases(), source);
  }

  /**
   * One row per quarter end and team: caseworkers, open cases, and open cases per caseworker as
   * mean, min, median and max.
   */
  public static ResultTable spreadByQuarter(Table cases) {
    return spreadByQuarter(cases, CaseResults.yours(cases));
  }

  /** The same from cases with this provenance, e.g. the bundled cases (Sønderborg's). */
  public static ResultTable spreadByQuarter(Table cases, Provenance source) {
    List<CaseRecord> rows = read(cases);
    Map<String, TreeSet<String>> teams =
        rows.stream().filter(c -> c.team() != null && c.caseworker() != null)
            .collect(Collectors.groupingBy(CaseRecord::team, TreeMap::new,
                Collectors.mapping(CaseRecord::caseworker, Collectors.toCollection(TreeSet::new))));
    Table out = Table.create("Open cases per caseworker at the end of each quarter: spread by team",
        DateColumn.create("date"), StringColumn.create("team"), IntColumn.create("caseworkers"),
        IntColumn.create("open cases"), DoubleColumn.create("mean per caseworker"),
        IntColumn.create("min"), DoubleColumn.create("median"), IntColumn.create("max"));
    for (LocalDate date : quarterEnds(rows)) {
      teams.forEach((team, names) -> appendSpread(out, rows, date, team, names));
    }
    Formats.decimals(out, 1, "mean per caseworker", "median");
    return CaseResults.stockByDate(out, rows, "cases", Unit.cases(), source);
  }

  /** The open cases of one caseworker on a date. */
  static int openCases(List<CaseRecord> rows, String caseworker, LocalDate date) {
    return (int) rows.stream().filter(c -> caseworker.equals(c.caseworker()) && c.openOn(date)).count();
  }

  /** Quarter ends from the first start date up to the as-of date. */
  static List<LocalDate> quarterEnds(List<CaseRecord> rows) {
    LocalDate first =
        rows.stream().map(CaseRecord::start).filter(Objects::nonNull).min(LocalDate::compareTo)
            .orElseThrow(() -> new WorkbenchException(
                "caseload: no case in the table has a start_date, so no case is ever open."));
    LocalDate asOf = CaseTable.asOf(rows);
    List<LocalDate> ends = new ArrayList<>();
    for (LocalDate d = quarterEnd(first); !d.isAfter(asOf); d = quarterEnd(d.plusDays(1))) {
      ends.add(d);
    }
    return ends;
  }

  private static LocalDate quarterEnd(LocalDate date) {
    int lastMonth = ((date.getMonthValue() - 1) / 3) * 3 + 3;
    return date.withDayOfMonth(1).withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
  }

  private static void appendSpread(
      Table out, List<CaseRecord> rows, LocalDate date, String team, TreeSet<String> names) {
    double[] open = names.stream().mapToDouble(name -> openCases(rows, name, date)).sorted().toArray();
    int total = (int) Arrays.stream(open).sum();
    out.dateColumn("date").append(date);
    out.stringColumn("team").append(team);
    out.intColumn("caseworkers").append(open.length);
    out.intColumn("open cases").append(total);
    out.doubleColumn("mean per caseworker").append((double) total / open.length);
    out.intColumn("min").append((int) open[0]);
    out.doubleColumn("median").append(Percentiles.type7(open, 50)[0]);
    out.intColumn("max").append((int) open[open.length - 1]);
  }

  private static List<CaseRecord> read(Table cases) {
    return CaseTable.read(cases, "caseload", CASEWORKER, TEAM, MEASURE_GRANTED, START_DATE, END_DATE);
  }
}
