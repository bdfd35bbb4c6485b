package dk.styrbord.repl;

import dk.styrbord.analysis.Benchmark;
import dk.styrbord.analysis.Correlations;
import dk.styrbord.analysis.CostDrivers;
import dk.styrbord.analysis.HypothesisTest;
import dk.styrbord.analysis.IndependenceTest;
import dk.styrbord.analysis.NeedVersusPractice;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.PriceVolumeSplit;
import dk.styrbord.analysis.RecipientRates;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Spending;
import dk.styrbord.analysis.Trend;
import dk.styrbord.analysis.Turnaround;
import dk.styrbord.analysis.stats.ChiSquareIndependence;
import dk.styrbord.analysis.stats.ContinuityCorrection;
import dk.styrbord.analysis.stats.MannWhitneyTest;
import dk.styrbord.analysis.stats.OneWayAnovaTest;
import dk.styrbord.analysis.stats.PairedTTest;
import dk.styrbord.analysis.stats.WelchTTest;
import dk.styrbord.data.ComparisonGroup;
import dk.styrbord.data.Municipality;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The prompt's analysis helpers for spending: level, trend, benchmark, volume and price, cost
 * drivers and hypothesis tests. Each is a thin front over a tested class in {@code analysis}.
 * Every result carries what its numbers are ({@code info()}): unit, price basis, group and source.
 */
