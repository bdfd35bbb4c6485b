package dk.styrbord.repl;

import dk.styrbord.analysis.CostDrivers;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.budget.BudgetMonths;
import dk.styrbord.analysis.casework.LadderTransitions;
import dk.styrbord.analysis.Spending;
import dk.styrbord.analysis.Trend;
import dk.styrbord.analysis.stats.ChiSquareIndependence;
import dk.styrbord.analysis.stats.CorrelationMatrix;
import dk.styrbord.analysis.stats.TestResult;
import dk.styrbord.data.Municipality;
import dk.styrbord.notebook.Display;
import dk.styrbord.plot.BoxChart;
import dk.styrbord.plot.BudgetChart;
import dk.styrbord.plot.Chart;
import dk.styrbord.plot.ChartFiles;
import dk.styrbord.plot.ChartImages;
import dk.styrbord.plot.ChartViewer;
import dk.styrbord.plot.Charts;
import dk.styrbord.plot.ChoroplethMap;
import dk.styrbord.plot.EstimateChart;
import dk.styrbord.plot.HeatmapChart;
import dk.styrbord.plot.LadderSankey;
import dk.styrbord.plot.Language;
import dk.styrbord.plot.RankChart;
import dk.styrbord.plot.ScatterChart;
import dk.styrbord.plot.Sparkline;
import dk.styrbord.plot.TableChart;
import dk.styrbord.plot.TextBars;
import dk.styrbord.plot.TextChart;
import dk.styrbord.plot.TrendChart;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The prompt's chart helpers: one call from a result to an interactive chart that works offline
 * ({@code chart(trend("Lejre", "5.38"))}), {@code show}, {@code save} and {@code png} to look at it
 * or hand it over, and text charts for the terminal. Thin fronts over the builders in {@code plot}.
 * {@code danish(true)} switches titles, axis labels, result tables and number format to Danish for the session.
 */
public final class PlotPrompt {
  private static final String CHARTS = "Charts / Grafer";
  private static final String CHART_FOLDER = "charts";
  private static final int BAR_ROWS = 10;

  /** Whether charts are in Danish: the prompt session's one chart setting. */
  private static volatile boolean danish;

