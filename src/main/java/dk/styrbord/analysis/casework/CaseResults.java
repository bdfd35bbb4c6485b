package dk.styrbord.analysis.casework;

import dk.styrbord.analysis.LocalData;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.Table;

/**
 * Turns a casework table into a result that says whose cases it counts, and, for a stock (citizens
 * on a measure, open cases), which of its years or days are incomplete because the data start then
 * (see {@link DataStart}).
 */
final class CaseResults {
  private CaseResults() {}

  /** The provenance of a case table: the bundled dataset's own (its variable knows it), else the user's, named by the table. */
  static Provenance yours(Table cases) {
    return ResultTable.provenanceOf(cases);
  }

  /** A flow (counted by application or start date): not undercounted by the data start. */
  static ResultTable flow(Table out, String scope, Unit unit, Provenance source) {
    return flow(out, scope, unit, source, new ArrayList<>(new TreeSet<>(out.intColumn("year").asList())));
  }

  /** A flow whose years are columns rather than a column "year". */
  static ResultTable flow(Table out, String scope, Unit unit, Provenance source, List<Integer> years) {
    return ResultTable.of(out, LocalData.info(out.name(), scope, years, unit, PriceBasis.NOT_MONEY, source));
  }

  /** A stock by "year" (active at any time in the year), with a column {@code complete} and a note. */
  static ResultTable stockByYear(Table out, List<CaseRecord> rows, String scope, Unit unit, Provenance source) {
    DataStart start = DataStart.of(rows);
    List<Integer> years = out.intColumn("year").asList();
    BooleanColumn complete = BooleanColumn.create("complete");
    List<Integer> incomplete = new ArrayList<>();
    for (int year : years) {
      complete.append(start.completeIn(year));
      if (!start.completeIn(year)) {
        incomplete.add(year);
      }
    }
    out.addColumns(complete);
    ResultInfo info = LocalData.info(out.name(), scope, years, unit, PriceBasis.NOT_MONEY, source);
    return ResultTable.of(out, start.mark(info, DataStart.years(incomplete)));
  }

  /** A stock on the days in column "date", with a column {@code complete} and a note. */
  static ResultTable stockByDate(Table out, List<CaseRecord> rows, String scope, Unit unit, Provenance source) {
    DataStart start = DataStart.of(rows);
    BooleanColumn complete = BooleanColumn.create("complete");
    LocalDate lastIncomplete = null;
    for (LocalDate day : out.dateColumn("date")) {
      complete.append(start.completeOn(day));
      if (!start.completeOn(day)) {
        lastIncomplete = day;
      }
    }
    out.addColumns(complete);
    List<Integer> years = new ArrayList<>(new TreeSet<>(out.dateColumn("date").year().asList()));
    ResultInfo info = LocalData.info(out.name(), scope, years, unit, PriceBasis.NOT_MONEY, source);
    String periods = lastIncomplete == null ? null : "The counts up to " + lastIncomplete + " are";
    return ResultTable.of(out, start.mark(info, periods));
  }
}
