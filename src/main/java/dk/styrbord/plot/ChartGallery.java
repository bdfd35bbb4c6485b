package dk.styrbord.plot;

import dk.styrbord.analysis.Area;
import dk.styrbord.analysis.CostDrivers;
import dk.styrbord.analysis.Level;
import dk.styrbord.analysis.PriceVolume;
import dk.styrbord.analysis.PriceVolumeSplit;
import dk.styrbord.analysis.Scope;
import dk.styrbord.analysis.SpendingPerInhabitant;
import dk.styrbord.analysis.Trend;
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
  private static final String SYNTHETIC = " [includes synthetic data]";
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
    Table spending = datasets.table("spending");
    Table perInhabitant = SpendingPerInhabitant.of(spending, datasets.table("population"),
        Scope.parse("5.38", spending.stringColumn("function").unique().asList()));
    perInhabitant.setName(perInhabitant.name() + " " + Area.ADULTS.perWhom() + SYNTHETIC);
    Table national = SpendingPerInhabitant.national(perInhabitant);
    Table level = Level.of(perInhabitant, national, datasets.table("municipalities"), YEAR);

    Municipality hoersholm = municipalities.resolve("Hørsholm");
    Trend trend = Trend.of(perInhabitant, national, datasets.table("price_index"), hoersholm.code(), YEAR);
    Municipality lolland = municipalities.resolve("Lolland");
    CostDrivers drivers = CostDrivers.fit(perInhabitant, datasets.table("socioeconomic"), YEAR);
    Table transitions = LadderTransitions.byStep(datasets.table("cases"),
        Provenance.of(datasets.catalog(), municipalities, "cases"));
    Table months = BudgetMonths.of(datasets.table("budget"), "adults",
        Provenance.of(datasets.catalog(), municipalities, "budget"));

    Map<String, Chart> charts = new LinkedHashMap<>();
    charts.put("trend", TrendChart.of(trend, perInhabitant, hoersholm.comparisonGroup(), group(datasets, hoersholm), language));
    charts.put("rank", RankChart.of(level, lolland.name(), lolland.comparisonGroup(), group(datasets, lolland), language));
    charts.put("driver", ScatterChart.driver(drivers, "socioeconomic_index", language));
    charts.put("expected", ScatterChart.actualVsExpected(drivers, language));
    charts.put("box", BoxChart.of(level, "per_inhabitant", "dst_group", language));
    charts.put("waterfall", WaterfallChart.of(split(datasets, lolland), language));
    charts.put("ladder", LadderSankey.of(transitions, language));
    charts.put("budget", BudgetChart.of(months, language));
    charts.put("map", ChoroplethMap.of(level, "per_inhabitant", datasets.table("boundaries"), language));
    return charts;
  }

  private static PriceVolumeSplit split(Datasets datasets, Municipality m) {
    List<Integer> others = group(datasets, m).stream().filter(c -> c != m.code()).toList();
    PriceVolumeSplit split = PriceVolume.split(datasets.table("spending"), datasets.table("population"),
        datasets.table("recipients"), Area.ADULTS, PriceVolume.Side.of(m.name(), m.code(), YEAR),
        PriceVolume.Side.of(m.comparisonGroup(), others, YEAR));
    split.table().setName(split.table().name() + SYNTHETIC);
    return split;
  }

  private static List<Integer> group(Datasets datasets, Municipality m) {
    Table all = datasets.table("municipalities");
    return all.where(all.stringColumn("comparison_group").isEqualTo(m.comparisonGroup())).intColumn("code").asList();
  }
}
