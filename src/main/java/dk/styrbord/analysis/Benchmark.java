package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Where a municipality stands on spending per inhabitant of the age group in one year: its rank
 * among all municipalities (1 = highest spending), percentile, z-score, its comparison group's
 * level, mean and median, and the gap — per inhabitant and in DKK million in total, "what we
 * would spend less if we spent like our comparison group".
 *
 * <p>Definitions: percentile = share of the other municipalities that spend less, in percent; z =
 * (own − mean of all) ÷ standard deviation of all (n − 1). The comparison group excludes the
 * municipality itself; its level is a ratio of sums (the group's spending ÷ the group's
 * inhabitants), as the ministry computes averages. Gap in DKK = (own − group level) × own
 * inhabitants of the age group.
 *
 * <p>Example: {@code Benchmark.of(perInhabitant, 350, 2024, groupCodes, info)}.
 *
 * @param info what the figures are: municipality, comparison group, scope, year, unit, price basis, source
 * @param municipality the municipality's name
 * @param year the year
 * @param perInhabitant its spending per inhabitant of the age group, DKK
 * @param population its inhabitants of the age group
 * @param rank its rank, 1 = highest spending
 * @param count how many municipalities were ranked
 * @param percentile share of the others that spend less, percent
 * @param zScore standard score among all municipalities
 * @param groupName the comparison group's name
 * @param groupSize the number of municipalities in the group (excluding this one)
 * @param groupLevel the group's spending ÷ the group's inhabitants
 * @param groupMean the mean of the group members' per-inhabitant figures
 * @param groupMedian the median of the group members' per-inhabitant figures
 * @param nationalLevel all spending ÷ all inhabitants of the age group
 * @param ranking every municipality that year, highest spending first: code, municipality,
 *     per_inhabitant; what a chart ranks the municipality among
 */
public record Benchmark(
    ResultInfo info, String municipality, int year, double perInhabitant, int population, int rank, int count,
    double percentile, double zScore, String groupName, int groupSize, double groupLevel,
    double groupMean, double groupMedian, double nationalLevel, Table ranking) implements Result {

  /** Benchmarks municipality {@code code} in {@code year} against the municipalities in {@code group} (the info's group). */
  public static Benchmark of(Table perInhabitant, int code, int year, Collection<Integer> group, ResultInfo info) {
    String groupName = info.group() == null ? "the group" : info.group().name();
    Table all = perInhabitant.where(perInhabitant.intColumn("year").isEqualTo(year));
    if (all.isEmpty()) {
      throw new WorkbenchException("No spending in " + year + ". Years: " + perInhabitant.intColumn("year").unique().sorted(Integer::compare).asList() + ".");
    }
    Row own = ownRow(all, code, year);
    double value = own.getNumber("per_inhabitant");
    double[] values = all.numberColumn("per_inhabitant").asDoubleArray();
    DescriptiveStatistics stats = new DescriptiveStatistics(values);
    long higher = Arrays.stream(values).filter(v -> v > value).count();
    long lower = Arrays.stream(values).filter(v -> v < value).count();
    Table members = all.where(all.intColumn("code").isIn(group.stream().mapToInt(Integer::intValue).toArray()).and(all.intColumn("code").isNotEqualTo(code)));
    if (members.isEmpty()) {
      throw new WorkbenchException("The comparison group " + groupName + " has no other municipality with spending in " + year + ".");
    }
    DescriptiveStatistics groupStats = new DescriptiveStatistics(members.numberColumn("per_inhabitant").asDoubleArray());
    return new Benchmark(
        info, own.getString("municipality"), year, value, (int) own.getNumber("population"), (int) higher + 1, values.length,
        100.0 * lower / (values.length - 1), (value - stats.getMean()) / stats.getStandardDeviation(),
        groupName, members.rowCount(), ratioOfSums(members), groupStats.getMean(), groupStats.getPercentile(50),
        ratioOfSums(all), all.sortDescendingOn("per_inhabitant").selectColumns("code", "municipality", "per_inhabitant"));
  }

  /** Own spending per inhabitant minus the comparison group's level, DKK. */
  public double gapPerInhabitant() {
    return perInhabitant - groupLevel;
  }

  /** The gap for all the municipality's inhabitants of the age group, DKK million. */
  public double gapMillions() {
    return gapPerInhabitant() * population / 1e6;
  }

  /** The figures as a two-column table (measure, value) for printing or export. */
  @Override
  public Table table() {
    Table t = Table.create(info.title(),
        StringColumn.create("measure"), DoubleColumn.create("value"));
    add(t, "spending, " + info.unit().english(), perInhabitant);
    add(t, "rank (1 = highest) of " + count, rank);
    add(t, "percentile", percentile);
    add(t, "z-score", zScore);
    add(t, "comparison group level (" + groupName + "), DKK", groupLevel);
    add(t, "comparison group mean, DKK", groupMean);
    add(t, "comparison group median, DKK", groupMedian);
    add(t, "national level, DKK", nationalLevel);
    add(t, "gap per inhabitant, DKK", gapPerInhabitant());
    add(t, "gap in total, DKK million", gapMillions());
    return Formats.decimals(t, 2, "value");
  }

  @Override
  public String toString() {
    return String.format(
        "%s, %d: %,.0f %s on %s.%n"
            + "  Rank %d of %d (1 = highest), percentile %.0f, z = %.2f. National level %,.0f.%n"
            + "  Comparison group %s (%d others): level %,.0f (mean %,.0f, median %,.0f).%n"
            + "  Gap: %,.0f DKK per inhabitant of the age group = %,.1f million DKK in total%n"
            + "  (%s would spend %s if it spent like its comparison group).%n",
        municipality, year, perInhabitant, info.unit().english(), info.scope(), rank, count, percentile, zScore, nationalLevel,
        groupName, groupSize, groupLevel, groupMean, groupMedian, gapPerInhabitant(), gapMillions(),
        municipality, gapMillions() >= 0 ? String.format("%,.1f million DKK less", gapMillions())
            : String.format("%,.1f million DKK more", -gapMillions()))
        + info.describe();
  }

  private static Row ownRow(Table all, int code, int year) {
    Table own = all.where(all.intColumn("code").isEqualTo(code));
    if (own.isEmpty()) {
      throw new WorkbenchException("No spending for municipality code " + code + " in " + year + ".");
    }
    return own.row(0);
  }

  private static double ratioOfSums(Table t) {
    return t.numberColumn("dkk").sum() / t.numberColumn("population").sum();
  }

  private static void add(Table t, String measure, double value) {
    t.stringColumn("measure").append(measure);
    t.doubleColumn("value").append(value);
  }
}