  /** The helpers of this class, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("chart", CHARTS, "chart(result)  ·  chart(Table table)",
              "An interactive chart of any helper's result, chosen by its kind: trend → lines against the group and the national level; benchmark → all municipalities ranked with the group and its level; level → the ranking; perInhabitant, recipientRates → one box per year; priceVolume → waterfall; compareRates → bars own against group; costDrivers → actual against expected; correlations → heatmap; did → own and group lines around the intervention year; welch, paired → the estimate with its interval; mannWhitney, anova → the groups' medians or means; chiSquare → the observed counts as a heatmap; forecast → budget, actual and forecasts. Any other table: lines over a year column, else bars.",
              "En interaktiv graf af ethvert resultat, valgt efter dets art: trend → linjer mod gruppen og landsniveauet; benchmark → alle kommuner rangeret med gruppen og dens niveau; level → rangeringen; perInhabitant, recipientRates → én boks pr. år; priceVolume → vandfald; compareRates → søjler eget mod gruppens; costDrivers → faktisk mod forventet; correlations → varmekort; did → egne og gruppens linjer omkring indsatsåret; welch, paired → estimatet med dets interval; mannWhitney, anova → gruppernes medianer eller gennemsnit; chiSquare → de observerede antal som varmekort; forecast → budget, forbrug og prognoser. Enhver anden tabel: linjer over en årskolonne, ellers søjler.",
              "chart(benchmark(\"Lejre\", \"5.38\", 2024))"),
          new HelpEntry("lineChart", CHARTS, "lineChart(Table table, String x, String y)  ·  lineChart(table, x, y, String group)",
              "Lines of any table, your own too: y against x, one line per value of group. Axes are labelled by the columns, or by the unit when the table is a helper's result.",
              "Linjer af enhver tabel, også din egen: y mod x, én linje pr. værdi af group. Akserne får kolonnernes navne, eller enheden når tabellen er et resultat fra en hjælpefunktion.",
              "lineChart(trend(\"Lejre\", \"5.38\").table(), \"year\", \"per_inhabitant_fixed\")"),
          new HelpEntry("barChart", CHARTS, "barChart(Table table, String x, String y)  ·  barChart(table, x, y, String group)",
              "Bars of any table: y for each x, side by side for each value of group.",
              "Søjler af enhver tabel: y for hver x, side om side for hver værdi af group.",
              "barChart(compareRates(\"Morsø\", 2019, 2021, \"§85\", \"§107\", \"§103+§104\"), \"measure\", \"change_pct\")"),
          new HelpEntry("scatterChart", CHARTS, "scatterChart(Table table, String x, String y)  ·  scatterChart(table, x, y, String group)",
              "Points of any table: y against x, coloured by the values of group; municipalities are named on hover.",
              "Punkter af enhver tabel: y mod x, farvet efter værdierne i group; kommunerne navngives, når musen holdes over.",
              "scatterChart(level(\"5.38\", 2024), \"population\", \"per_inhabitant\", \"dst_group\")"),
          new HelpEntry("trendChart", CHARTS, "trendChart(String kommune, String area)",
              "A municipality's spending per inhabitant in fixed prices, its comparison group as thin grey lines and the national level dashed.",
              "En kommunes udgift pr. indbygger i faste priser, sammenligningsgruppen som tynde grå linjer og landsniveauet stiplet.",
              "trendChart(\"Hørsholm\", \"5.38\")"),
          new HelpEntry("rankChart", CHARTS, "rankChart(Table level, String kommune)",
              "All municipalities as bars, highest first, with the municipality and its comparison group in colour and the national level.",
              "Alle kommuner som søjler, højeste først, med kommunen og dens sammenligningsgruppe i farve og landsniveauet.",
              "rankChart(level(\"5.38\", 2024), \"Lolland\")"),
          new HelpEntry("driverChart", CHARTS, "driverChart(CostDrivers drivers, String factor)",
              "Spending against one background factor with the least-squares line; the municipalities farthest from it are named.",
              "Udgift mod én baggrundsfaktor med mindste kvadraters linje; kommunerne længst fra den er navngivet.",
              "driverChart(costDrivers(\"5.38\", 2024), \"socioeconomic_index\")"),
          new HelpEntry("boxChart", CHARTS, "boxChart(Table table, String value, String group)",
              "Box plots of a value by group, every row as a point beside its box.",
              "Boksplot af en værdi efter gruppe, hver række som et punkt ved siden af sin boks.",
              "boxChart(level(\"5.38\", 2024), \"per_inhabitant\", \"dst_group\")"),
          new HelpEntry("map", CHARTS, "map(Table table, String valueColumn)",
              "A map of the 98 municipalities coloured by a value, found by the table's code or kommune_code column (what imports give), or by a municipality, kommune or name column with names as people write them (\"Høje Taastrup\", \"Aarhus\", \"Københavns Kommune\"); with a year column, the latest year. No network needed.",
              "Et kort over de 98 kommuner farvet efter en værdi, fundet via tabellens code- eller kommune_code-kolonne (som import giver), eller en municipality-, kommune- eller name-kolonne med navne som folk skriver dem (\"Høje Taastrup\", \"Aarhus\", \"Københavns Kommune\"); med en årskolonne det seneste år. Kræver intet netværk.",
              "map(level(\"5.38\", 2024), \"per_inhabitant\")"),
          new HelpEntry("ladderChart", CHARTS, "ladderChart()  ·  ladderChart(Table transitions)",
              "Moves on the intervention ladder as a Sankey diagram, from step to step; a table needs from_step, to_step and citizens (transitionsByStep() fits).",
              "Skift på indsatstrappen som Sankey-diagram, fra trin til trin; en tabel skal have from_step, to_step og citizens (transitionsByStep() passer).",
              "ladderChart()"),
          new HelpEntry("budgetChart", CHARTS, "budgetChart(String area)  ·  budgetChart(Table months)",
              "Cumulative budget against actual with the year-end forecast, and the months as bars; a table needs month, budget_dkk, actual_dkk and forecast_cumulative (budgetMonths() fits).",
              "Akkumuleret budget mod forbrug med prognosen for året, og månederne som søjler; en tabel skal have month, budget_dkk, actual_dkk og forecast_cumulative (budgetMonths() passer).",
              "budgetChart(\"adults\")"),
          new HelpEntry("show", CHARTS, "show(Chart chart)",
              "Opens the chart in the browser; without a display, writes it to charts/ (never replacing a file) and prints the path.",
              "Åbner grafen i browseren; uden skærm skrives den til charts/ (uden at erstatte en fil), og stien udskrives.",
              "show(trendChart(\"Hørsholm\", \"5.38\"))"),
          new HelpEntry("save", CHARTS, "save(Chart chart, String path)  ·  save(chart, path, boolean overwrite)",
              "Writes the chart as one self-contained HTML file that opens offline; an existing file is kept unless overwrite is true.",
              "Gemmer grafen som én selvstændig HTML-fil, der kan åbnes uden net; en eksisterende fil bevares, medmindre overwrite er true.",
              "save(rankChart(level(\"5.38\", 2024), \"Lolland\"), \"charts/lolland-rank.html\", true)"),
          new HelpEntry("png", CHARTS, "png(Chart chart, String path)  ·  png(chart, path, boolean overwrite)",
              "Writes the chart as a PNG image, drawn by headless Chromium (apt-get install chromium).",
              "Gemmer grafen som PNG-billede, tegnet af Chromium uden skærm (apt-get install chromium).",
              "png(map(level(\"5.38\", 2024), \"per_inhabitant\"), \"charts/map-5.38.png\", true)"),
          new HelpEntry("spark", CHARTS, "spark(Trend trend)",
              "A trend as a one-line sparkline (▁▂▃▄▅▆▇█) beside the national level's, for the terminal.",
              "En udvikling som en sparkline på én linje (▁▂▃▄▅▆▇█) ved siden af landsniveauets, til terminalen.",
              "spark(trend(\"Hørsholm\", \"5.38\"))"),
          new HelpEntry("bars", CHARTS, "bars(Table level, String kommune)  ·  bars(level, kommune, int n)",
              "A ranking as text bars: the top and bottom 10 (or n), the municipality marked ◀.",
              "En rangering som tekstsøjler: top og bund 10 (eller n), kommunen markeret med ◀.",
              "bars(level(\"5.38\", 2024), \"Lolland\")"),
          new HelpEntry("danish", CHARTS, "danish(boolean on)",
              "Charts and printed results in Danish from now on: titles, axis labels, column headers, the unit and source lines, and numbers written 12.345,6."
                  + " Summaries other than benchmark and trend (price × volume, cost drivers, tests, forecast) stay in English; data keep their official Danish names.",
              "Grafer og udskrevne resultater på dansk fra nu af: titler, aksetekster, kolonneoverskrifter, linjerne om enhed og kilde, og tal skrevet 12.345,6."
                  + " Andre opsummeringer end benchmark og trend (pris × mængde, omkostningsdrivere, test, prognose) forbliver på engelsk; data beholder deres officielle danske navne.",
              "danish(true)"));

  private PlotPrompt() {}

  /**
   * The chart that suits a helper's result, chosen by its kind (see {@code help("chart")}).
   * Example: {@code chart(trend("Lejre", "5.38"))}.
   */
  public static Chart chart(Result result) {
    return Charts.of(result, language());
  }

