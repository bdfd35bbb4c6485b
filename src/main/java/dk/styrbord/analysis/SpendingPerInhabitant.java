package dk.styrbord.analysis;

import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import dk.styrbord.WorkbenchException;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Net spending per inhabitant of the scope's age group, by municipality and year: the sum of
 * {@code net_dkk} over the scope's account functions divided by the municipality's population
 * aged 18–64 (adults) or 0–17 (children) on 1 January.
 *
 * <p>The national figure is a ratio of sums (all spending ÷ all inhabitants of the age group), as
 * the ministry's key figures compute averages, not a mean of the municipalities' ratios.
 *
 * <p>Example: {@code SpendingPerInhabitant.of(spending, population, Scope.parse("5.38", functions))}.
 */
public final class SpendingPerInhabitant {
  private SpendingPerInhabitant() {}

  /**
   * One row per municipality and year: code, municipality, year, dkk (current prices), population
   * (the age group), per_inhabitant (DKK per inhabitant of the age group, current prices).
   */
  public static Table of(Table spending, Table population, Scope scope) {
    Map<String, Double> dkk = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (Row row : spending) {
      if (scope.includes(row.getString("function"))) {
        String key = key(row.getInt("code"), row.getInt("year"));
        dkk.merge(key, row.getNumber("net_dkk"), Double::sum);
        names.put(key, row.getString("municipality"));
      }
    }
    Table out = emptyTable("spending per inhabitant, " + scope.label() + " " + scope.area().perWhom());
    for (Row row : population) {
      String key = key(row.getInt("code"), row.getInt("year"));
      Double amount = dkk.get(key);
      if (amount != null) {
        int people = (int) row.getNumber(scope.area().ageColumn());
        append(out, row.getInt("code"), names.get(key), row.getInt("year"), amount, people);
      }
    }
    if (out.rowCount() == 0) {
      throw new WorkbenchException("No spending on " + scope.label() + " matches a population row: check the tables' code and year columns.");
    }
    return formatted(out.sortOn("code", "year"));
  }

  /** The national figure per year, as a ratio of sums: year, dkk, population, per_inhabitant. */
  public static Table national(Table perInhabitant) {
    Table sums = perInhabitant.summarize("dkk", "population", sum).by("year");
    Table out =
        Table.create("national " + perInhabitant.name(), IntColumn.create("year"), DoubleColumn.create("dkk"),
            IntColumn.create("population"), DoubleColumn.create("per_inhabitant"));
    for (Row row : sums.sortOn("year")) {
      double dkk = row.getDouble("Sum [dkk]");
      int people = (int) row.getDouble("Sum [population]");
      out.intColumn("year").append(row.getInt("year"));
      out.doubleColumn("dkk").append(dkk);
      out.intColumn("population").append(people);
      out.doubleColumn("per_inhabitant").append(dkk / people);
    }
    return formatted(out);
  }

  private static Table emptyTable(String name) {
    return Table.create(name, IntColumn.create("code"), StringColumn.create("municipality"), IntColumn.create("year"),
        DoubleColumn.create("dkk"), IntColumn.create("population"), DoubleColumn.create("per_inhabitant"));
  }

  private static void append(Table out, int code, String name, int year, double dkk, int people) {
    out.intColumn("code").append(code);
    out.stringColumn("municipality").append(name);
    out.intColumn("year").append(year);
    out.doubleColumn("dkk").append(dkk);
    out.intColumn("population").append(people);
    out.doubleColumn("per_inhabitant").append(dkk / people);
  }

  private static Table formatted(Table t) {
    return Formats.whole(t, "dkk", "per_inhabitant");
  }

  private static String key(int code, int year) {
    return code + "/" + year;
  }
}
