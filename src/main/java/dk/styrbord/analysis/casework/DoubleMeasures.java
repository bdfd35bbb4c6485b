package dk.styrbord.analysis.casework;

import static dk.styrbord.analysis.casework.CaseTable.CITIZEN_ID;
import static dk.styrbord.analysis.casework.CaseTable.END_DATE;
import static dk.styrbord.analysis.casework.CaseTable.JOBCENTRE_MEASURE;
import static dk.styrbord.analysis.casework.CaseTable.MEASURE_GRANTED;
import static dk.styrbord.analysis.casework.CaseTable.START_DATE;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import dk.styrbord.analysis.Formats;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Double interventions (dobbeltindsatser): citizens who receive a social-services measure and a
 * jobcentre measure at the same time, per year — the overlap Morsø removed by letting one plan
 * cover both.
 *
 * <p>Definition: a citizen counts in a year if they have a granted measure active at any time in
 * the year (started on or before 31 December, not ended before 1 January) on a case whose {@code
 * jobcentre_measure} is true, i.e. the case system recorded a jobcentre measure running alongside
 * it. Share = those citizens ÷ all citizens with an active granted measure that year, in per
 * cent. Both counts are stocks, undercounted in the years right after the data start (column
 * {@code complete}); the share is less affected, as both parts miss the same early citizens.
 *
 * <p>Example: {@code DoubleMeasures.byYear(cases)}.
 */
public final class DoubleMeasures {
  private DoubleMeasures() {}

  /** The double interventions of a case table you brought, whose owner is not known. */
  public static ResultTable byYear(Table cases) {
    return byYear(cases, CaseResults.yours(cases));
  }

  /**
   * One row per year: citizens with an active measure, those with a jobcentre measure too, share,
   * and whether the year is complete (a stock: see {@link DataStart}).
   */
  public static ResultTable byYear(Table cases, Provenance source) {
    List<CaseRecord> rows =
        CaseTable.read(cases, "doubleMeasures", CITIZEN_ID, MEASURE_GRANTED, START_DATE, END_DATE,
            JOBCENTRE_MEASURE);
    Table out = Table.create("Citizens with a social-services and a jobcentre measure at the same time, by year",
        IntColumn.create("year"), IntColumn.create("citizens with a measure"),
        IntColumn.create("also a jobcentre measure"), DoubleColumn.create("double (%)"));
    for (int year : CaseTable.years(rows)) {
      Set<String> active = new HashSet<>();
      Set<String> doubled = new HashSet<>();
      for (CaseRecord c : rows) {
        if (c.activeIn(year)) {
          active.add(c.citizenId());
          if (c.jobcentreMeasure()) {
            doubled.add(c.citizenId());
          }
        }
      }
      out.intColumn("year").append(year);
      out.intColumn("citizens with a measure").append(active.size());
      out.intColumn("also a jobcentre measure").append(doubled.size());
      out.doubleColumn("double (%)").append(Formats.percent(doubled.size(), active.size()));
    }
    Formats.decimals(out, 1, "double (%)");
    return CaseResults.stockByYear(out, rows, "cases", Unit.citizens(), source);
  }
}
