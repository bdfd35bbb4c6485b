package dk.styrbord.analysis.casework;

import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Small hand-made case tables for the tests, written as CSV rows under the bundled header. */
final class CaseRows {
  static final String HEADER =
      "case_id,citizen_id,caseworker,team,area,measure_applied,application_date,decision_date,decision,"
          + "measure_granted,start_date,end_date,inflow_source,closure_reason,deadline_date,rapid_response,"
          + "jobcentre_measure";

  private static final ColumnType S = ColumnType.STRING;
  private static final ColumnType D = ColumnType.LOCAL_DATE;
  private static final ColumnType B = ColumnType.BOOLEAN;
  private static final ColumnType[] TYPES = {S, S, S, S, S, S, D, D, S, S, D, D, S, S, D, B, B};

  private CaseRows() {}

  /** A case table from CSV rows in the bundled column order (empty field = missing). */
  static Table of(String rows) {
    CsvReadOptions options =
        CsvReadOptions.builder(new StringReader(HEADER + "\n" + rows.strip()))
            .tableName("cases")
            .columnTypes(TYPES)
            .missingValueIndicator("")
            .dateFormat(DateTimeFormatter.ISO_LOCAL_DATE)
            .build();
    return Table.read().usingOptions(options);
  }
}
