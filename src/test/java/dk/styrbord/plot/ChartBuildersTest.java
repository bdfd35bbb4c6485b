package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The builders that take any table: the columns they accept, and the JSON they emit. */
class ChartBuildersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Municipalities municipalities;

  @Test
  void ladderAcceptsTheDocumentedColumnsAndOrdersStepsHeaviestFirst() {
    Table t = Table.create("moves", StringColumn.create("from_step", new String[] {"§85", "§82", "§85"}),
        StringColumn.create("to_step", new String[] {"§82", "§85", "§108"}), IntColumn.create("citizens", new int[] {10, 4, 0}));
    JsonNode sankey = LadderSankey.of(t, Language.ENGLISH).data().get(0);
    assertEquals("[\"§85\",\"§82\",\"§85\",\"§82\"]", sankey.at("/node/label").toString(), "left: §85 above §82; right likewise; §108 had no moves");
    assertEquals("[0,1]", sankey.at("/link/source").toString());
    assertEquals("[3,2]", sankey.at("/link/target").toString());
    assertEquals("rgba(39,174,96,0.45)", sankey.at("/link/color/0").asText(), "§85 → §82 is down: green");
    assertEquals("rgba(192,57,43,0.45)", sankey.at("/link/color/1").asText(), "§82 → §85 is up: red");
  }

  @Test
  void ladderWithoutTheColumnsSaysWhichItNeeds() {
    Table t = Table.create("moves", StringColumn.create("from_step", new String[] {"§85"}));
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> LadderSankey.of(t, Language.ENGLISH));
    assertEquals("ladderChart needs a column to_step (or to step, to) in moves. Columns: from_step.", e.getMessage());
  }

  @Test
  void budgetAcceptsTheDocumentedNamesAndCumulatesWhenAsked() {
    Table months = Table.create("any name", IntColumn.create("month", new int[] {1, 2, 3}),
        DoubleColumn.create("budget_dkk", new double[] {1e6, 2e6, 3e6}),
        DoubleColumn.create("actual_dkk", new double[] {2e6, 2e6, Double.NaN}),
        DoubleColumn.create("forecast_cumulative", new double[] {Double.NaN, 4e6, 7e6}));
    ResultTable t = ResultTable.of(months, ResultInfo.of("Budget", "adults", List.of(2026), Unit.dkk(), PriceBasis.CURRENT,
        new Provenance(List.of("budget"), DataStatus.SYNTHETIC, List.of("Synthetic"), null)));
    Chart chart = BudgetChart.of(t, Language.ENGLISH);
    assertEquals("[1.0,3.0,6.0]", chart.data().get(0).get("y").toString(), "cumulative budget, DKK million");
    assertEquals("[2.0,4.0,null]", chart.data().get(1).get("y").toString(), "cumulative actual stops at the last booked month");
    assertEquals("Budget, actual and year-end forecast: adults 2026", chart.title(), "scope and year from the info");
    assertTrue(chart.footer().startsWith("Source: Synthetic. Data: budget (synthetic data)."), chart.footer());
    assertEquals("Budget, actual and year-end forecast", BudgetChart.of(months, Language.ENGLISH).title(), "a plain table has no scope");
    assertEquals("Data: your table «any name»; its source is yours to state.", BudgetChart.of(months, Language.ENGLISH).footer());
    assertTrue(chart.layout().at("/title/text").asText().contains("Budget 6.0 DKK million, forecast 7.0 DKK million (+1.0 DKK million, +16.7 %)"),
        chart.layout().at("/title/text").asText());
  }

  @Test
  void mapRewindsGeoJsonRingsTheWayPlotlysProjectionReadsThem() throws Exception {
    // RFC 7946: exterior counter-clockwise, hole clockwise. d3-geo wants the opposite.
    JsonNode polygon = JSON.readTree("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,1],[0,0]],"
        + "[[0.2,0.2],[0.2,0.8],[0.8,0.8],[0.8,0.2],[0.2,0.2]]]]}");
    JsonNode wound = ChoroplethMap.clockwise(polygon);
    assertEquals("[[0,0],[0,1],[1,1],[1,0],[0,0]]", wound.at("/coordinates/0/0").toString(), "exterior now clockwise");
    assertEquals("[[0.2,0.2],[0.8,0.2],[0.8,0.8],[0.2,0.8],[0.2,0.2]]", wound.at("/coordinates/0/1").toString(), "hole now counter-clockwise");
    assertEquals(wound.toString(), ChoroplethMap.clockwise(wound).toString(), "rings already wound stay as they are");
  }

  @Test
  void mapDrawsMunicipalitiesWithoutAValueGreyAndNeedsNoBaseMap() {
    Table boundaries = Table.create("boundaries", IntColumn.create("code", new int[] {101, 147}),
        StringColumn.create("name", new String[] {"København", "Frederiksberg"}),
        StringColumn.create("geometry", new String[] {square(12.5), square(12.6)}));
    Table values = Table.create("v", IntColumn.create("code", new int[] {101}), DoubleColumn.create("per_1000", new double[] {4.2}));
    Chart map = ChoroplethMap.of(values, "per_1000", boundaries, municipalities(), Language.ENGLISH);
    assertEquals("[\"101\"]", map.data().get(0).get("locations").toString());
    assertEquals("[\"147\"]", map.data().get(1).get("locations").toString());
    assertEquals("properties.code", map.data().get(0).get("featureidkey").asText());
    assertEquals("locations", map.layout().at("/geo/fitbounds").asText());
    assertFalse(map.layout().at("/geo/visible").asBoolean(true));
  }

  @Test
  void titlesAreObjectsSoPlotlyThreeShowsThemToo() {
    Chart chart = BudgetChart.of(Table.create("b", IntColumn.create("month", new int[] {1}),
        DoubleColumn.create("budget", new double[] {1}), DoubleColumn.create("actual", new double[] {1}),
        DoubleColumn.create("forecast", new double[] {1})), Language.DANISH);
    assertTrue(chart.layout().get("title").isObject());
    assertTrue(chart.layout().at("/xaxis2/title").isObject());
    assertEquals("Måned", chart.layout().at("/xaxis2/title/text").asText());
    assertEquals(",.", chart.layout().get("separators").asText());
  }

  @Test
  void aChartPrintsItsTitleNotItsJson() {
    Chart chart = ChartFilesTest.tiny("Lejre");
    assertEquals("Chart \"Lejre\": 0 traces (). show(chart) opens it; save(chart, \"file.html\") and png(chart, \"file.png\") write it.",
        chart.toString());
  }

  @Test
  void mapFindsMunicipalitiesByTheImportersKommuneCodeOrByNameAsPeopleWriteThem() {
    Table boundaries = Table.create("boundaries", IntColumn.create("code", new int[] {101, 169, 751}),
        StringColumn.create("name", new String[] {"København", "Høje-Taastrup", "Aarhus"}),
        StringColumn.create("geometry", new String[] {square(12.5), square(12.3), square(10.2)}));
    Table imported = Table.create("imported", StringColumn.create("level", new String[] {"land", "kommune", "kommune"}),
        IntColumn.create("kommune_code", new int[] {0, 101, 751}), DoubleColumn.create("v", new double[] {1, 2, 3}));
    imported.intColumn("kommune_code").setMissing(0);
    Chart byCode = ChoroplethMap.of(imported, "v", boundaries, municipalities(), Language.ENGLISH);
    assertEquals("[\"101\",\"751\"]", byCode.data().get(0).get("locations").toString());
    assertEquals("[2.0,3.0]", byCode.data().get(0).get("z").toString());
    assertTrue(byCode.layout().at("/title/text").asText().contains("rows not about a municipality left out: 1"));
    Table named = Table.create("survey", StringColumn.create("kommune", new String[] {"Høje Taastrup", "Aarhus", "Københavns Kommune", "Hele landet"}),
        DoubleColumn.create("weeks", new double[] {9, 12, 14, 11}));
    Chart byName = ChoroplethMap.of(named, "weeks", boundaries, municipalities(), Language.ENGLISH);
    assertEquals("[\"101\",\"169\",\"751\"]", byName.data().get(0).get("locations").toString(), "in the boundaries' order");
    assertEquals("[14.0,9.0,12.0]", byName.data().get(0).get("z").toString());
  }

  @Test
  void mapWithoutAMunicipalityColumnSaysWhichItLooksFor() {
    Table t = Table.create("mine", StringColumn.create("place", new String[] {"Lejre"}), DoubleColumn.create("v", new double[] {1}));
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> ChoroplethMap.of(t, "v", t, municipalities(), Language.ENGLISH));
    assertEquals("map needs a column code, kommune_code or a name column (municipality, kommune, name) in mine; it has place, v."
        + " Rename the column that names the municipalities.", e.getMessage());
  }

  private static Municipalities municipalities() {
    if (municipalities == null) {
      municipalities = Municipalities.of(Datasets.of(Catalog.bundled()));
    }
    return municipalities;
  }

  private static String square(double lon) {
    return "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[" + lon + ",55.6],[" + (lon + 0.1) + ",55.6],[" + (lon + 0.1) + ",55.7],["
        + lon + ",55.7],[" + lon + ",55.6]]]]}";
  }
}
