package dk.styrbord.plot;

import dk.styrbord.analysis.Benchmark;
import dk.styrbord.analysis.Correlations;
import dk.styrbord.analysis.NeedVersusPractice;
import dk.styrbord.analysis.budget.YearEndForecast;
import dk.styrbord.analysis.CostDrivers;
import dk.styrbord.analysis.HypothesisTest;
import dk.styrbord.analysis.IndependenceTest;
import dk.styrbord.analysis.PriceVolumeSplit;
import dk.styrbord.analysis.RecipientRates;
import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Trend;
import dk.styrbord.analysis.Turnaround;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The chart that suits a result, chosen by its type: a trend against its group, a benchmark among
 * all municipalities, volume and price as a waterfall, rates own against group, actual against
 * expected spending, a turnaround around its intervention year, a test's estimate or counts. A table-shaped result ({@link
 * ResultTable}) is recognised by the columns its helper gives it (see {@link #ofTable}); any other
 * table gets a generic line or bar chart.
 *
 * <p>Example: {@code Charts.of(level("5.38", 2024), Language.ENGLISH)}.
 */
public final class Charts {
  private Charts() {}

  /** The chart of {@code result}. */
  public static Chart of(Result result, Language language) {
    if (result instanceof Trend t) {
      return TrendChart.of(t, language);
    }
    if (result instanceof Benchmark b) {
      return RankChart.of(b, language);
    }
    if (result instanceof PriceVolumeSplit s) {
      return WaterfallChart.of(s, language);
    }
    if (result instanceof RecipientRates.Comparison c) {
      return RateChart.of(c, language);
    }
    if (result instanceof CostDrivers d) {
      return ScatterChart.actualVsExpected(d, language);
    }
    if (result instanceof Turnaround t) {
      return TurnaroundChart.of(t, language);
    }
    if (result instanceof Correlations c) {
      return HeatmapChart.of(c, language);
    }
    if (result instanceof HypothesisTest h) {
      return EstimateChart.of(h, language);
    }
    if (result instanceof IndependenceTest i) {
      return HeatmapChart.of(i, language);
    }
    if (result instanceof YearEndForecast f) {
      return ForecastChart.of(f, language);
    }
    if (result instanceof NeedVersusPractice n) {
      return NeedChart.of(n, language);
    }
    if (result instanceof ResultTable t) {
      return ofTable(t, language);
    }
    return TableChart.of(ResultTable.of(result.table(), result.info()), language);
  }

  /**
   * The chart of a table by its columns, which the helpers define (and a user's table may share):
   * a ranking (rank, municipality, per_inhabitant, index_national) as bars of all municipalities;
   * every municipality and year (municipality, year, per_inhabitant or per_1000) as one box per
   * year; rates own against group for several measures (measure, own_&lt;year&gt;, group_&lt;year&gt;)
   * as grouped bars; the ladder's moves (from step, to step) as a Sankey diagram; budget months
   * (month, budget) as the budget chart; anything else as lines over years or bars.
   */
  public static Chart ofTable(Table t, Language language) {
    List<String> c = t.columnNames();
    if (c.containsAll(List.of("rank", "code", "municipality", "per_inhabitant", "index_national"))) {
      return RankChart.of(t, language);
    }
    if (c.containsAll(List.of("municipality", "year")) && (c.contains("per_inhabitant") || c.contains("per_1000"))) {
      return BoxChart.of(t, c.contains("per_1000") ? "per_1000" : "per_inhabitant", "year", language);
    }
    if (t instanceof ResultTable r && c.contains("measure") && r.info().years().size() == 2
        && c.contains("own_" + r.info().years().get(0)) && c.contains("group_" + r.info().years().get(1))) {
      return RateChart.of(r, language);
    }
    if (ColumnRoles.find(t, "from_step", "from step").isPresent() && ColumnRoles.find(t, "to_step", "to step").isPresent()) {
      return LadderSankey.of(t, language);
    }
    if (c.contains("month") && ColumnRoles.find(t, "budget_dkk", "budget", "budget (DKK)").isPresent()) {
      return BudgetChart.of(t, language);
    }
    return TableChart.of(t, language);
  }
}
