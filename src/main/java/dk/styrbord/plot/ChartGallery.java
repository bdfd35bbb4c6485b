package dk.styrbord.plot;

import dk.styrbord.analysis.CostDrivers;
import dk.styrbord.analysis.HypothesisTest;
import dk.styrbord.analysis.IndependenceTest;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Spending;
import dk.styrbord.analysis.Unit;
import dk.styrbord.analysis.budget.BudgetForecast;
import dk.styrbord.analysis.budget.BudgetMonths;
import dk.styrbord.analysis.casework.InterventionLadder;
import dk.styrbord.analysis.casework.LadderTransitions;
import dk.styrbord.analysis.stats.ChiSquareIndependence;
import dk.styrbord.analysis.stats.OneWayAnovaTest;
import dk.styrbord.analysis.stats.WelchTTest;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
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
    Map<String, Chart> danish = charts(datasets, Language.DANISH);
    for (String kind : List.of("trend", "budget", "benchmark", "turnaround")) {
      charts.put(kind + "-da", danish.get(kind));
    }
    for (Map.Entry<String, Chart> e : charts.entrySet()) {
      long start = System.nanoTime();
      Path png = ChartImages.png(e.getValue(), dir.resolve(e.getKey() + ".png"), true);
      System.out.printf("%-18s %s (%.1f s)%n", e.getKey(), png, (System.nanoTime() - start) / 1e9);
    }
  }

  /**
   * Every kind of chart, by name: the results' charts (trend, rank, level, benchmark, spread,
   * driver, expected, box, waterfall, rate, rates, turnaround, correlations, chisquare, welch,
   * anova, forecast, ladder, budget, casework, map, map-names) and the plain ones (line, bar,
   * scatter). Spending is 5.38 (adults) per 18–64-year-old in {@value #YEAR}.
   */
  public static Map<String, Chart> charts(Datasets datasets, Language language) {
    Municipalities municipalities = Municipalities.of(datasets);
    Spending spending = Spending.of(datasets, municipalities);
    ResultTable level = spending.level("5.38", YEAR);
    Municipality hoersholm = municipalities.resolve("Hørsholm");
    Municipality lolland = municipalities.resolve("Lolland");
    Municipality morsoe = municipalities.resolve("Morsø");
    CostDrivers drivers = spending.costDrivers("5.38", YEAR);

    Map<String, Chart> charts = new LinkedHashMap<>();
    charts.put("trend", Charts.of(spending.trend(hoersholm, "5.38", PriceBasis.fixed(YEAR)), language));
    charts.put("rank", RankChart.of(level, lolland.name(), municipalities.comparisonGroup(lolland), language));
    charts.put("level", Charts.of(level, language));
    charts.put("benchmark", Charts.of(spending.benchmark(municipalities.resolve("Lejre"), "5.38", YEAR,
        municipalities.comparisonGroup(municipalities.resolve("Lejre"))), language));
    charts.put("spread", Charts.of(spending.recipientRates("§85"), language));
    charts.put("driver", ScatterChart.driver(drivers, "socioeconomic_index", language));
    charts.put("expected", Charts.of(drivers, language));
    charts.put("box", BoxChart.of(level, "per_inhabitant", "dst_group", language));
    charts.put("waterfall", Charts.of(spending.priceVolume(lolland, "adults", YEAR, municipalities.comparisonGroup(lolland)), language));
    charts.put("rate", Charts.of(spending.compareRates(morsoe, "§85", 2021, municipalities.comparisonGroup(morsoe)), language));
    charts.put("rates", Charts.of(spending.compareRates(morsoe, 2019, 2021, municipalities.comparisonGroup(morsoe),
        "§85", "§107", "§103+§104"), language));
    charts.put("turnaround", Charts.of(spending.did(morsoe, "§85", 2019, municipalities.comparisonGroup(morsoe)), language));
    charts.put("correlations", HeatmapChart.of(spending.correlations("5.38", YEAR), language));
    Provenance cases = Provenance.of(datasets.catalog(), municipalities, "cases");
    Table caseRows = ResultTable.of(datasets.table("cases"),
        ResultInfo.of("Cases", "cases", List.of(), Unit.cases(), PriceBasis.NOT_MONEY, cases));
    charts.put("chisquare", Charts.of(IndependenceTest.of(ChiSquareIndependence.test(caseRows, "team", "decision"),
        caseRows, "team", "decision"), language));
    charts.put("welch", Charts.of(HypothesisTest.ofNumbers(
        WelchTTest.test(new double[] {12, 15, 11, 14, 13}, new double[] {16, 18, 15, 19, 17, 20})), language));
    charts.put("need", Charts.of(spending.needVsPractice(hoersholm, "5.38", 2016, YEAR), language));
    charts.put("anova", Charts.of(HypothesisTest.of(OneWayAnovaTest.test(level, "per_inhabitant", "dst_group"),
        level, "per_inhabitant", "dst_group"), language));
    Provenance budget = Provenance.of(datasets.catalog(), municipalities, "budget");
    charts.put("forecast", ForecastChart.of(BudgetForecast.yearEnd(datasets.table("budget"), "adults", 2.0, budget), language));
    charts.put("ladder", Charts.of(LadderTransitions.byStep(datasets.table("cases"), cases), language));
    charts.put("budget", Charts.of(BudgetMonths.of(datasets.table("budget"), "adults", budget), language));
    charts.put("casework", Charts.of(InterventionLadder.citizensByYear(datasets.table("cases"), cases), language));
    charts.put("map", ChoroplethMap.of(level, "per_inhabitant", datasets.table("boundaries"), municipalities, language));
    charts.put("map-names", ChoroplethMap.of(yourTableByName(), "waiting_weeks", datasets.table("boundaries"), municipalities, language));
    Table yours = yourTable();
    charts.put("line", TableChart.line(yours, "year", "cases", "team", language));
    charts.put("bar", TableChart.bar(yours, "year", "cases", "team", language));
    charts.put("scatter", TableChart.scatter(level, "population", "per_inhabitant", "dst_group", language));
    return charts;
  }

  /** A small table of the user's own: cases by team and year. */
  private static Table yourTable() {
    return Table.create("my caseload", IntColumn.create("year", new int[] {2022, 2022, 2023, 2023, 2024, 2024}),
        StringColumn.create("team", new String[] {"adults", "children", "adults", "children", "adults", "children"}),
        DoubleColumn.create("cases", new double[] {412, 280, 436, 301, 451, 296}));
  }

  /** A table of the user's own that names municipalities as people write them. */
  private static Table yourTableByName() {
    return Table.create("waiting times survey", StringColumn.create("kommune", new String[] {"Høje Taastrup", "Aarhus",
        "Københavns Kommune", "Lejre", "Hele landet", "Region Sjælland"}),
        DoubleColumn.create("waiting_weeks", new double[] {9, 12, 14, 7, 11, 8}));
  }
}