public final class AnalysisPrompt {
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
          new HelpEntry("trend", LEVEL, "trend(String kommune, String area)  ·  trend(kommune, area, String prices)",
              "A municipality's spending per inhabitant by year in current and fixed prices of the last year; the index of the first year, the change from the year before and the national level are in fixed prices unless you ask for \"current\". Also the index against the national level and annual growth.",
              "En kommunes udgift pr. indbygger år for år i løbende og faste priser (sidste års priser); indeks for første år, ændring fra året før og landsniveauet er i faste priser, medmindre du beder om \"løbende\". Desuden indeks i forhold til landsniveauet og årlig vækst.",
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
          new HelpEntry("priceVolume", VOLUME, "priceVolume(String kommune, String area, int year)  ·  priceVolume(kommune, area, fromYear, toYear)  ·  priceVolume(kommune, area, fromYear, toYear, String prices)",
              "Splits the gap to the comparison group (the same gap benchmark reports) or the change between two years (in fixed prices of the later year unless you ask for \"current\") exactly into volume (citizens per 1,000) and price (spending per citizen), measure by measure; spending on functions without counted recipients is its own row, not split. measures() gives the measure rows alone.",
              "Deler forskellen til sammenligningsgruppen (den samme forskel som benchmark viser) eller ændringen mellem to år (i faste priser for det seneste år, medmindre du beder om \"løbende\") præcist i mængde (borgere pr. 1.000) og pris (udgift pr. borger), indsats for indsats; udgift på funktioner uden optalte modtagere står i sin egen række og deles ikke. measures() giver indsatsrækkerne alene.",
              "priceVolume(\"Lolland\", \"adults\", 2024)"),
          new HelpEntry("recipientRates", VOLUME, "recipientRates(String measure)",
              "Recipients of a measure per 1,000 inhabitants of the age group, every municipality and year; join measures with + (\"§103+§104\").",
              "Modtagere af en indsats pr. 1.000 indbyggere i aldersgruppen for alle kommuner og år; læg indsatser sammen med + (\"§103+§104\").",
              "recipientRates(\"§85\")"),
          new HelpEntry("compareRates", VOLUME, "compareRates(String kommune, String measure, int year)  ·  compareRates(kommune, fromYear, toYear, String... measures)",
              "A municipality's recipients per 1,000 of the age group next to its comparison group's (all its recipients ÷ all its inhabitants), in one year, or for several measures in two years with the change in percent.",
              "En kommunes modtagere pr. 1.000 i aldersgruppen ved siden af sammenligningsgruppens (alle dens modtagere ÷ alle dens indbyggere) i ét år, eller for flere indsatser i to år med ændringen i procent.",
              "compareRates(\"Morsø\", 2019, 2021, \"§85\", \"§107\", \"§103+§104\")"),
          new HelpEntry("costDrivers", DRIVERS, "costDrivers(String area, int year, String... factors)",
              "Regression of spending per inhabitant on socio-economic factors (summary like R's summary(lm)) and actual vs expected spending per municipality.",
              "Regression af udgift pr. indbygger på socioøkonomiske faktorer (som R's summary(lm)) og faktisk mod forventet udgift pr. kommune.",
              "costDrivers(\"5.38\", 2024, \"socioeconomic_index\")"),
          new HelpEntry("correlations", DRIVERS, "correlations(String area, int year)",
              "Pearson correlations with p-values between spending per inhabitant and the background factors.",
              "Pearson-korrelationer med p-værdier mellem udgift pr. indbygger og baggrundsfaktorerne.",
              "correlations(\"5.28\", 2024)"),
          new HelpEntry("did", TESTS, "did(String kommune, String measure, int interventionYear)",
              "Difference-in-differences of recipients per 1,000 against the comparison group: years after the intervention year against the years up to it, with the yearly rates of both (table()).",
              "Forskel-i-forskelle for modtagere pr. 1.000 mod sammenligningsgruppen: årene efter indsatsåret mod årene til og med det, med begges årlige niveau (table()).",
              "did(\"Morsø\", \"§85\", 2019)"),
          new HelpEntry("welch", TESTS, "welch(double[] a, double[] b)",
              "Welch's two-sample t-test with Cohen's d and a one-line conclusion. The result says what it was run on (info()): your own numbers.",
              "Welchs t-test for to grupper med Cohens d og en konklusion på én linje. Resultatet siger, hvad testen er kørt på (info()): dine egne tal.",
              "welch(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6, 7})"),
          new HelpEntry("mannWhitney", TESTS, "mannWhitney(double[] a, double[] b)",
              "Mann-Whitney U (Wilcoxon rank-sum) test with the rank-biserial effect size, as R's wilcox.test: the exact p-value when both samples have fewer than 50 values and none is tied, else the normal approximation with continuity correction; the result's name says which. The result says what it was run on (info()): your own numbers.",
              "Mann-Whitney U-test (Wilcoxon rangsum) med rank-biserial effektstørrelse, som R's wilcox.test: den eksakte p-værdi, når begge stikprøver har færre end 50 værdier og ingen er ens, ellers normalfordelingstilnærmelsen med kontinuitetskorrektion; resultatets navn siger hvilken. Resultatet siger, hvad testen er kørt på (info()): dine egne tal.",
              "mannWhitney(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6, 7})"),
          new HelpEntry("paired", TESTS, "paired(double[] before, double[] after)",
              "Paired t-test of after minus before, with d_z. The result says what it was run on (info()): your own numbers.",
              "Parret t-test af efter minus før, med d_z. Resultatet siger, hvad testen er kørt på (info()): dine egne tal.",
              "paired(new double[] {10, 12, 9, 14}, new double[] {8, 11, 9, 10})"),
          new HelpEntry("anova", TESTS, "anova(Table table, String value, String group)",
              "One-way ANOVA of a value across groups, with eta squared. The result says what it was run on (info()): the table's source and status, e.g. that it includes synthetic data.",
              "Envejs-variansanalyse af en værdi på tværs af grupper, med eta i anden. Resultatet siger, hvad testen er kørt på (info()): tabellens kilde og status, fx at den indeholder syntetiske data.",
              "anova(level(\"5.38\", 2024), \"per_inhabitant\", \"dst_group\")"),
          new HelpEntry("chiSquare", TESTS, "chiSquare(Table table, String rows, String columns)  ·  chiSquare(table, rows, columns, String correction)",
              "Chi-square test of independence of two categorical columns, with Cramér's V. A 2 × 2 table gets Yates' continuity correction, as R's chisq.test, unless you ask for \"uncorrected\"; the result's name says so. The result says what it was run on (info()): the table's source and status, e.g. that it includes synthetic data.",
              "Chi-i-anden-test for uafhængighed mellem to kategoriske kolonner, med Cramérs V. En 2 × 2-tabel får Yates' kontinuitetskorrektion, som i R's chisq.test, medmindre du beder om \"ukorrigeret\"; resultatets navn siger det. Resultatet siger, hvad testen er kørt på (info()): tabellens kilde og status, fx at den indeholder syntetiske data.",
              "chiSquare(cases, \"team\", \"decision\")"),
          new HelpEntry("needVsPractice", DRIVERS, "needVsPractice(String kommune, String area, int fromYear, int toYear, String... factors)",
              "Splits a municipality's change in spending per inhabitant between two years, in fixed prices of the later year, into what its change in need (the socio-economic factors) predicts, the national development, and the rest not explained by need (practice, service level): one regression across all municipalities and both years.",
              "Deler en kommunes ændring i udgift pr. indbygger mellem to år, i faste priser for det sidste år, i det dens ændrede udgiftsbehov (de socioøkonomiske faktorer) forudsiger, landsudviklingen og resten, som behovet ikke forklarer (praksis, serviceniveau): én regression på tværs af alle kommuner og begge år.",
              "needVsPractice(\"Hørsholm\", \"5.38\", 2016, 2024)"),
          new HelpEntry("benchmarkByFunction", BENCH, "benchmarkByFunction(String kommune, String area, int year)",
              "The benchmark of every account function of the area against the comparison group, largest gap first: where the gap sits (§108, §107, support in one's own home, day services, ...). The functions' gaps add up to the area's.",
              "Sammenligning med sammenligningsgruppen for hver funktion i kontoplanen under området, største forskel først: hvor forskellen ligger (§108, §107, støtte i eget hjem, dagtilbud, ...). Funktionernes forskelle lægges sammen til områdets.",
              "benchmarkByFunction(\"Lejre\", \"5.38\", 2024)"));

