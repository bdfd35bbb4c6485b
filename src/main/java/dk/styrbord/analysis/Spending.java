package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.stats.CorrelationMatrix;
import dk.styrbord.analysis.stats.DifferenceInDifferences;
import dk.styrbord.data.ComparisonGroup;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The spending and volume questions asked of one session's datasets: level, trend, benchmark,
 * volume and price, recipient rates, cost drivers and turnarounds. Each answer carries a {@link
 * ResultInfo} built here, from the catalog, so every figure says its unit, price basis, group and
 * source. The prompt's and the notebooks' fronts call this and nothing else for these questions.
 *
 * <p>Example: {@code Spending.of(datasets, municipalities).benchmark(lejre, "5.38", 2024, group)}.
 */
public final class Spending {
  private final Datasets datasets;
  private final Municipalities municipalities;
  private final Provenance ownSpending;
  private final Map<Scope, Table> perInhabitant = new ConcurrentHashMap<>();

  private Spending(Datasets datasets, Municipalities municipalities, Provenance ownSpending) {
    this.datasets = datasets;
    this.municipalities = municipalities;
    this.ownSpending = ownSpending;
  }

  /** The questions over these datasets, with municipalities resolved by this registry. */
  public static Spending of(Datasets datasets, Municipalities municipalities) {
    return new Spending(datasets, municipalities, null);
  }

  /**
   * The same questions over datasets whose {@code spending} has a municipality's own ledger rows in
   * it, from data with provenance {@code ownSpending}: every result computed from spending names
   * them too. Example: {@code Spending.of(datasets.replacing("spending", merged), municipalities, ledger)}.
   */
  public static Spending of(Datasets datasets, Municipalities municipalities, Provenance ownSpending) {
    return new Spending(datasets, municipalities, ownSpending);
  }

  /** Spending per inhabitant of the age group, every municipality and year, current prices. */
  public ResultTable perInhabitant(String scopeText) {
    Scope scope = scope(scopeText);
    ResultInfo info = ResultInfo.of("Spending on " + scope.label() + " " + Unit.dkkPer(scope.area()).english()
        .replace("DKK ", "") + ", every municipality and year", scope.label(), years(), Unit.dkkPer(scope.area()),
        PriceBasis.CURRENT, provenance("spending", "population"))
        .inDanish("Udgift til " + scope.labelDanish() + " pr. " + scope.area().ages() + "-årig, alle kommuner og år");
    return ResultTable.of(perInhabitantTable(scope).copy(), info);
  }

  /** All municipalities ranked in one year, with an index against the national level. */
  public ResultTable level(String scopeText, int year) {
    Scope scope = scope(scopeText);
    Table perInhabitant = perInhabitantTable(scope);
    ResultInfo info = ResultInfo.of("Spending on " + scope.label() + " per " + scope.area().ages() + "-year-old, "
        + year + ": all municipalities ranked", scope.label(), List.of(year), Unit.dkkPer(scope.area()),
        PriceBasis.CURRENT, provenance("spending", "population"))
        .inDanish("Udgift til " + scope.labelDanish() + " pr. " + scope.area().ages() + "-årig, " + year + ": alle kommuner rangeret");
    return Level.of(perInhabitant, SpendingPerInhabitant.national(perInhabitant), datasets.table("municipalities"), year, info);
  }

  /** A municipality's trend with indices and changes in {@code basis}: fixed prices, or current prices when asked. */
  public Trend trend(Municipality m, String scopeText, PriceBasis basis) {
    Scope scope = scope(scopeText);
    Table perInhabitant = perInhabitantTable(scope);
    int lastYear = (int) perInhabitant.intColumn("year").max();
    ComparisonGroup group = municipalities.comparisonGroup(m);
    ResultInfo info = ResultInfo.of(m.name() + ": spending on " + scope.label() + " per " + scope.area().ages()
        + "-year-old by year", scope.label(), perInhabitant.intColumn("year").unique().sorted(Integer::compare).asList(),
        Unit.dkkPer(scope.area()), basis, provenance("spending", "population", "price_index")).about(m).against(group)
        .inDanish(m.name() + ": udgift til " + scope.labelDanish() + " pr. " + scope.area().ages() + "-årig efter år");
    return Trend.of(perInhabitant, SpendingPerInhabitant.national(perInhabitant), priceIndex(), m.code(),
        group.codes(), basis.isFixed() ? basis.year() : lastYear, info);
  }

  /** The year whose prices fixed-price figures are in by default: the last year with spending. */
  public int lastYear() {
    return (int) datasets.table("spending").intColumn("year").max();
  }

