package dk.styrbord.analysis.casework;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads a table shaped like the bundled {@code cases} dataset into {@link CaseRecord}s, after
 * checking that the columns an analysis uses are there with the right types.
 */
final class CaseTable {
  static final String CASE_ID = "case_id";
  static final String CITIZEN_ID = "citizen_id";
  static final String CASEWORKER = "caseworker";
  static final String TEAM = "team";
  static final String AREA = "area";
  static final String MEASURE_APPLIED = "measure_applied";
  static final String APPLICATION_DATE = "application_date";
  static final String DECISION_DATE = "decision_date";
  static final String MEASURE_GRANTED = "measure_granted";
  static final String START_DATE = "start_date";
  static final String END_DATE = "end_date";
  static final String INFLOW_SOURCE = "inflow_source";
  static final String DEADLINE_DATE = "deadline_date";
  static final String RAPID_RESPONSE = "rapid_response";
  static final String JOBCENTRE_MEASURE = "jobcentre_measure";

  private static final Map<String, ColumnType> TYPES =
      Map.ofEntries(
          Map.entry(CASE_ID, ColumnType.STRING), Map.entry(CITIZEN_ID, ColumnType.STRING),
          Map.entry(CASEWORKER, ColumnType.STRING), Map.entry(TEAM, ColumnType.STRING),
          Map.entry(AREA, ColumnType.STRING), Map.entry(MEASURE_APPLIED, ColumnType.STRING),
          Map.entry(APPLICATION_DATE, ColumnType.LOCAL_DATE),
          Map.entry(DECISION_DATE, ColumnType.LOCAL_DATE),
          Map.entry(MEASURE_GRANTED, ColumnType.STRING), Map.entry(START_DATE, ColumnType.LOCAL_DATE),
          Map.entry(END_DATE, ColumnType.LOCAL_DATE), Map.entry(INFLOW_SOURCE, ColumnType.STRING),
          Map.entry(DEADLINE_DATE, ColumnType.LOCAL_DATE),
          Map.entry(RAPID_RESPONSE, ColumnType.BOOLEAN),
          Map.entry(JOBCENTRE_MEASURE, ColumnType.BOOLEAN));

  private CaseTable() {}

  /**
   * The rows of {@code cases}, after checking it has {@code needed} with the types of the bundled
   * dataset. {@code helper} names the analysis in the message, e.g. "ladder".
   */
  static List<CaseRecord> read(Table cases, String helper, String... needed) {
    if (cases == null) {
      throw new WorkbenchException(helper + "(null): give it a case table, e.g. " + helper + "(cases).");
    }
    for (String name : needed) {
      check(cases, helper, name);
    }
    return IntStream.range(0, cases.rowCount()).mapToObj(row -> record(cases, row)).toList();
  }

  /**
   * The data's "as of" date: the latest application date in the table, since an extract from a
   * case system holds the applications up to the day it was taken. Decisions, starts and deadlines
   * can be planned after it, so they are left out.
   */
  static LocalDate asOf(List<CaseRecord> cases) {
    return cases.stream()
        .map(CaseRecord::applied)
        .filter(Objects::nonNull)
        .max(LocalDate::compareTo)
        .orElseThrow(() -> new WorkbenchException("The case table has no application dates: nothing to count."));
  }

  /** The years from the earliest application to the as-of date, in order. */
  static List<Integer> years(List<CaseRecord> cases) {
    int first = cases.stream()
        .map(CaseRecord::applied)
        .filter(Objects::nonNull)
        .mapToInt(LocalDate::getYear)
        .min()
        .orElseThrow(() -> new WorkbenchException("The case table has no application dates: nothing to count."));
    List<Integer> years = new ArrayList<>();
    for (int y = first; y <= asOf(cases).getYear(); y++) {
      years.add(y);
    }
    return years;
  }

  private static void check(Table cases, String helper, String name) {
    if (!cases.containsColumn(name)) {
      String near = Suggestions.didYouMean(name, cases.columnNames());
      throw new WorkbenchException(
          helper + ": the table \"" + cases.name() + "\" has no column \"" + name + "\"." + near
              + " A case table needs the columns of the bundled cases dataset (about(\"cases\")).");
    }
    ColumnType actual = cases.column(name).type();
    ColumnType expected = TYPES.get(name);
    if (!actual.equals(expected)) {
      throw new WorkbenchException(
          helper + ": column \"" + name + "\" should be " + expected.name() + " but is "
              + actual.name() + ". Read dates as yyyy-MM-dd and flags as true/false.");
    }
  }

  private static CaseRecord record(Table t, int row) {
    return new CaseRecord(
        text(t, CASE_ID, row), text(t, CITIZEN_ID, row), text(t, CASEWORKER, row),
        text(t, TEAM, row), text(t, AREA, row), text(t, MEASURE_APPLIED, row),
        date(t, APPLICATION_DATE, row), date(t, DECISION_DATE, row), text(t, MEASURE_GRANTED, row),
        date(t, START_DATE, row), date(t, END_DATE, row), text(t, INFLOW_SOURCE, row),
        date(t, DEADLINE_DATE, row), flag(t, RAPID_RESPONSE, row), flag(t, JOBCENTRE_MEASURE, row));
  }

  private static String text(Table t, String name, int row) {
    if (!has(t, name, ColumnType.STRING) || t.column(name).isMissing(row)) {
      return null;
    }
    String value = t.stringColumn(name).get(row).trim();
    return value.isEmpty() ? null : value;
  }

  private static LocalDate date(Table t, String name, int row) {
    if (!has(t, name, ColumnType.LOCAL_DATE)) {
      return null;
    }
    return t.dateColumn(name).get(row);
  }

  private static boolean flag(Table t, String name, int row) {
    if (!has(t, name, ColumnType.BOOLEAN)) {
      return false;
    }
    Boolean value = t.booleanColumn(name).get(row);
    return value != null && value;
  }

  private static boolean has(Table t, String name, ColumnType type) {
    if (!t.containsColumn(name)) {
      return false;
    }
    Column<?> column = t.column(name);
    return column.type().equals(type);
  }
}
