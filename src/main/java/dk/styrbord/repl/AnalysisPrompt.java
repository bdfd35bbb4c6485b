package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Area;
import dk.styrbord.analysis.Benchmark;
import dk.styrbord.analysis.CostDrivers;
import dk.styrbord.analysis.Level;
import dk.styrbord.analysis.NeedVersusPractice;
import dk.styrbord.analysis.PriceVolume;
import dk.styrbord.analysis.PriceVolumeSplit;
import dk.styrbord.analysis.RecipientRates;
import dk.styrbord.analysis.Scope;
import dk.styrbord.analysis.SpendingPerInhabitant;
import dk.styrbord.analysis.Trend;
import dk.styrbord.analysis.stats.ChiSquareIndependence;
import dk.styrbord.analysis.stats.CorrelationMatrix;
import dk.styrbord.analysis.stats.DifferenceInDifferences;
import dk.styrbord.analysis.stats.MannWhitneyTest;
import dk.styrbord.analysis.stats.OneWayAnovaTest;
import dk.styrbord.analysis.stats.PairedTTest;
import dk.styrbord.analysis.stats.TestResult;
import dk.styrbord.analysis.stats.WelchTTest;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The prompt's analysis helpers for spending: level, trend, benchmark, volume and price, cost
 * drivers and hypothesis tests. Each is a thin front over a tested class in {@code analysis}.
 * Results computed from the bundled data say "[includes synthetic data]" in their title.
 */
public final class AnalysisPrompt {
  private static final String SYNTHETIC = " [includes synthetic data]";
  private static final String LEVEL = "Level and trend / Niveau og udvikling";
  private static final String BENCH = "Benchmark / Sammenligning";
  private static final String VOLUME = "Volume or price / Mængde eller pris";
  private static final String DRIVERS = "Cost drivers / Udgiftsdrivere";
  private static final String TESTS = "Hypothesis tests / Hypotesetest";

