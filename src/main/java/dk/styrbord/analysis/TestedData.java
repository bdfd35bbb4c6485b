package dk.styrbord.analysis;

import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Provenance;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * What a hypothesis test was run on, as a {@link ResultInfo}: a helper's result passes on its own
 * info (municipality, group, scope, years, unit, price basis, source); any other table is the
 * user's, named by the table; arrays are "your numbers".
 *
 * <p>Example: {@code TestedData.of(level("5.38", 2024), "One-way ANOVA of per_inhabitant by dst_group", unit)}.
 */
final class TestedData {
  private static final String NUMBERS = "your numbers";

  private TestedData() {}

  /**
   * The info of a test called {@code testTitle} on {@code table}: the result's own, titled
   * "testTitle: the result's title", or for a plain table the user's, in {@code plainUnit}.
   */
  static ResultInfo of(Table table, String testTitle, Unit plainUnit) {
    if (table instanceof Result r) {
      return r.info().titled(testTitle + ": " + r.info().title());
    }
    String name = table.name() == null || table.name().isBlank() ? "your table" : table.name();
    return ResultInfo.of(testTitle + ": " + name, name, List.of(), plainUnit, PriceBasis.NOT_MONEY, Provenance.yours(name));
  }

  /** The info of a test on arrays the user passed. */
  static ResultInfo numbers(String title) {
    return ResultInfo.of(title, NUMBERS, List.of(), Unit.of(NUMBERS, "dine tal"), PriceBasis.NOT_MONEY,
        new Provenance(List.of(NUMBERS), DataStatus.YOURS, List.of("the numbers passed to the test"), null));
  }
}
