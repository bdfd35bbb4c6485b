package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import dk.styrbord.plot.Chart;
import dk.styrbord.plot.OfflinePage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ReportTest {
  @Test
  void aLongTableShowsItsFirstAndLastRows() {
    IntColumn n = IntColumn.create("n");
    for (int i = 1; i <= 100; i++) {
      n.append(i);
    }
    TablePreview preview = TablePreview.of(Table.create("hundred", n));

    assertEquals(TablePreview.HEAD, preview.head().size());
    assertEquals("1", preview.head().get(0).get(0));
    assertEquals("91", preview.tail().get(0).get(0));
    assertEquals(100 - TablePreview.HEAD - TablePreview.TAIL, preview.omitted());
    StringBuilder html = new StringBuilder();
    Report.table(html, preview);
    assertTrue(html.toString().contains("… 70 rows not shown …"));
    assertTrue(html.toString().contains("<td class=\"num\">100</td>"));
  }

  @Test
  void namesFromDataAreEscapedInTables() {
    Table t = Table.create("<script>alert(1)</script>",
        StringColumn.create("municipality", "<script>alert(1)</script>"), IntColumn.create("<i>code</i>", 1));
    StringBuilder html = new StringBuilder();
    Report.table(html, TablePreview.of(t));

    assertFalse(html.toString().contains("<script>"));
    assertTrue(html.toString().contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
    assertTrue(html.toString().contains("<th>&lt;i&gt;code&lt;/i&gt;</th>"));
  }

  @Test
  void theStreamedPageIsTheSameBytesAsItsText() throws Exception {
    Notebook nb = Notebook.parse(Path.of("nb.jsh"), "// # Ærø «ø»\n//%% Only\nint a = 1;");
    Chart chart = new Chart("Ærø", JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(), "Kilde: æøå");
    for (List<Output> outputs : List.of(List.<Output>of(new Output.Printed("æ")), List.<Output>of(new Output.ChartShown(chart)))) {
      CellResult ok = new CellResult(nb.cells().get(0), CellResult.Status.OK, outputs, null, 3);
      Report.Page page = Report.page(nb, List.of(ok), Map.of("kommune", "Ærø"), LocalDateTime.of(2026, 1, 2, 3, 4));

      ByteArrayOutputStream streamed = new ByteArrayOutputStream();
      page.writeTo(streamed);
      page.writeTo(new ByteArrayOutputStream());

      assertArrayEquals(Report.html(nb, List.of(ok), Map.of("kommune", "Ærø"), LocalDateTime.of(2026, 1, 2, 3, 4))
          .getBytes(StandardCharsets.UTF_8), streamed.toByteArray());
      assertEquals(page.charts(), streamed.toString(StandardCharsets.UTF_8).contains(OfflinePage.plotlyScriptTag()));
    }
  }

  @Test
  void aReportWithoutChartsCarriesNoPlotly() {
    Notebook nb = Notebook.parse(Path.of("nb.jsh"), "//%% Only\nint a = 1;");
    CellResult ok = new CellResult(nb.cells().get(0), CellResult.Status.OK, List.of(new Output.Printed("1")), null, 3);

    String html = Report.html(nb, List.of(ok), Map.of(), LocalDateTime.of(2026, 1, 2, 3, 4));

    assertFalse(html.contains("Plotly"));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains(Report.GENERATOR));
    Runs.assertOffline(html);
  }

  @Test
  void aResultWithATableViewShowsTheTableAndItsSentence() {
    record Result(Table table) {
      @Override
      public String toString() {
        return table.printAll() + "\nGrowth 2.0 % a year.\n";
      }
    }
    List<Output> outputs = Output.of(new Result(Table.create("t", IntColumn.create("year", 2024))), TableLimit.REPORT);

    assertEquals(2, outputs.size());
    assertTrue(outputs.get(0) instanceof Output.TableShown);
    assertEquals(new Output.Value("Growth 2.0 % a year."), outputs.get(1));
  }

  @Test
  void aHelpersTableIsCaptionedWithItsTitleAndSaysWhoseDataItIs() {
    Municipality owner = new Municipality(540, "Sønderborg", 1083, "Region Syddanmark", "", "");
    Provenance cases = new Provenance(List.of("cases"), DataStatus.SYNTHETIC, List.of("a generator"), owner);
    ResultTable ladder = ResultTable.of(Table.create("Citizens on the ladder", IntColumn.create("year", 2024)),
        ResultInfo.of("Sønderborg: citizens on the ladder (synthetic data)", "cases", List.of(2024), Unit.citizens(),
            PriceBasis.NOT_MONEY, cases));

    List<Output> outputs = Output.of(ladder, TableLimit.REPORT);

    assertEquals("Sønderborg: citizens on the ladder (synthetic data)", ((Output.TableShown) outputs.get(0)).table().name());
    assertEquals(new Output.Value("Unit: citizens\nData: cases (synthetic data); Sønderborg's own data: for training, "
        + "not for decisions\nSource: a generator"), outputs.get(1));
  }

  @Test
  void theDefaultReportIsNamedAfterNotebookAndMunicipality() {
    Notebook nb = Notebook.parse(Path.of("notebooks/lejre.jsh"), "//%% Only\nint a = 1;");
    assertEquals(Path.of("reports/lejre.html"), ReportFile.defaultFor(ReportFile.FOLDER, nb, null));
    assertEquals(Path.of("reports/lejre-hoejetaastrup.html"), ReportFile.defaultFor(ReportFile.FOLDER, nb, "Høje-Taastrup"));
    assertEquals(Path.of("/tmp/r/lejre-morsoe.html"), ReportFile.defaultFor(Path.of("/tmp/r"), nb, "Morsø"));
  }

  @Test
  void outputWithAlignedColumnsTooWideForA4SaysItsWidthForThePrintStyle() {
    Notebook nb = Notebook.parse(Path.of("nb.jsh"), "//%% Only\nint a = 1;");
    String row = "x".repeat(120);
    List<Output> outputs = List.of(new Output.Printed("short\n" + row + "\n"), new Output.Printed("short only"),
        new Output.Value(row + "\n" + "p".repeat(400)));
    CellResult ok = new CellResult(nb.cells().get(0), CellResult.Status.OK, outputs, null, 3);

    String html = Report.html(nb, List.of(ok), Map.of(), LocalDateTime.of(2026, 1, 2, 3, 4));

    assertTrue(html.contains("<pre class=\"printed\" style=\"--columns:120\">short\n" + row + "</pre>"), html);
    assertTrue(html.contains("<pre class=\"printed\">short only</pre>"), "a short line keeps the print size");
    assertTrue(html.contains("<pre class=\"value\" style=\"--columns:120\">"), "a line of prose (400) wraps and does not count");
  }
}
