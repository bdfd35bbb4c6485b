package dk.styrbord.plot;

import dk.styrbord.analysis.CostDrivers;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Spending;
import dk.styrbord.analysis.Trend;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.Unit;
import dk.styrbord.analysis.budget.BudgetMonths;
import dk.styrbord.analysis.casework.LadderTransitions;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * One chart of every kind from the bundled data, for review and for the rendering test: run as
 * {@code java -cp "target/styrbord.jar:target/lib/*" dk.styrbord.plot.ChartGallery target/charts}
 * to write a PNG of each (needs {@code chromium} on the PATH), replacing earlier ones.
 */
public final class ChartGallery {
  private static final int YEAR = 2024;

  private ChartGallery() {}

  /** Writes {@code <kind>.png} for every chart kind into the directory given (default target/charts). */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/charts");
    Datasets datasets = Datasets.of(Catalog.bundled());
    Map<String, Chart> charts = new LinkedHashMap<>(charts(datasets, Language.ENGLISH));
    charts.put("trend-da", charts(datasets, Language.DANISH).get("trend"));
    charts.put("budget-da", charts(datasets, Language.DANISH).get("budget"));
    for (Map.Entry<String, Chart> e : charts.entrySet()) {
      long start = System.nanoTime();
      Path png = ChartImages.png(e.getValue(), dir.resolve(e.getKey() + ".png"), true);
      System.out.printf("%-18s %s (%.1f s)%n", e.getKey(), png, (System.nanoTime() - start) / 1e9);
    }
  }

  /**
   * Every kind of chart, by name: trend, rank, driver, expected, box, waterfall, ladder, budget,
   * map. Spending is 5.38 (adults) per 18–64-year-old in {@value #YEAR}.
   */
  public static Map<String, Chart> charts(Datasets datasets, Language language) {
    Municipalities municipalities = Municipalities.of(datasets);
    Spending spending = Spending.of(datasets, municipalities);
    ResultTable level = spending.level("5.38", YEAR);
    Municipality hoersholm = municipalities.resolve("Hørsholm");
    Trend trend = spending.trend(hoersholm, "5.38", PriceBasis.fixed(YEAR));
    Municipality lolland = municipalities.resolve("Lolland");
    CostDrivers drivers = spending.costDrivers("5.38", YEAR);
    Table transitions = casework(LadderTransitions.byStep(datasets.table("cases")), "moves by step", datasets, municipalities);
    Table months = casework(BudgetMonths.of(datasets.table("budget"), "adults"), "adults", datasets, municipalities, "budget");

    Map<String, Chart> charts = new LinkedHashMap<>();
    charts.put("trend", TrendChart.of(trend, language));
    charts.put("rank", RankChart.of(level, lolland.name(), municipalities.comparisonGroup(lolland), language));
    charts.put("driver", ScatterChart.driver(drivers, "socioeconomic_index", language));
    charts.put("expected", ScatterChart.actualVsExpected(drivers, language));
    charts.put("box", BoxChart.of(level, "per_inhabitant", "dst_group", language));
    charts.put("waterfall", WaterfallChart.of(spending.priceVolume(lolland, "adults", YEAR, municipalities.comparisonGroup(lolland)), language));
    charts.put("ladder", LadderSankey.of(transitions, language));
    charts.put("budget", BudgetChart.of(months, language));
    charts.put("map", ChoroplethMap.of(level, "per_inhabitant", datasets.table("boundaries"), municipalities, language));
    return charts;
  }

  /**
   * A casework or budget table as the helpers will give it once they carry their info: the
   * owner's data, synthetic, from the catalog (the budget's year is its last).
   */
  private static ResultTable casework(Table t, String scope, Datasets datasets, Municipalities municipalities, String... dataset) {
    String name = dataset.length == 0 ? "cases" : dataset[0];
    Provenance provenance = Provenance.of(datasets.catalog(), municipalities, name);
    List<Integer> years = name.equals("budget")
        ? List.of((int) datasets.table("budget").numberColumn("year").max()) : List.of();
    Unit unit = name.equals("budget") ? Unit.dkk() : Unit.citizens();
    return ResultTable.of(t, ResultInfo.of(t.name(), scope, years, unit,
        name.equals("budget") ? PriceBasis.CURRENT : PriceBasis.NOT_MONEY, provenance));
  }
}
