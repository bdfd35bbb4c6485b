package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.analysis.stats.ChiSquareIndependence;
import dk.styrbord.analysis.stats.OneWayAnovaTest;
import dk.styrbord.analysis.stats.WelchTTest;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.plot.Charts;
import dk.styrbord.plot.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** A test's answer says what it was run on: a helper's result and its status, a table of yours, or your numbers. */
class HypothesisTestTest {
  private static Spending spending;

  @BeforeAll
  static void load() {
    Datasets datasets = Datasets.of(Catalog.bundled());
    spending = Spending.of(datasets, Municipalities.of(datasets));
  }

  @Test
  void anovaOnALevelCarriesItsStatusUnitAndSourceIntoItsPrintoutAndChart() {
    ResultTable level = spending.level("5.38", 2024);
    HypothesisTest anova = HypothesisTest.of(OneWayAnovaTest.test(level, "per_inhabitant", "dst_group"),
        level, "per_inhabitant", "dst_group");
    assertEquals(DataStatus.MIXED, anova.info().provenance().status());
    assertEquals(level.info().unit(), anova.info().unit());
    assertEquals(level.info().priceBasis(), anova.info().priceBasis());
    assertEquals(java.util.List.of(2024), anova.info().years());
    assertEquals("One-way ANOVA of per_inhabitant by dst_group: " + level.info().title(), anova.info().title());
    assertTrue(anova.toString().contains("Data: spending, population (includes synthetic data): for training, not for decisions"),
        anova.toString());
    assertEquals(anova.test().pValue(), anova.pValue());
    assertEquals(anova.test().conclusion(), anova.conclusion());
    assertEquals(1, anova.table().rowCount());
    String footer = Charts.of(anova, Language.ENGLISH).footer();
    assertTrue(footer.contains("Includes synthetic data: for training, not for decisions"), footer);
    assertTrue(footer.contains("REGK31"), footer);
    assertTrue(Charts.of(anova, Language.DANISH).footer().contains("Indeholder syntetiske data"));
  }

  @Test
  void aTestOnArraysSaysTheyAreYourOwnNumbers() {
    HypothesisTest welch = HypothesisTest.ofNumbers(WelchTTest.test(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6, 7}));
    assertEquals(DataStatus.YOURS, welch.info().provenance().status());
    assertEquals(PriceBasis.NOT_MONEY, welch.info().priceBasis());
    assertEquals("Welch two-sample t-test of your numbers", welch.info().title());
    assertTrue(welch.toString().contains("Data: your numbers (your own data)"), welch.toString());
    String footer = Charts.of(welch, Language.ENGLISH).footer();
    assertTrue(footer.contains("your own data") && !footer.contains("synthetic"), footer);
  }

  @Test
  void aChiSquareTestOnYourTableNamesTheTableAndCountsRows() {
    Table mine = Fixtures.csv("mine", "team,decision\na,yes\na,yes\na,no\nb,no\nb,no\nb,yes\n");
    IndependenceTest test = IndependenceTest.of(ChiSquareIndependence.test(mine, "team", "decision"), mine, "team", "decision");
    assertEquals(DataStatus.YOURS, test.info().provenance().status());
    assertEquals("rows counted by team and decision", test.info().unit().english());
    assertEquals("Pearson's chi-square test of independence (Yates' continuity correction) of team and decision: mine",
        test.info().title());
    assertEquals(4, test.table().rowCount(), "one row per cell");
    String footer = Charts.of(test, Language.ENGLISH).footer();
    assertTrue(footer.contains("your table \"mine\"") && footer.contains("your own data"), footer);
  }
}