  /** Where a municipality stands against a comparison group in one year. */
  public Benchmark benchmark(Municipality m, String scopeText, int year, ComparisonGroup group) {
    Scope scope = scope(scopeText);
    ResultInfo info = ResultInfo.of(m.name() + " " + year + ": benchmark of spending on " + scope.label()
        + " against " + group.name(), scope.label(), List.of(year), Unit.dkkPer(scope.area()), PriceBasis.CURRENT,
        provenance("spending", "population")).about(m).against(group);
    return Benchmark.of(perInhabitantTable(scope), m.code(), year, group.codes(), info);
  }

  /** Volume and price of the gap to the comparison group in one year: the benchmark's gap, split. */
  public PriceVolumeSplit priceVolume(Municipality m, String areaText, int year, ComparisonGroup group) {
    Area area = Area.of(areaText);
    List<Integer> others = group.otherCodes(m);
    ResultInfo info = ResultInfo.of(m.name() + " " + year + " against " + group.name() + ": volume and price, "
        + area.mainFunction() + " (" + area.code() + ")", area.mainFunction() + " (" + area.code() + ")", List.of(year),
        Unit.dkkPer(area), PriceBasis.CURRENT, provenance("spending", "population", "recipients")).about(m).against(group);
    return PriceVolume.split(table("spending"), table("population"), table("recipients"), priceIndex(), area,
        PriceVolume.Side.of(m.name() + " " + year, m.code(), year), PriceVolume.Side.of(group.name() + " " + year, others, year), info);
  }

  /** Volume and price of a municipality's change between two years in {@code basis}: fixed prices, or current prices when asked. */
  public PriceVolumeSplit priceVolume(Municipality m, String areaText, int fromYear, int toYear, PriceBasis basis) {
    Area area = Area.of(areaText);
    ResultInfo info = ResultInfo.of(m.name() + " " + fromYear + " to " + toYear + ": volume and price, "
        + area.mainFunction() + " (" + area.code() + ")", area.mainFunction() + " (" + area.code() + ")",
        List.of(fromYear, toYear), Unit.dkkPer(area), basis,
        provenance("spending", "population", "recipients", "price_index")).about(m);
    return PriceVolume.split(table("spending"), table("population"), table("recipients"), priceIndex(), area,
        PriceVolume.Side.of(m.name() + " " + toYear, m.code(), toYear), PriceVolume.Side.of(m.name() + " " + fromYear, m.code(), fromYear), info);
  }

  /** Recipients of a measure (or measures joined with +) per 1,000 of the age group, every municipality and year. */
  public ResultTable recipientRates(String measures) {
    Table rates = RecipientRates.of(table("recipients"), table("population"), measures);
    Area area = areaOfRates(rates, measures);
    ResultInfo info = ResultInfo.of(measures + ": recipients per 1,000 " + area.ages() + "-year-olds, every municipality and year",
        measures, rates.intColumn("year").unique().sorted(Integer::compare).asList(), Unit.per1000(area),
        PriceBasis.NOT_MONEY, provenance("recipients", "population"))
        .inDanish(measures + ": modtagere pr. 1.000 " + area.ages() + "-årige, alle kommuner og år");
    return ResultTable.of(rates, info);
  }

  /** A municipality's rate next to its comparison group's (a ratio of sums) in one year. */
  public RecipientRates.Comparison compareRates(Municipality m, String measures, int year, ComparisonGroup group) {
    ResultTable rates = recipientRates(measures);
    ResultInfo info = ResultInfo.of(m.name() + " " + year + ": " + measures + " recipients per 1,000 against " + group.name(),
        measures, List.of(year), rates.info().unit(), PriceBasis.NOT_MONEY, rates.info().provenance()).about(m).against(group)
        .inDanish(m.name() + " " + year + ": " + measures + " modtagere pr. 1.000 mod " + group.name());
    return RecipientRates.compare(rates, m.code(), group.codes(), year, info);
  }

