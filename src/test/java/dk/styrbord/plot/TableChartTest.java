package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.Area;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Plain line, bar and scatter charts of any table, and the generic chart of a table of unknown shape. */
class TableChartTest {

  @Test
  void aLineChartDrawsOneLinePerGroupInXOrderLabelledByTheColumns() {
    Chart chart = TableChart.line(caseload(), "year", "cases", "team", Language.ENGLISH);
    assertEquals(2, chart.data().size(), "adults, children");
    assertEquals("adults", chart.data().get(0).get("name").asText());
    assertEquals("[2022.0,2023.0,2024.0]", chart.data().get(0).get("x").toString(), "sorted by year although the rows are not");
    assertEquals("[410.0,436.0,451.0]", chart.data().get(0).get("y").toString());
    assertEquals("cases", chart.layout().at("/yaxis/title/text").asText());
    assertEquals("Data: your table «my caseload»; its source is yours to state.", chart.footer());
  }

  @Test
  void aResultTablesMainFigureIsLabelledWithItsUnitAndItsFooterWithItsSource() {
    Table t = Table.create("ranking", StringColumn.create("municipality", new String[] {"Lejre", "Køge"}),
        DoubleColumn.create("per_inhabitant", new double[] {6200, 5600}), DoubleColumn.create("index_national", new double[] {117, 106}));
    ResultTable result = ResultTable.of(t, ResultInfo.of("level", "5.38 (adults)", List.of(2024), Unit.dkkPer(Area.ADULTS),
        PriceBasis.CURRENT, new Provenance(List.of("spending"), DataStatus.OFFICIAL, List.of("DST REGK31"), null)));
    Chart bars = TableChart.bar(result, "municipality", "per_inhabitant", null, Language.ENGLISH);
    assertEquals("DKK per 18–64-year-old, current prices", bars.layout().at("/yaxis/title/text").asText());
    assertEquals("Source: DST REGK31. Data: spending (official data). Prices: current prices.", bars.footer());
    Chart index = TableChart.bar(result, "municipality", "index_national", null, Language.ENGLISH);
    assertEquals("index (national level = 100)", index.layout().at("/yaxis/title/text").asText(), "not the result's unit");
  }

  @Test
  void aMistypedColumnGetsTheNearestNameAndTextOnYIsRefused() {
    WorkbenchException typo = assertThrows(WorkbenchException.class,
        () -> TableChart.scatter(caseload(), "year", "casse", null, Language.ENGLISH));
    assertEquals("scatterChart: no column \"casse\" in my caseload. Did you mean cases? Columns: year, team, cases.", typo.getMessage());
    WorkbenchException text = assertThrows(WorkbenchException.class,
        () -> TableChart.line(caseload(), "year", "team", null, Language.ENGLISH));
    assertEquals("lineChart needs numbers on y; team in my caseload holds text. Number columns: year, cases.", text.getMessage());
  }

  @Test
  void aTableOfUnknownShapeWithAYearIsLinesPerColumnOrPerGroup() {
    Table wide = Table.create("moves by year", IntColumn.create("year", new int[] {2023, 2022}),
        IntColumn.create("moves up", new int[] {18, 2}), IntColumn.create("moves down", new int[] {32, 1}));
    Chart lines = TableChart.of(wide, Language.ENGLISH);
    assertEquals(2, lines.data().size(), "one line per number column");
    assertEquals("moves up", lines.data().get(0).get("name").asText());
    assertEquals("[2.0,18.0]", lines.data().get(0).get("y").toString(), "in year order");
    Chart perGroup = TableChart.of(caseload(), Language.ENGLISH);
    assertEquals(2, perGroup.data().size(), "a long table: one line per team");
    Table noYear = Table.create("by team", StringColumn.create("team", new String[] {"a", "b"}), IntColumn.create("n", new int[] {1, 2}));
    assertEquals("bar", TableChart.of(noYear, Language.ENGLISH).data().get(0).get("type").asText());
  }

  private static Table caseload() {
    return Table.create("my caseload", IntColumn.create("year", new int[] {2024, 2022, 2023, 2022, 2023, 2024}),
        StringColumn.create("team", new String[] {"adults", "adults", "adults", "children", "children", "children"}),
        DoubleColumn.create("cases", new double[] {451, 410, 436, 280, 301, 296}));
  }

  @Test
  void yearsTheDataStartMakesIncompleteAreShaded() {
    // 2020 and 2021 are incomplete: the band runs from half a year before 2020 to half a year after 2021
    Table t = Table.create("stock", IntColumn.create("year", new int[] {2020, 2021, 2022, 2023}),
        DoubleColumn.create("citizens", new double[] {10, 20, 25, 26}),
        tech.tablesaw.api.BooleanColumn.create("complete", new boolean[] {false, false, true, true}));
    Chart chart = TableChart.of(t, Language.ENGLISH);
    var band = chart.layout().get("shapes").get(0);
    assertEquals("rect", band.get("type").asText());
    assertEquals(2019.5, Double.parseDouble(band.get("x0").asText()), 1e-9);
    assertEquals(2021.5, Double.parseDouble(band.get("x1").asText()), 1e-9);
    assertEquals(1, chart.data().size(), "the complete column is no series of its own");
  }
}