  /** The helpers of this class, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("level", LEVEL, "level(String area, int year)",
              "All 98 municipalities ranked by spending per inhabitant of the age group (18-64 for 5.38, 0-17 for 5.28), with an index against the national level.",
              "Alle 98 kommuner rangeret efter udgift pr. indbygger i aldersgruppen (18-64 for 5.38, 0-17 for 5.28) med indeks i forhold til landsniveauet.",
              "level(\"5.38\", 2024)"),
          new HelpEntry("trend", LEVEL, "trend(String kommune, String area)",
              "A municipality's spending per inhabitant by year: current and fixed prices, index of the first year, change from the year before, index against the national level, and annual growth.",
              "En kommunes udgift pr. indbygger år for år: løbende og faste priser, indeks for første år, ændring fra året før, indeks i forhold til landsniveauet og årlig vækst.",
              "trend(\"Lejre\", \"5.38\")"),
          new HelpEntry("perInhabitant", LEVEL, "perInhabitant(String area)",
              "Spending per inhabitant of the age group for every municipality and year: the table the other helpers start from.",
              "Udgift pr. indbygger i aldersgruppen for alle kommuner og år: tabellen de andre hjælpefunktioner bygger på.",
              "perInhabitant(\"5.38.50\")"),
          new HelpEntry("benchmark", BENCH, "benchmark(String kommune, String area, int year)  ·  benchmark(kommune, area, year, String... group)",
              "Rank, percentile and z-score among the 98, the comparison group's level, mean and median, and the gap in DKK per inhabitant and DKK million in total.",
              "Placering, percentil og z-score blandt de 98, sammenligningsgruppens niveau, gennemsnit og median, og forskellen i kr. pr. indbygger og mio. kr. i alt.",
              "benchmark(\"Lejre\", \"5.38\", 2024)"),
          new HelpEntry("comparisonGroup", BENCH, "comparisonGroup(String kommune)",
              "The municipalities a municipality is compared with by default (its DST municipality group).",
              "De kommuner en kommune som standard sammenlignes med (dens DST-kommunegruppe).",
              "comparisonGroup(\"Morsø\")"),
          new HelpEntry("priceVolume", VOLUME, "priceVolume(String kommune, String area, int year)  ·  priceVolume(kommune, area, fromYear, toYear)",
              "Splits the gap to the comparison group (or between two years) exactly into volume (citizens per 1,000) and price (spending per citizen), measure by measure.",
              "Deler forskellen til sammenligningsgruppen (eller mellem to år) præcist i mængde (borgere pr. 1.000) og pris (udgift pr. borger), indsats for indsats.",
              "priceVolume(\"Lolland\", \"adults\", 2024)"),
          new HelpEntry("recipientRates", VOLUME, "recipientRates(String measure)",
              "Recipients of a measure per 1,000 inhabitants of the age group, every municipality and year; join measures with + (\"§103+§104\").",
              "Modtagere af en indsats pr. 1.000 indbyggere i aldersgruppen for alle kommuner og år; læg indsatser sammen med + (\"§103+§104\").",
              "recipientRates(\"§85\")"),
          new HelpEntry("compareRates", VOLUME, "compareRates(String kommune, String measure, int year)",
              "A municipality's recipients per 1,000 of the age group next to its comparison group's (all its recipients ÷ all its inhabitants).",
              "En kommunes modtagere pr. 1.000 i aldersgruppen ved siden af sammenligningsgruppens (alle dens modtagere ÷ alle dens indbyggere).",
              "compareRates(\"Morsø\", \"§85\", 2021)"),
          new HelpEntry("costDrivers", DRIVERS, "costDrivers(String area, int year, String... factors)",
              "Regression of spending per inhabitant on socio-economic factors (summary like R's summary(lm)) and actual vs expected spending per municipality.",
              "Regression af udgift pr. indbygger på socioøkonomiske faktorer (som R's summary(lm)) og faktisk mod forventet udgift pr. kommune.",
              "costDrivers(\"5.38\", 2024, \"socioeconomic_index\")"),
          new HelpEntry("correlations", DRIVERS, "correlations(String area, int year)",
              "Pearson correlations with p-values between spending per inhabitant and the background factors.",
              "Pearson-korrelationer med p-værdier mellem udgift pr. indbygger og baggrundsfaktorerne.",
              "correlations(\"5.28\", 2024)"),
          new HelpEntry("did", TESTS, "did(String kommune, String measure, int interventionYear)",
              "Difference-in-differences of recipients per 1,000 against the comparison group: years after the intervention year against the years up to it.",
              "Forskel-i-forskelle for modtagere pr. 1.000 mod sammenligningsgruppen: årene efter indsatsåret mod årene til og med det.",
              "did(\"Morsø\", \"§85\", 2019)"),
          new HelpEntry("welch", TESTS, "welch(double[] a, double[] b)",
              "Welch's two-sample t-test with Cohen's d and a one-line conclusion.",
              "Welchs t-test for to grupper med Cohens d og en konklusion på én linje.",
              "welch(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6, 7})"),
          new HelpEntry("mannWhitney", TESTS, "mannWhitney(double[] a, double[] b)",
              "Mann-Whitney U (Wilcoxon rank-sum) test with the rank-biserial effect size.",
              "Mann-Whitney U-test (Wilcoxon rangsum) med rank-biserial effektstørrelse.",
              "mannWhitney(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6, 7})"),
          new HelpEntry("paired", TESTS, "paired(double[] before, double[] after)",
              "Paired t-test of after minus before, with d_z.",
              "Parret t-test af efter minus før, med d_z.",
              "paired(new double[] {10, 12, 9, 14}, new double[] {8, 11, 9, 10})"),
          new HelpEntry("anova", TESTS, "anova(Table table, String value, String group)",
              "One-way ANOVA of a value across groups, with eta squared.",
              "Envejs-variansanalyse af en værdi på tværs af grupper, med eta i anden.",
              "anova(level(\"5.38\", 2024), \"per_inhabitant\", \"dst_group\")"),
          new HelpEntry("chiSquare", TESTS, "chiSquare(Table table, String rows, String columns)",
              "Chi-square test of independence of two categorical columns, with Cramér's V.",
              "Chi-i-anden-test for uafhængighed mellem to kategoriske kolonner, med Cramérs V.",
              "chiSquare(cases, \"team\", \"decision\")"),
          new HelpEntry("needVsPractice", DRIVERS, "needVsPractice(String kommune, String area, int fromYear, int toYear, String... factors)",
              "Splits a municipality's change in spending per inhabitant between two years, in fixed prices of the later year, into what its change in need (the socio-economic factors) predicts, the national development, and the rest not explained by need (practice, service level): one regression across all municipalities and both years.",
              "Deler en kommunes ændring i udgift pr. indbygger mellem to år, i faste priser for det sidste år, i det dens ændrede udgiftsbehov (de socioøkonomiske faktorer) forudsiger, landsudviklingen og resten, som behovet ikke forklarer (praksis, serviceniveau): én regression på tværs af alle kommuner og begge år.",
              "needVsPractice(\"Hørsholm\", \"5.38\", 2016, 2024)"));

  private AnalysisPrompt() {}

  /** Spending per inhabitant of the age group, every municipality and year. Example: {@code perInhabitant("5.38")}. */
  public static Table perInhabitant(String area) {
    Scope scope = scope(area);
    Table t = SpendingPerInhabitant.of(table("spending"), table("population"), scope);
    t.setName(t.name() + " " + scope.area().perWhom() + SYNTHETIC);
    return t;
  }