  /** Compares a municipality's rates with its group's for several measures, in two years. */
  public ResultTable compareRates(Municipality m, int fromYear, int toYear, ComparisonGroup group, String... measures) {
    Table t = Table.create(m.name() + " against " + group.name(), tech.tablesaw.api.StringColumn.create("measure"),
        DoubleColumn.create("own_" + fromYear), DoubleColumn.create("own_" + toYear), DoubleColumn.create("change_pct"),
        DoubleColumn.create("group_" + fromYear), DoubleColumn.create("group_" + toYear), DoubleColumn.create("group_change_pct"));
    ResultInfo first = null;
    for (String measure : measures) {
      RecipientRates.Comparison a = compareRates(m, measure, fromYear, group);
      RecipientRates.Comparison b = compareRates(m, measure, toYear, group);
      first = first == null ? b.info() : first;
      t.stringColumn("measure").append(measure);
      t.doubleColumn("own_" + fromYear).append(a.own());
      t.doubleColumn("own_" + toYear).append(b.own());
      t.doubleColumn("change_pct").append(100 * (b.own() / a.own() - 1));
      t.doubleColumn("group_" + fromYear).append(a.group());
      t.doubleColumn("group_" + toYear).append(b.group());
      t.doubleColumn("group_change_pct").append(100 * (b.group() / a.group() - 1));
    }
    if (first == null) {
      throw new WorkbenchException("Name at least one measure, e.g. compareRates(\"Morsø\", 2019, 2021, \"§85\", \"§107\").");
    }
    Formats.decimals(t, 2, "own_" + fromYear, "own_" + toYear, "group_" + fromYear, "group_" + toYear);
    Formats.decimals(t, 1, "change_pct", "group_change_pct");
    ResultInfo info = ResultInfo.of(m.name() + " " + fromYear + " to " + toYear + ": recipients per 1,000 against "
        + group.name() + " (group = all its recipients ÷ all its inhabitants)", String.join(", ", measures),
        List.of(fromYear, toYear), Unit.of("recipients per 1,000 of the age group", "modtagere pr. 1.000 i aldersgruppen"),
        PriceBasis.NOT_MONEY, first.provenance()).about(m).against(group)
        .inDanish(m.name() + " " + fromYear + " til " + toYear + ": modtagere pr. 1.000 mod " + group.name()
            + " (gruppen = alle dens modtagere ÷ alle dens indbyggere)");
    return ResultTable.of(t, info);
  }

  /** The cost-driver regression across municipalities in one year. */
  public CostDrivers costDrivers(String scopeText, int year, String... factors) {
    Scope scope = scope(scopeText);
    ResultInfo info = ResultInfo.of("Cost drivers of spending on " + scope.label() + " per " + scope.area().ages()
        + "-year-old, " + year, scope.label(), List.of(year), Unit.dkkPer(scope.area()), PriceBasis.CURRENT,
        provenance("spending", "population", "socioeconomic"));
    return CostDrivers.fit(perInhabitantTable(scope), table("socioeconomic"), year, info, factors);
  }

  /** Pearson correlations between spending per inhabitant and the background factors in one year. */
  public Correlations correlations(String scopeText, int year) {
    Scope scope = scope(scopeText);
    Table data = CostDrivers.crossSection(perInhabitantTable(scope), table("socioeconomic"), year);
    List<String> columns = new ArrayList<>(List.of("per_inhabitant"));
    columns.addAll(CostDrivers.FACTORS);
    ResultInfo info = ResultInfo.of("Correlations of spending on " + scope.label() + " per " + scope.area().ages()
        + "-year-old with the background factors, " + year, scope.label(), List.of(year),
        Unit.of("Pearson's r", "Pearsons r"), PriceBasis.NOT_MONEY, provenance("spending", "population", "socioeconomic"));
    return new Correlations(info, CorrelationMatrix.pearson(data, columns.toArray(String[]::new)));
  }

  /** Difference-in-differences of recipients per 1,000 against the comparison group around an intervention year. */
  public Turnaround did(Municipality m, String measure, int interventionYear, ComparisonGroup group) {
    ResultTable rates = recipientRates(measure);
    List<Integer> years = rates.info().years();
    if (interventionYear < years.get(0) || interventionYear >= years.get(years.size() - 1)) {
      throw new WorkbenchException("Intervention year " + interventionYear + " needs years before and after it. Years: " + years + ".");
    }
    List<String> controls = group.others(m).stream().map(Municipality::name).toList();
    DifferenceInDifferences test = DifferenceInDifferences.of(rates, "municipality", "year", "per_1000", m.name(), controls,
        interventionYear + 1);
    Table t = Table.create(m.name() + " against " + group.name(), IntColumn.create("year"), DoubleColumn.create("own"),
        DoubleColumn.create("group"), BooleanColumn.create("after"));
    for (int year : years) {
      RecipientRates.Comparison c = RecipientRates.compare(rates, m.code(), group.codes(), year, rates.info());
      t.intColumn("year").append(year);
      t.doubleColumn("own").append(c.own());
      t.doubleColumn("group").append(c.group());
      t.booleanColumn("after").append(year > interventionYear);
    }
    Formats.decimals(t, 2, "own", "group");
    ResultInfo info = ResultInfo.of(m.name() + ": " + measure + " recipients per 1,000 against " + group.name()
        + ", before and after " + interventionYear, measure, years, rates.info().unit(), PriceBasis.NOT_MONEY,
        rates.info().provenance()).about(m).against(group).withNote("The test's controls are the group's members one by one;"
            + " the table's group column is their ratio of sums.");
    return new Turnaround(info, test, t);
  }

