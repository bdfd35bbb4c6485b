package dk.styrbord.notebook;

import dk.styrbord.plot.Html;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The {@code index.html} of a batch: one row per report with the notebook, the municipality, how
 * its run ended and relative links to it and its PDF, so the folder can be moved or mailed whole.
 *
 * <p>Example: {@code ReportIndex.html(Path.of("reports"), entries, LocalDateTime.now())}.
 */
final class ReportIndex {
  /** The index's file name in the report folder. */
  static final String FILE = "index.html";

  /**
   * One report of the batch.
   *
   * @param notebook the notebook's title
   * @param kommune the municipality it ran for
   * @param report the report's file
   * @param outcome how the run ended, e.g. "all cells ran"
   * @param written whether the report was written (then it is linked)
   * @param pdf its PDF, or null when none was printed
   */
  record Entry(String notebook, String kommune, Path report, String outcome, boolean written, Path pdf) {}

  private ReportIndex() {}

  /** The index page for reports in {@code folder}; links are relative to it. */
  static String html(Path folder, List<Entry> entries, LocalDateTime ranAt) {
    boolean pdfs = entries.stream().anyMatch(e -> e.pdf() != null);
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">")
        .append(Report.GENERATOR).append("<title>Reports</title>\n<style>body{font-family:'DejaVu Sans',Arial,sans-serif;"
            + "max-width:1100px;margin:24px auto;padding:0 16px;color:#222}h1{color:#1f4e79}table{border-collapse:collapse}"
            + "th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left}th{background:#eef2f6}.failed{color:#c0392b}"
            + "@page{size:A4;margin:14mm 12mm}</style></head><body>\n<h1>Reports</h1>\n<p>")
        .append(entries.size()).append(entries.size() == 1 ? " report, run " : " reports, run ")
        .append(Html.escape(ranAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))))
        .append(".</p>\n<table><thead><tr><th>Municipality</th><th>Notebook</th>").append(pdfs ? "<th>Print</th>" : "")
        .append("<th>Run</th></tr></thead><tbody>\n");
    for (Entry e : entries) {
      s.append("<tr><td>");
      if (e.written()) {
        s.append("<a href=\"").append(Html.escape(link(folder, e.report()))).append("\">").append(Html.escape(e.kommune()))
            .append("</a>");
      } else {
        s.append(Html.escape(e.kommune()));
      }
      s.append("</td><td>").append(Html.escape(e.notebook())).append("</td>");
      if (pdfs) {
        s.append("<td>").append(e.pdf() == null ? "" : "<a href=\"" + Html.escape(link(folder, e.pdf())) + "\">PDF</a>")
            .append("</td>");
      }
      s.append("<td")
          .append(e.outcome().equals(RunCommand.ALL_RAN) ? "" : " class=\"failed\"").append('>')
          .append(Html.escape(e.outcome())).append("</td></tr>\n");
    }
    return s.append("</tbody></table>\n</body></html>\n").toString();
  }

  /** The report's path relative to the folder, percent-encoded as a URL path. */
  private static String link(Path folder, Path report) {
    Path relative = folder.toAbsolutePath().normalize().relativize(report.toAbsolutePath().normalize());
    try {
      return new URI(null, null, relative.toString().replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("A relative file path is always a URI path: " + relative, e);
    }
  }
}