  private AnalysisPrompt() {}

  /** Spending per inhabitant of the age group, every municipality and year. Example: {@code perInhabitant("5.38")}. */
  public static ResultTable perInhabitant(String area) {
    return spending().perInhabitant(area);
  }

  /** All municipalities ranked in one year. Example: {@code level("5.38", 2024)}. */
  public static ResultTable level(String area, int year) {
    return spending().level(area, year);
  }

  /** A municipality's trend; indices and changes in fixed prices of the last year. Example: {@code trend("Lejre", "5.38")}. */
  public static Trend trend(String kommune, String area) {
    return spending().trend(municipality(kommune), area, PriceBasis.fixed(spending().lastYear()));
  }

  /** A trend in the prices asked for: "fixed" / "faste" or "current" / "løbende". Example: {@code trend("Lejre", "5.38", "current")}. */
  public static Trend trend(String kommune, String area, String prices) {
    return spending().trend(municipality(kommune), area, PriceBasis.parse(prices, spending().lastYear()));
  }

  /** Benchmark against the default comparison group. Example: {@code benchmark("Lejre", "5.38", 2024)}. */
  public static Benchmark benchmark(String kommune, String area, int year) {
    Municipality m = municipality(kommune);
    return spending().benchmark(m, area, year, group(m));
  }

  /** Benchmark against a group you name. Example: {@code benchmark("Lejre", "5.38", 2024, "Roskilde", "Køge", "Holbæk")}. */
  public static Benchmark benchmark(String kommune, String area, int year, String... group) {
    return spending().benchmark(municipality(kommune), area, year,
        Session.current().municipalities().group("your group of " + group.length, List.of(group)));
  }

  /** The default comparison group's members. Example: {@code comparisonGroup("Morsø")}. */
  public static Table comparisonGroup(String kommune) {
    ComparisonGroup g = group(municipality(kommune));
    Table all = Session.current().datasets().table("municipalities");
    Table members = all.where(all.intColumn("code").isIn(g.codes().stream().mapToInt(Integer::intValue).toArray()));
    members.setName("comparison group of " + municipality(kommune).name() + ": " + g);
    return members;
  }

  /** Volume and price against the comparison group: the benchmark's gap, split. Example: {@code priceVolume("Lolland", "adults", 2024)}. */
  public static PriceVolumeSplit priceVolume(String kommune, String area, int year) {
    Municipality m = municipality(kommune);
    return spending().priceVolume(m, area, year, group(m));
  }

  /** Volume and price between two years, in fixed prices of the later year. Example: {@code priceVolume("Morsø", "adults", 2019, 2021)}. */
  public static PriceVolumeSplit priceVolume(String kommune, String area, int fromYear, int toYear) {
    return spending().priceVolume(municipality(kommune), area, fromYear, toYear, PriceBasis.fixed(toYear));
  }

  /** Volume and price between two years in the prices asked for. Example: {@code priceVolume("Morsø", "adults", 2019, 2021, "current")}. */
  public static PriceVolumeSplit priceVolume(String kommune, String area, int fromYear, int toYear, String prices) {
    return spending().priceVolume(municipality(kommune), area, fromYear, toYear, PriceBasis.parse(prices, toYear));
  }

  /** Recipients per 1,000 of the age group. Example: {@code recipientRates("§85")}. */
  public static ResultTable recipientRates(String measure) {
    return spending().recipientRates(measure);
  }