  /** A municipality's change between two years split into need, national development and the rest, in fixed prices. */
  public NeedVersusPractice needVsPractice(Municipality m, String scopeText, int fromYear, int toYear, String... factors) {
    Scope scope = scope(scopeText);
    return NeedVersusPractice.of(perInhabitantTable(scope), table("socioeconomic"), table("price_index"), m, scope,
        fromYear, toYear, provenance("spending", "population", "socioeconomic", "price_index"), factors);
  }

  private Area areaOfRates(Table rates, String measures) {
    String first = measures.replace(" ", "").split("\\+")[0];
    String measure = first.matches("\\d+") ? "§" + first : first;
    Table rows = table("recipients");
    int i = rows.stringColumn("measure").indexOf(measure);
    return Area.of(rows.stringColumn("area").get(i));
  }

  /** Read by every helper, never changed: a user gets a copy ({@link #perInhabitant}). */
  private Table perInhabitantTable(Scope scope) {
    return perInhabitant.computeIfAbsent(scope, s -> SpendingPerInhabitant.of(table("spending"), table("population"), s));
  }

  private Scope scope(String text) {
    return Scope.parse(text, table("spending").stringColumn("function").unique().asList());
  }

  private List<Integer> years() {
    return table("spending").intColumn("year").unique().sorted(Integer::compare).asList();
  }

  private PriceIndex priceIndex() {
    return PriceIndex.of(table("price_index"));
  }

  private Provenance provenance(String... names) {
    Provenance bundled = Provenance.of(datasets.catalog(), municipalities, names);
    boolean usesSpending = List.of(names).contains("spending");
    return ownSpending != null && usesSpending ? bundled.including(ownSpending) : bundled;
  }

  private Table table(String name) {
    return datasets.table(name);
  }

  /**
   * The benchmark of every account function of an area against the comparison group, largest gap
   * first: where the area's gap sits. Each row is {@link #benchmark} for that function, so the
   * functions' gaps add up to the area's.
   *
   * <p>Example: {@code benchmarkByFunction(lejre, "5.38", 2024, group)} has 5.38.50 (§108) among its rows.
   */
  public ResultTable benchmarkByFunction(Municipality m, String areaText, int year, ComparisonGroup group) {
    Area area = Area.of(areaText);
    Scope whole = new Scope(area, null);
    Table spending = table("spending");
    Table functions = spending.where(spending.stringColumn("function").startsWith(area.mainFunction() + "."))
        .selectColumns("function", "function_name").dropDuplicateRows().sortOn("function");
    Table t = Table.create(m.name() + " " + year + ": gap to " + group.name() + " by account function, " + whole.label(),
        tech.tablesaw.api.StringColumn.create("function"), tech.tablesaw.api.StringColumn.create("function_name"),
        DoubleColumn.create("per_inhabitant"), DoubleColumn.create("group_level"), DoubleColumn.create("gap_per_inhabitant"),
        DoubleColumn.create("gap_dkk_million"));
    for (int i = 0; i < functions.rowCount(); i++) {
      Benchmark b = benchmark(m, functions.stringColumn("function").get(i), year, group);
      t.stringColumn("function").append(functions.stringColumn("function").get(i));
      t.stringColumn("function_name").append(functions.stringColumn("function_name").get(i));
      t.doubleColumn("per_inhabitant").append(b.perInhabitant());
      t.doubleColumn("group_level").append(b.groupLevel());
      t.doubleColumn("gap_per_inhabitant").append(b.gapPerInhabitant());
      t.doubleColumn("gap_dkk_million").append(b.gapMillions());
    }
    Table sorted = t.sortDescendingOn("gap_dkk_million");
    sorted.setName(t.name());
    Formats.whole(sorted, "per_inhabitant", "group_level", "gap_per_inhabitant");
    Formats.decimals(sorted, 1, "gap_dkk_million");
    ResultInfo info = ResultInfo.of(t.name(), whole.label(), List.of(year), Unit.dkkPer(area), PriceBasis.CURRENT,
        provenance("spending", "population")).about(m).against(group)
        .inDanish(m.name() + " " + year + ": forskel til " + group.name() + " efter kontofunktion, " + whole.labelDanish());
    return ResultTable.of(sorted, info);
  }
}
