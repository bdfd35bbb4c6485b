package dk.styrbord.export;

import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.ComparisonGroup;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Results built by hand for the export tests, so that what a file must state is known without the helpers. */
final class Results {
  static final Municipality LEJRE = new Municipality(350, "Lejre", 85, "Region Sjælland", "Oplandskommuner", "Oplandskommuner");
  static final Municipality ROSKILDE = new Municipality(265, "Roskilde", 85, "Region Sjælland", "Bykommuner", "Bykommuner");

  private Results() {}

  /** Spending in fixed 2024 prices from official and synthetic data, about Lejre against a group of two. */
  static ResultInfo fixedPrices() {
    Provenance provenance = new Provenance(List.of("spending", "population"), DataStatus.MIXED,
        List.of("Statistics Denmark, REGK31; 2024 synthetic", "Statistics Denmark, FOLK1A"), null);
    return ResultInfo.of("Lejre 2020–2024: spending on 5.38 (adults)", "5.38 (adults)", List.of(2020, 2021, 2022, 2023, 2024),
            Unit.of("DKK per 18–64-year-old", "kr. pr. 18–64-årig"), PriceBasis.fixed(2024), provenance)
        .about(LEJRE)
        .against(new ComparisonGroup("Oplandskommuner", List.of(LEJRE, ROSKILDE)))
        .withNote("2024 is a budget year, not accounts");
  }

  /** Official figures in current prices, owned by Lejre, with no comparison group. */
  static ResultInfo currentPrices() {
    Provenance provenance = new Provenance(List.of("budget"), DataStatus.OFFICIAL, List.of("Lejre Kommune, budget 2024"), LEJRE);
    return ResultInfo.of("Lejre budget 2024", "budget", List.of(2024), Unit.dkk(), PriceBasis.CURRENT, provenance);
  }

  static Table figures() {
    return Table.create("spending per 18-64-year-old",
        StringColumn.create("kommune", "Lejre", "Roskilde", "Sag #12"),
        IntColumn.create("year", 2024, 2024, 2024),
        DoubleColumn.create("per_inhabitant", 5302.5, -12.25, 0));
  }

  static ResultTable result(ResultInfo info) {
    return ResultTable.of(figures(), info);
  }
}
