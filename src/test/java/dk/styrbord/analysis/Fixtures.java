package dk.styrbord.analysis;

import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Small hand-made tables in the bundled datasets' shapes, for hand-worked tests. */
final class Fixtures {
  private Fixtures() {}

  static Table csv(String name, String text) {
    return Table.read().usingOptions(CsvReadOptions.builderFromString(text).tableName(name));
  }

  /** An info for hand-made results: adults, the given price basis, a provenance naming the test. */
  static ResultInfo info(PriceBasis basis) {
    return ResultInfo.of("test", "5.38 (adults)", java.util.List.of(2024), Unit.dkkPer(Area.ADULTS), basis,
        new dk.styrbord.data.Provenance(java.util.List.of("test"), dk.styrbord.data.DataStatus.SYNTHETIC,
            java.util.List.of("hand-made"), null));
  }

  static Table population(String rows) {
    return csv("population", "code,municipality,year,age_0_17,age_18_64,age_65_plus,total,total_source\n" + rows);
  }

  static Table spending(String rows) {
    return csv("spending", "code,municipality,year,function,function_name,area,net_dkk,per_inhabitant,source\n" + rows);
  }

  static Table recipients(String rows) {
    return csv("recipients", "code,municipality,year,measure,measure_name,area,function,recipients\n" + rows);
  }
}
