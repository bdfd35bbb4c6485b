package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.PriceVolumeSplit;
import dk.styrbord.analysis.Result;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Spending;
import dk.styrbord.analysis.Trend;
import dk.styrbord.analysis.casework.LadderTransitions;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.ComparisonGroup;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The chart a result gets is read from its type, columns and info, never from its table's name. */
class ChartsTest {
  private static Datasets datasets;
  private static Municipalities municipalities;
  private static Spending spending;

  @BeforeAll
  static void load() {
    datasets = Datasets.of(Catalog.bundled());
    municipalities = Municipalities.of(datasets);
    spending = Spending.of(datasets, municipalities);
  }

  @Test
  void renamingAResultsTableChangesNeitherItsTracesNorItsUnitNorItsFooter() {
    Municipality lejre = municipalities.resolve("Lejre");
    Trend trend = spending.trend(lejre, "5.38", PriceBasis.fixed(2024));
    ResultTable level = spending.level("5.38", 2024);
    PriceVolumeSplit split = spending.priceVolume(lejre, "adults", 2024, municipalities.comparisonGroup(lejre));
    for (Result result : List.of(trend, level, split)) {
      Chart before = Charts.of(result, Language.ENGLISH);
      result.table().setName("mine");
      Chart after = Charts.of(result, Language.ENGLISH);
      String kind = result.getClass().getSimpleName();
      assertEquals("mine", result.table().name(), kind);
      assertEquals(before.data().size(), after.data().size(), kind + ": trace count");
      assertEquals(names(before), names(after), kind + ": trace names");
      assertEquals(before.layout().at("/yaxis/title/text"), after.layout().at("/yaxis/title/text"), kind + ": unit");
      assertEquals(before.footer(), after.footer(), kind + ": footer");
      assertEquals(before.data(), after.data(), kind + ": traces, value for value");
      assertEquals(before.layout(), after.layout(), kind + ": layout");
    }
  }

  @Test
  void aTrendDrawsEveryOtherGroupMemberTheNationalLevelAndItselfInItsUnit() {
    Municipality lejre = municipalities.resolve("Lejre");
    Trend trend = spending.trend(lejre, "5.38", PriceBasis.fixed(2024));
    trend.table().setName("Lejre: my renamed table");
    Chart chart = Charts.of(trend, Language.ENGLISH);
    int others = municipalities.comparisonGroup(lejre).members().size() - 1;
    assertTrue(others >= 5, "Oplandskommuner has several members: " + others);
    assertEquals(others + 2, chart.data().size(), "the group's other members, the national level, Lejre");
    assertEquals("DKK per 18–64-year-old, fixed 2024 prices", chart.layout().at("/yaxis/title/text").asText());
    assertTrue(chart.footer().contains("REGK31") && chart.footer().contains("FOLK1A"), chart.footer());
    assertTrue(chart.footer().contains("Includes synthetic data"), "spending and population are MIXED in the catalog: " + chart.footer());
  }

  @Test
  void aBenchmarkRanksAllMunicipalitiesWithItsGroupAndTheGroupsLevelMarked() {
    Municipality lejre = municipalities.resolve("Lejre");
    ComparisonGroup group = municipalities.comparisonGroup(lejre);
    Chart chart = Charts.of(spending.benchmark(lejre, "5.38", 2024, group), Language.ENGLISH);
    assertEquals(98, bars(chart), "every municipality once");
    assertEquals("Lejre", chart.data().get(2).get("name").asText());
    assertEquals(group.members().size() - 1, chart.data().get(1).get("x").size(), "the group's other members in blue");
    assertEquals(2, chart.layout().get("shapes").size(), "national level and the group's level");
    assertTrue(chart.layout().at("/annotations/1/text").asText().startsWith("Level of " + group.name()),
        chart.layout().at("/annotations/1/text").asText());
  }

  @Test
  void aLevelIsTheRankingOfAllWithNobodyMarked() {
    Chart chart = Charts.of(spending.level("5.38", 2024), Language.ENGLISH);
    assertEquals(1, chart.data().size());
    assertEquals(98, bars(chart));
    assertEquals("DKK per 18–64-year-old, current prices", chart.layout().at("/yaxis/title/text").asText());
  }

  @Test
  void everyMunicipalityAndYearIsOneBoxPerYearInOrder() {
    ResultTable rates = spending.recipientRates("§85");
    Chart chart = Charts.of(rates, Language.ENGLISH);
    List<Integer> years = rates.info().years();
    assertEquals(years.size(), chart.data().size(), "one box per year");
    assertEquals(String.valueOf(years.get(0)), chart.data().get(0).get("name").asText(), "years in order");
    assertEquals("recipients per 1,000 18–64-year-olds", chart.layout().at("/yaxis/title/text").asText());
  }

  @Test
  void ratesForSeveralMeasuresAreOwnAndGroupBarsInBothYears() {
    Municipality morsoe = municipalities.resolve("Morsø");
    ResultTable rates = spending.compareRates(morsoe, 2019, 2021, municipalities.comparisonGroup(morsoe), "§85", "§107");
    Chart chart = Charts.of(rates, Language.ENGLISH);
    assertEquals(4, chart.data().size(), "own and group, 2019 and 2021");
    assertEquals("Morsø 2019", chart.data().get(0).get("name").asText());
    assertEquals(rates.doubleColumn("group_2021").get(1), chart.data().get(3).at("/y/1").asDouble(), 1e-9);
  }

  @Test
  void aTurnaroundMarksTheInterventionYear() {
    Municipality morsoe = municipalities.resolve("Morsø");
    Chart chart = Charts.of(spending.did(morsoe, "§85", 2019, municipalities.comparisonGroup(morsoe)), Language.ENGLISH);
    assertEquals(2, chart.data().size(), "group and own");
    JsonNode line = chart.layout().at("/shapes/1");
    assertEquals(2019, line.get("x0").asInt());
    assertEquals(2019, line.get("x1").asInt());
  }

  @Test
  void tablesAreRecognisedByTheirColumnsWhateverTheirName() {
    Table moves = LadderTransitions.byStep(datasets.table("cases"));
    moves.setName("anything");
    assertEquals("sankey", Charts.ofTable(moves, Language.ENGLISH).data().get(0).get("type").asText());
    // the moves were computed from the user's table "cases": the footer says so, whatever the result is renamed
    String footer = Charts.ofTable(moves, Language.ENGLISH).footer();
    assertTrue(footer.contains("your own data") && footer.contains("cases") && !footer.contains("anything"), footer);
  }

  private static List<String> names(Chart chart) {
    List<String> names = new ArrayList<>();
    chart.data().forEach(t -> names.add(t.path("name").asText()));
    return names;
  }

  private static int bars(Chart chart) {
    int n = 0;
    for (JsonNode trace : chart.data()) {
      n += trace.get("x").size();
    }
    return n;
  }
}
