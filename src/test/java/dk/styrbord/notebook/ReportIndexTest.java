package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportIndexTest {
  private static final LocalDateTime RAN = LocalDateTime.of(2026, 12, 7, 14, 0);

  @Test
  void namesAreEscapedAndLinksAreRelativeAndPercentEncoded() {
    Path folder = Path.of("/tmp/reports");
    String html = ReportIndex.html(folder, List.of(
        new ReportIndex.Entry("<b>Title</b>", "Ærø <script>", folder.resolve("sub/nb ærø.html"), RunCommand.ALL_RAN, true,
            folder.resolve("sub/nb ærø.pdf"))), RAN);

    assertTrue(html.contains("<a href=\"sub/nb%20%C3%A6r%C3%B8.html\">Ærø &lt;script&gt;</a>"), html);
    assertTrue(html.contains("<a href=\"sub/nb%20%C3%A6r%C3%B8.pdf\">PDF</a>"), html);
    assertTrue(html.contains("<td>&lt;b&gt;Title&lt;/b&gt;</td>"), html);
    assertTrue(html.contains(Report.GENERATOR), "the runner may replace its own index");
  }

  @Test
  void aReportNotWrittenIsNamedButNotLinkedAndMarked() {
    Path folder = Path.of("/tmp/reports");
    String html = ReportIndex.html(folder, List.of(
        new ReportIndex.Entry("T", "Lolland", folder.resolve("t-lolland.html"), "no report", false, null)), RAN);

    assertTrue(html.contains("<tr><td>Lolland</td><td>T</td><td class=\"failed\">no report</td></tr>"), html);
    assertFalse(html.contains("href="), html);
    assertFalse(html.contains("<th>Print</th>"), "no PDF column without PDFs");
  }
}
