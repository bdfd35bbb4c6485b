package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import java.util.List;
import tech.tablesaw.api.Table;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SpendingTest {
  private static final Datasets DATASETS = Datasets.of(Catalog.bundled());
  private static final Municipalities MUNICIPALITIES = Municipalities.of(DATASETS);
  private static final Spending SPENDING = Spending.of(DATASETS, MUNICIPALITIES);

  @Test
  void thePriceVolumeTotalIsTheBenchmarkGapForEveryMunicipalityAreaAndYear() {
    List<Integer> years = DATASETS.table("spending").intColumn("year").unique().sorted(Integer::compare).asList();
    int checked = 0;
    for (String area : List.of("5.38", "5.28")) {
      for (int year : years) {
        for (Municipality m : MUNICIPALITIES.all()) {
          var group = MUNICIPALITIES.comparisonGroup(m);
          Benchmark b = SPENDING.benchmark(m, area, year, group);
          PriceVolumeSplit s = SPENDING.priceVolume(m, area, year, group);
          String where = m.name() + " " + area + " " + year;
          double tolerance = 1e-9 * Math.max(1, Math.abs(b.perInhabitant()));
          assertEquals(b.gapPerInhabitant(), s.gap(), tolerance, where);
          assertEquals(b.perInhabitant(), s.perInhabitant(), tolerance, where);
          assertEquals(b.groupLevel(), s.perInhabitantRef(), tolerance, where);
          assertEquals(s.gap(), s.volumeEffect() + s.priceEffect() + s.notSplit(), tolerance, where);
          checked++;
        }
      }
    }
    assertEquals(2 * years.size() * 98, checked);
  }

  @Test
  void lollandsGapIncludesTheSpendingWithoutCountedRecipients() {
    Municipality lolland = MUNICIPALITIES.resolve("Lolland");
    PriceVolumeSplit s = SPENDING.priceVolume(lolland, "adults", 2024, MUNICIPALITIES.comparisonGroup(lolland));
    // 5.38.42 and the official 5.38.45 pay for no counted measure: their gap is the not-split row
    assertTrue(s.table().stringColumn("functions").asList().contains("5.38.42+5.38.45"));
    assertTrue(Math.abs(s.notSplit()) > 100, "not split: " + s.notSplit());
  }

  @Test
  void betweenTwoYearsTheSplitIsInFixedPricesOfTheLaterYear() {
    Municipality morsoe = MUNICIPALITIES.resolve("Morsø");
    PriceVolumeSplit s = SPENDING.priceVolume(morsoe, "adults", 2019, 2021, PriceBasis.fixed(2021));
    assertEquals(PriceBasis.fixed(2021), s.info().priceBasis());
    Trend t = SPENDING.trend(morsoe, "5.38", PriceBasis.fixed(2021));
    // the split's change is the trend's change in the same fixed prices
    double fixed2019 = t.table().doubleColumn("per_inhabitant_fixed").get(t.table().intColumn("year").indexOf(2019));
    double fixed2021 = t.table().doubleColumn("per_inhabitant_fixed").get(t.table().intColumn("year").indexOf(2021));
    assertEquals(fixed2021 - fixed2019, s.gap(), 1e-6);
  }

  @Test
  void resultsSayTheirUnitPriceBasisGroupAndSource() {
    Municipality lejre = MUNICIPALITIES.resolve("Lejre");
    Benchmark b = SPENDING.benchmark(lejre, "5.38", 2024, MUNICIPALITIES.comparisonGroup(lejre));
    assertEquals("DKK per 18–64-year-old", b.info().unit().english());
    assertEquals(PriceBasis.CURRENT, b.info().priceBasis());
    assertEquals("Oplandskommuner", b.info().group().name());
    assertEquals(DataStatus.MIXED, b.info().provenance().status());
    assertEquals(List.of("spending", "population"), b.info().provenance().datasets());
    Trend t = SPENDING.trend(lejre, "5.38", PriceBasis.fixed(2024));
    assertEquals("fixed 2024 prices", t.info().priceBasis().english());
    assertTrue(t.info().provenance().datasets().contains("price_index"));
  }

  @Test
  void theFunctionsGapsAddUpToTheAreasGap() {
    Municipality lejre = MUNICIPALITIES.resolve("Lejre");
    var group = MUNICIPALITIES.comparisonGroup(lejre);
    ResultTable byFunction = SPENDING.benchmarkByFunction(lejre, "5.38", 2024, group);
    assertEquals(7, byFunction.rowCount());
    assertEquals(SPENDING.benchmark(lejre, "5.38", 2024, group).gapMillions(),
        byFunction.doubleColumn("gap_dkk_million").sum(), 1e-9);
    assertEquals(byFunction.doubleColumn("gap_dkk_million").max(), byFunction.doubleColumn("gap_dkk_million").get(0));
  }

  @Test
  void aFunctionsGapIsItsSpendingLessTheGroupsSpendingOverTheGroupsAdults() {
    Municipality lejre = MUNICIPALITIES.resolve("Lejre");
    var group = MUNICIPALITIES.comparisonGroup(lejre);
    ResultTable byFunction = SPENDING.benchmarkByFunction(lejre, "5.38", 2024, group);
    // by hand from the bundled tables: long-term housing (§108) in 2024
    Table spending = DATASETS.table("spending");
    Table population = DATASETS.table("population");
    Table housing = spending.where(spending.stringColumn("function").isEqualTo("5.38.50").and(spending.intColumn("year").isEqualTo(2024)));
    Table adults = population.where(population.intColumn("year").isEqualTo(2024));
    int[] others = group.otherCodes(lejre).stream().mapToInt(Integer::intValue).toArray();
    double own = housing.where(housing.intColumn("code").isEqualTo(lejre.code())).numberColumn("net_dkk").sum()
        / adults.where(adults.intColumn("code").isEqualTo(lejre.code())).numberColumn("age_18_64").sum();
    double groupLevel = housing.where(housing.intColumn("code").isIn(others)).numberColumn("net_dkk").sum()
        / adults.where(adults.intColumn("code").isIn(others)).numberColumn("age_18_64").sum();
    Table row = byFunction.where(byFunction.stringColumn("function").isEqualTo("5.38.50"));
    assertEquals(own, row.doubleColumn("per_inhabitant").get(0), 1e-6);
    assertEquals(groupLevel, row.doubleColumn("group_level").get(0), 1e-6);
    double lejreAdults = adults.where(adults.intColumn("code").isEqualTo(lejre.code())).numberColumn("age_18_64").sum();
    assertEquals((own - groupLevel) * lejreAdults / 1e6, row.doubleColumn("gap_dkk_million").get(0), 1e-6);
    assertEquals(lejre, byFunction.info().municipality());
    assertEquals(group, byFunction.info().group());
  }

  @Test
  void levelTrendAndBenchmarkAgreeOnTheSameYear() {
    for (String name : List.of("Lejre", "Lolland", "Dragør")) {
      Municipality m = MUNICIPALITIES.resolve(name);
      ResultTable level = SPENDING.level("5.38", 2024);
      Table own = level.where(level.intColumn("code").isEqualTo(m.code()));
      Benchmark b = SPENDING.benchmark(m, "5.38", 2024, MUNICIPALITIES.comparisonGroup(m));
      Trend t = SPENDING.trend(m, "5.38", PriceBasis.fixed(2024));
      Table last = t.table().where(t.table().intColumn("year").isEqualTo(2024));
      assertEquals(b.perInhabitant(), own.doubleColumn("per_inhabitant").get(0), 1e-9, name);
      assertEquals(b.rank(), own.intColumn("rank").get(0), name);
      assertEquals(100 * b.perInhabitant() / b.nationalLevel(), own.doubleColumn("index_national").get(0), 1e-9, name);
      assertEquals(own.doubleColumn("index_national").get(0), last.doubleColumn("index_national").get(0), 1e-9, name);
      // in its base year the fixed-price trend is the current-price level
      assertEquals(b.perInhabitant(), last.doubleColumn("per_inhabitant_fixed").get(0), 1e-9, name);
      assertEquals(b.nationalLevel(), last.doubleColumn("national").get(0), 1e-9, name);
    }
  }
}