  /** All municipalities ranked in one year. Example: {@code level("5.38", 2024)}. */
  public static Table level(String area, int year) {
    Table perInhabitant = perInhabitant(area);
    Table level = Level.of(perInhabitant, SpendingPerInhabitant.national(perInhabitant), table("municipalities"), year);
    System.out.println(PlotPrompt.bars(level, null, 5));
    return level;
  }

  /** A municipality's trend, fixed prices in the last year's prices. Example: {@code trend("Lejre", "5.38")}. */
  public static Trend trend(String kommune, String area) {
    Table perInhabitant = perInhabitant(area);
    int lastYear = (int) perInhabitant.intColumn("year").max();
    Trend trend = Trend.of(perInhabitant, SpendingPerInhabitant.national(perInhabitant), table("price_index"),
        municipality(kommune).code(), lastYear);
    System.out.println(PlotPrompt.spark(trend));
    return trend;
  }

  /** Benchmark against the default comparison group. Example: {@code benchmark("Lejre", "5.38", 2024)}. */
  public static Benchmark benchmark(String kommune, String area, int year) {
    Municipality m = municipality(kommune);
    return Benchmark.of(perInhabitant(area), m.code(), year, m.comparisonGroup(), groupCodes(m));
  }

  /** Benchmark against a group you name. Example: {@code benchmark("Lejre", "5.38", 2024, "Roskilde", "Køge", "Holbæk")}. */
  public static Benchmark benchmark(String kommune, String area, int year, String... group) {
    List<Integer> codes = new ArrayList<>();
    for (String member : group) {
      codes.add(municipality(member).code());
    }
    String name = "your group of " + codes.size();
    return Benchmark.of(perInhabitant(area), municipality(kommune).code(), year, name, codes);
  }

  /** The default comparison group's members. Example: {@code comparisonGroup("Morsø")}. */
  public static Table comparisonGroup(String kommune) {
    Municipality m = municipality(kommune);
    Table all = table("municipalities");
    Table members = all.where(all.stringColumn("comparison_group").isEqualTo(m.comparisonGroup()));
    members.setName("comparison group of " + m.name() + ": " + m.comparisonGroup() + " (" + members.rowCount() + ")");
    return members;
  }

  /** Volume and price against the comparison group. Example: {@code priceVolume("Lolland", "adults", 2024)}. */
  public static PriceVolumeSplit priceVolume(String kommune, String area, int year) {
    Municipality m = municipality(kommune);
    List<Integer> others = groupCodes(m).stream().filter(c -> c != m.code()).toList();
    return labelled(PriceVolume.split(table("spending"), table("population"), table("recipients"), Area.of(area),
        PriceVolume.Side.of(m.name(), m.code(), year), PriceVolume.Side.of(m.comparisonGroup(), others, year)));
  }

  /** Volume and price between two years. Example: {@code priceVolume("Morsø", "adults", 2019, 2021)}. */
  public static PriceVolumeSplit priceVolume(String kommune, String area, int fromYear, int toYear) {
    Municipality m = municipality(kommune);
    return labelled(PriceVolume.split(table("spending"), table("population"), table("recipients"), Area.of(area),
        PriceVolume.Side.of(m.name(), m.code(), toYear), PriceVolume.Side.of(m.name(), m.code(), fromYear)));
  }

  /** Recipients per 1,000 of the age group. Example: {@code recipientRates("§85")}. */
  public static Table recipientRates(String measure) {
    Table t = RecipientRates.of(table("recipients"), table("population"), measure);
    t.setName(t.name() + SYNTHETIC);
    return t;
  }

  /** Own and comparison-group rate per 1,000 in a year. Example: {@code compareRates("Morsø", "§85", 2021)}. */
  public static RecipientRates.Comparison compareRates(String kommune, String measure, int year) {
    Municipality m = municipality(kommune);
    Table rates = RecipientRates.of(table("recipients"), table("population"), measure);
    return RecipientRates.compare(rates, m.code(), groupCodes(m), year);
  }

