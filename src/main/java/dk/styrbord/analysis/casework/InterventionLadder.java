package dk.styrbord.analysis.casework;

import static dk.styrbord.analysis.casework.CaseTable.CITIZEN_ID;
import static dk.styrbord.analysis.casework.CaseTable.END_DATE;
import static dk.styrbord.analysis.casework.CaseTable.MEASURE_GRANTED;
import static dk.styrbord.analysis.casework.CaseTable.START_DATE;

import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Citizens on each step of the intervention ladder (indsatstrappen), per year.
 *
 * <p>Definition: a citizen is on a step in a year if they have a granted measure on that step
 * ({@code measure_granted} §108, §107, §85, §103/§104 or §82, with a {@code start_date}) that is
 * active at any time in the year: started on or before 31 December and not ended before 1 January
 * (an empty {@code end_date} means still open). Citizens are counted once per step; a citizen who
 * moved from §107 to §85 during the year counts on both steps, once in the total. Years run from
 * the first to the last application in the table. Measures granted before the table begins are
 * not in it, so its first years undercount the stock: the column {@code complete} is false for
 * them and the result's info says why (see {@link DataStart} for the rule). See {@link LadderStep}
 * for the steps.
 *
 * <p>Example: {@code InterventionLadder.citizensByYear(cases, Provenance.yours("cases"))}.
 */
public final class InterventionLadder {
  private InterventionLadder() {}

  /** The ladder of a case table you brought, whose owner is not known. */
  public static ResultTable citizensByYear(Table cases) {
    return citizensByYear(cases, CaseResults.yours(cases));
  }

  /** One row per year: distinct citizens on each step and on the ladder as a whole, and whether the year is complete. */
  public static ResultTable citizensByYear(Table cases, Provenance source) {
    List<CaseRecord> rows =
        CaseTable.read(cases, "ladder", CITIZEN_ID, MEASURE_GRANTED, START_DATE, END_DATE);
    Table out = Table.create("Citizens on each step of the intervention ladder, active at any time in the year",
        IntColumn.create("year"));
    for (LadderStep step : LadderStep.values()) {
      out.addColumns(IntColumn.create(step.label()));
    }
    out.addColumns(IntColumn.create("citizens on the ladder"));
    for (int year : CaseTable.years(rows)) {
      appendYear(out, rows, year);
    }
    return CaseResults.stockByYear(out, rows, "cases", Unit.citizens(), source);
  }

  private static void appendYear(Table out, List<CaseRecord> rows, int year) {
    out.intColumn("year").append(year);
    Set<String> anyStep = new HashSet<>();
    for (LadderStep step : LadderStep.values()) {
      Set<String> citizens = new HashSet<>();
      for (CaseRecord c : rows) {
        if (c.activeIn(year) && LadderStep.of(c.measureGranted()).orElse(null) == step) {
          citizens.add(c.citizenId());
        }
      }
      anyStep.addAll(citizens);
      out.intColumn(step.label()).append(citizens.size());
    }
    out.intColumn("citizens on the ladder").append(anyStep.size());
  }
}