  /** The chart of a table-shaped result, e.g. a ranking. Example: {@code chart(level("5.38", 2024))}. */
  public static Chart chart(ResultTable result) {
    return Charts.of(result, language());
  }

  /** A chart of any table, by its columns: lines over a year column, else bars. Example: {@code chart(ladder())}. */
  public static Chart chart(Table table) {
    return Charts.ofTable(table, language());
  }

  /** The correlation matrix as a heatmap. Example: {@code chart(correlations("5.38", 2024))}. */
  public static Chart chart(CorrelationMatrix correlations) {
    return HeatmapChart.of(correlations, language());
  }

  /**
   * A test called on the stats classes directly, whose data are not recorded: its estimate with
   * its interval, or its groups' means or medians. The helpers' tests ({@code welch}, ...) go to
   * {@code chart(Result)}. Example: {@code chart(WelchTTest.test(a, b))}.
   */
  public static Chart chart(TestResult test) {
    return EstimateChart.of(test, language());
  }

  /**
   * The observed counts of a chi-square test called directly, as a heatmap; {@code chiSquare(...)}
   * goes to {@code chart(Result)}. Example: {@code chart(ChiSquareIndependence.test(cases, "team", "decision"))}.
   */
  public static Chart chart(ChiSquareIndependence test) {
    return HeatmapChart.of(test, language());
  }