  /** Cost-driver regression. Example: {@code costDrivers("5.38", 2024)}. */
  public static CostDrivers costDrivers(String area, int year, String... factors) {
    return CostDrivers.fit(perInhabitant(area), table("socioeconomic"), year, factors);
  }

  /** Correlations of spending with the factors. Example: {@code correlations("5.28", 2024)}. */
  public static CorrelationMatrix correlations(String area, int year) {
    Table data = CostDrivers.crossSection(perInhabitant(area), table("socioeconomic"), year);
    List<String> columns = new ArrayList<>(List.of("per_inhabitant"));
    columns.addAll(CostDrivers.FACTORS);
    return CorrelationMatrix.pearson(data, columns.toArray(String[]::new));
  }

  /** Difference-in-differences against the comparison group. Example: {@code did("Morsø", "§85", 2019)}. */
  public static DifferenceInDifferences did(String kommune, String measure, int interventionYear) {
    Municipality m = municipality(kommune);
    Table rates = RecipientRates.of(table("recipients"), table("population"), measure);
    List<Integer> years = rates.intColumn("year").unique().sorted(Integer::compare).asList();
    if (interventionYear < years.get(0) || interventionYear >= years.get(years.size() - 1)) {
      throw new WorkbenchException("Intervention year " + interventionYear + " needs years before and after it. Years: " + years + ".");
    }
    List<String> controls = comparisonGroup(kommune).stringColumn("name").asList().stream()
        .filter(n -> !n.equals(m.name())).toList();
    rates.setName(rates.name() + SYNTHETIC);
    return DifferenceInDifferences.of(rates, "municipality", "year", "per_1000", m.name(), controls, interventionYear + 1);
  }

  /** Welch's t-test. Example: {@code welch(new double[] {1, 2, 3}, new double[] {4, 5, 6})}. */
  public static TestResult welch(double[] a, double[] b) {
    return WelchTTest.test(a, b);
  }

  /** Mann-Whitney U test. Example: {@code mannWhitney(new double[] {1, 2, 3}, new double[] {4, 5, 6})}. */
  public static TestResult mannWhitney(double[] a, double[] b) {
    return MannWhitneyTest.test(a, b);
  }

  /** Paired t-test. Example: {@code paired(new double[] {10, 12}, new double[] {8, 11})}. */
  public static TestResult paired(double[] before, double[] after) {
    return PairedTTest.test(before, after);
  }

  /** One-way ANOVA. Example: {@code anova(level("5.38", 2024), "per_inhabitant", "dst_group")}. */
  public static TestResult anova(Table table, String value, String group) {
    return OneWayAnovaTest.test(table, value, group);
  }

  /** Chi-square test of independence. Example: {@code chiSquare(cases, "team", "decision")}. */
  public static ChiSquareIndependence chiSquare(Table table, String rows, String columns) {
    return ChiSquareIndependence.test(table, rows, columns);
  }

  private static PriceVolumeSplit labelled(PriceVolumeSplit split) {
    split.table().setName(split.table().name() + SYNTHETIC);
    return split;
  }

  private static Scope scope(String area) {
    return Scope.parse(area, table("spending").stringColumn("function").unique().asList());
  }

  private static List<Integer> groupCodes(Municipality m) {
    Table all = table("municipalities");
    return all.where(all.stringColumn("comparison_group").isEqualTo(m.comparisonGroup())).intColumn("code").asList();
  }

  private static Municipality municipality(String kommune) {
    return Session.current().municipalities().resolve(kommune);
  }

  private static Table table(String name) {
    return Session.current().datasets().table(name);
  }

  /**
   * Need versus practice between two years, on the chosen factors (default: all four).
   * Example: {@code needVsPractice("Hørsholm", "5.38", 2016, 2024)}.
   */
  public static NeedVersusPractice needVsPractice(String kommune, String area, int fromYear, int toYear, String... factors) {
    Scope scope = scope(area);
    Provenance provenance = Provenance.of(Session.current().datasets().catalog(), "spending", "population", "socioeconomic",
        "price_index");
    return NeedVersusPractice.of(SpendingPerInhabitant.of(table("spending"), table("population"), scope),
        table("socioeconomic"), table("price_index"), municipality(kommune), scope, fromYear, toYear, provenance, factors);
  }
}