  /** Own and comparison-group rate per 1,000 in a year. Example: {@code compareRates("Morsø", "§85", 2021)}. */
  public static RecipientRates.Comparison compareRates(String kommune, String measure, int year) {
    Municipality m = municipality(kommune);
    return spending().compareRates(m, measure, year, group(m));
  }

  /** Own and group rates for several measures in two years. Example: {@code compareRates("Morsø", 2019, 2021, "§85", "§107")}. */
  public static ResultTable compareRates(String kommune, int fromYear, int toYear, String... measures) {
    Municipality m = municipality(kommune);
    return spending().compareRates(m, fromYear, toYear, group(m), measures);
  }

  /** Cost-driver regression. Example: {@code costDrivers("5.38", 2024)}. */
  public static CostDrivers costDrivers(String area, int year, String... factors) {
    return spending().costDrivers(area, year, factors);
  }

  /** Correlations of spending with the factors. Example: {@code correlations("5.28", 2024)}. */
  public static Correlations correlations(String area, int year) {
    return spending().correlations(area, year);
  }

  /** Difference-in-differences against the comparison group. Example: {@code did("Morsø", "§85", 2019)}. */
  public static Turnaround did(String kommune, String measure, int interventionYear) {
    Municipality m = municipality(kommune);
    return spending().did(m, measure, interventionYear, group(m));
  }

  /** Welch's t-test of your numbers. Example: {@code welch(new double[] {1, 2, 3}, new double[] {4, 5, 6})}. */
  public static HypothesisTest welch(double[] a, double[] b) {
    return HypothesisTest.ofNumbers(WelchTTest.test(a, b));
  }

  /** Mann-Whitney U test of your numbers. Example: {@code mannWhitney(new double[] {1, 2, 3}, new double[] {4, 5, 6})}. */
  public static HypothesisTest mannWhitney(double[] a, double[] b) {
    return HypothesisTest.ofNumbers(MannWhitneyTest.test(a, b));
  }

  /** Paired t-test of your numbers. Example: {@code paired(new double[] {10, 12}, new double[] {8, 11})}. */
  public static HypothesisTest paired(double[] before, double[] after) {
    return HypothesisTest.ofNumbers(PairedTTest.test(before, after));
  }

  /** One-way ANOVA, with the table's source. Example: {@code anova(level("5.38", 2024), "per_inhabitant", "dst_group")}. */
  public static HypothesisTest anova(Table table, String value, String group) {
    return HypothesisTest.of(OneWayAnovaTest.test(table, value, group), table, value, group);
  }

  /** Chi-square test of independence, with the table's source; Yates-corrected if 2 × 2. Example: {@code chiSquare(cases, "team", "decision")}. */
  public static IndependenceTest chiSquare(Table table, String rows, String columns) {
    return IndependenceTest.of(ChiSquareIndependence.test(table, rows, columns), table, rows, columns);
  }

  /** Chi-square test with or without Yates' correction ("yates" / "uncorrected"). Example: {@code chiSquare(cases, "team", "decision", "uncorrected")}. */
  public static IndependenceTest chiSquare(Table table, String rows, String columns, String correction) {
    ChiSquareIndependence test = ChiSquareIndependence.test(table, rows, columns, 0.05, ContinuityCorrection.parse(correction));
    return IndependenceTest.of(test, table, rows, columns);
  }

  private static Spending spending() {
    return Session.current().spending();
  }

  private static ComparisonGroup group(Municipality m) {
    return Session.current().municipalities().comparisonGroup(m);
  }

  private static Municipality municipality(String kommune) {
    return Session.current().municipalities().resolve(kommune);
  }

  /** Need versus practice between two years, on the chosen factors (default: all four). Example: {@code needVsPractice("Hørsholm", "5.38", 2016, 2024)}. */
  public static NeedVersusPractice needVsPractice(String kommune, String area, int fromYear, int toYear, String... factors) {
    return spending().needVsPractice(municipality(kommune), area, fromYear, toYear, factors);
  }

  /** The benchmark of each account function of an area, largest gap first. Example: {@code benchmarkByFunction("Lejre", "5.38", 2024)}. */
  public static ResultTable benchmarkByFunction(String kommune, String area, int year) {
    Municipality m = municipality(kommune);
    return spending().benchmarkByFunction(m, area, year, group(m));
  }
}