  /** y against x as lines. Example: {@code lineChart(trend("Lejre", "5.38").table(), "year", "per_inhabitant_fixed")}. */
  public static Chart lineChart(Table table, String x, String y) {
    return TableChart.line(table, x, y, null, language());
  }

  /** y against x as lines, one per value of {@code group}. Example: {@code lineChart(recipientRates("§85"), "year", "per_1000", "municipality")}. */
  public static Chart lineChart(Table table, String x, String y, String group) {
    return TableChart.line(table, x, y, group, language());
  }

  /** y for each x as bars. Example: {@code barChart(compareRates("Morsø", 2019, 2021, "§85", "§107"), "measure", "change_pct")}. */
  public static Chart barChart(Table table, String x, String y) {
    return TableChart.bar(table, x, y, null, language());
  }

  /** y for each x as bars, side by side per value of {@code group}. Example: {@code barChart(t, "year", "cases", "team")}. */
  public static Chart barChart(Table table, String x, String y, String group) {
    return TableChart.bar(table, x, y, group, language());
  }

  /** y against x as points. Example: {@code scatterChart(level("5.38", 2024), "population", "per_inhabitant")}. */
  public static Chart scatterChart(Table table, String x, String y) {
    return TableChart.scatter(table, x, y, null, language());
  }

  /** y against x as points, coloured by {@code group}. Example: {@code scatterChart(level("5.38", 2024), "population", "per_inhabitant", "dst_group")}. */
  public static Chart scatterChart(Table table, String x, String y, String group) {
    return TableChart.scatter(table, x, y, group, language());
  }

  /** A municipality's trend chart. Example: {@code trendChart("Hørsholm", "5.38")}. */
  public static Chart trendChart(String kommune, String area) {
    Spending spending = Session.current().spending();
    return TrendChart.of(spending.trend(municipality(kommune), area, PriceBasis.fixed(spending.lastYear())), language());
  }

  /** All municipalities ranked, one marked. Example: {@code rankChart(level("5.38", 2024), "Lolland")}. */
  public static Chart rankChart(Table level, String kommune) {
    Municipality m = municipality(kommune);
    return RankChart.of(level, m.name(), Session.current().municipalities().comparisonGroup(m), language());
  }

  /** Spending against one factor. Example: {@code driverChart(costDrivers("5.38", 2024), "socioeconomic_index")}. */
  public static Chart driverChart(CostDrivers drivers, String factor) {
    return ScatterChart.driver(drivers, factor, language());
  }

  /** Box plots by group. Example: {@code boxChart(level("5.38", 2024), "per_inhabitant", "dst_group")}. */
  public static Chart boxChart(Table table, String value, String group) {
    return BoxChart.of(table, value, group, language());
  }

  /** A map of the municipalities by code, kommune_code or name. Example: {@code map(level("5.38", 2024), "per_inhabitant")}. */
  public static Chart map(Table table, String valueColumn) {
    return ChoroplethMap.of(table, valueColumn, Session.current().datasets().table("boundaries"),
        Session.current().municipalities(), language());
  }

  /** Moves on the ladder from the bundled cases. Example: {@code ladderChart()}. */
  public static Chart ladderChart() {
    Session session = Session.current();
    return ladderChart(LadderTransitions.byStep(session.datasets().table("cases"), session.provenance("cases")));
  }

  /** Moves on the ladder from a table with from_step, to_step, citizens. Example: {@code ladderChart(transitionsByStep(cases))}. */
  public static Chart ladderChart(Table transitions) {
    return LadderSankey.of(transitions, language());
  }

  /** Budget, actual and forecast from the bundled budget. Example: {@code budgetChart("adults")}. */
  public static Chart budgetChart(String area) {
    Session session = Session.current();
    return budgetChart(BudgetMonths.of(session.datasets().table("budget"), area, session.provenance("budget")));
  }

  /** Budget, actual and forecast from a table of months. Example: {@code budgetChart(budgetMonths(budget, "children"))}. */
  public static Chart budgetChart(Table months) {
    return BudgetChart.of(months, language());
  }

  /** Opens the chart, or writes it to charts/ without a display. Example: {@code show(trendChart("Lejre", "5.38"))}. */
  public static void show(Chart chart) {
    if (Display.offer(chart)) {
      return;
    }
    ChartViewer.Shown shown = ChartViewer.show(chart, inWorkFolder(CHART_FOLDER));
    System.out.println(shown.opened()
        ? "Opened " + shown.file() + " in the browser."
        : "No display here: wrote " + shown.file() + "; open it in a browser, or png(chart, \"file.png\") for an image.");
  }

  /** Writes a self-contained HTML file, never replacing one. Example: {@code save(chart, "lejre.html")}. */
  public static void save(Chart chart, String path) {
    save(chart, path, false);
  }

  /** Writes a self-contained HTML file, replacing one if {@code overwrite}. Example: {@code save(chart, "lejre.html", true)}. */
  public static void save(Chart chart, String path, boolean overwrite) {
    ChartFiles.save(chart, inWorkFolder(path), overwrite);
    System.out.println("Saved " + path + " (opens offline in any browser).");
  }

  /** Writes a PNG through headless Chromium, never replacing a file. Example: {@code png(chart, "lejre.png")}. */
  public static void png(Chart chart, String path) {
    png(chart, path, false);
  }

  /** Writes a PNG, replacing a file if {@code overwrite}. Example: {@code png(chart, "lejre.png", true)}. */
  public static void png(Chart chart, String path, boolean overwrite) {
    ChartImages.png(chart, inWorkFolder(path), overwrite);
    System.out.println("Saved " + path + ".");
  }

  /** A sparkline of a trend. Example: {@code spark(trend("Hørsholm", "5.38"))}. */
  public static TextChart spark(Trend trend) {
    return Sparkline.of(trend, language());
  }

  /** Text bars of the top and bottom 10. Example: {@code bars(level("5.38", 2024), "Lolland")}. */
  public static TextChart bars(Table level, String kommune) {
    return bars(level, kommune, BAR_ROWS);
  }

  /** Text bars of the top and bottom {@code n}; a null kommune marks none. Example: {@code bars(level("5.38", 2024), "Lolland", 5)}. */
  public static TextChart bars(Table level, String kommune, int n) {
    return TextBars.of(level, kommune == null ? null : municipality(kommune).name(), n, language());
  }

  /**
   * A relative path is taken from the folder the workbench was started in; the tests point the
   * system property {@code styrbord.workdir} elsewhere so their examples write nothing into the project.
   */
  private static Path inWorkFolder(String path) {
    return Path.of(System.getProperty("styrbord.workdir", "")).toAbsolutePath().resolve(path);
  }

  /** Charts and printed results in Danish (true) or English (false) from now on. Example: {@code danish(true)}. */
  public static void danish(boolean on) {
    danish = on;
    System.out.println(on ? "Grafer og resultater på dansk: titler, kolonner, enhed og kilde, og tal som 12.345,6."
        : "Charts and results in English: numbers as 12,345.6.");
  }

  /** The session's language for charts and printed results. */
  static Language language() {
    return Language.of(danish);
  }

  private static Municipality municipality(String kommune) {
    return Session.current().municipalities().resolve(kommune);
  }
}
