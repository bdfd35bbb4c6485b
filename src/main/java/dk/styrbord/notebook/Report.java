package dk.styrbord.notebook;

import dk.styrbord.SafeFile;
import dk.styrbord.plot.Html;
import dk.styrbord.plot.OfflinePage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The HTML report of a notebook run: one self-contained page with, per cell, its prose, its code,
 * what it printed, its tables and interactive charts, or where it failed. All text from data and
 * output is escaped; plotly.js is inlined once when there is a chart, so the page needs no network.
 *
 * <p>Example: {@code Report.html(notebook, results, Map.of("kommune", "Lejre"), LocalDateTime.now())}.
 */
public final class Report {
  /** The marker by which the runner knows a report it wrote itself (and may overwrite). */
  public static final String GENERATOR = "<meta name=\"generator\" content=\"styrbord-notebook\">";

  private static final String STYLE = """
      <style>
      body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:24px auto;padding:0 16px;color:#222;line-height:1.45}
      header{border-bottom:2px solid #1f4e79;margin-bottom:16px}
      h1{color:#1f4e79;margin-bottom:4px}
      .meta{color:#555;font-size:14px}
      .status{padding:8px 12px;border-radius:4px;margin:12px 0}
      .status.ok{background:#e8f4ea;border:1px solid #9ccc9f}
      .status.failed{background:#fbeaea;border:1px solid #d99}
      section.cell{border-left:4px solid #c9d6e3;padding:4px 0 8px 16px;margin:24px 0}
      section.cell.failed{border-left-color:#c0392b}
      section.cell.not-run{border-left-color:#ccc;color:#777}
      h2{font-size:20px;margin:8px 0}
      h2 .n{color:#888;font-weight:normal}
      details.code>summary{cursor:pointer;color:#555;font-size:13px}
      pre{background:#f6f8fa;padding:8px 10px;font-size:13px;border-radius:4px;margin:6px 0;white-space:pre-wrap;overflow-wrap:anywhere}
      pre.code{background:#f0f3f7}
      pre.value{background:#fff;border:1px solid #e1e4e8}
      .error{background:#fbeaea;border:1px solid #d99;padding:8px 12px;border-radius:4px;margin:6px 0}
      .error pre{background:transparent;padding:0}
      table.data{border-collapse:collapse;font-size:13px;margin:4px 0 8px}
      p.table-caption{font-weight:bold;font-size:13px;margin:8px 0 0}
      table.data th,table.data td{border:1px solid #d0d7de;padding:3px 8px;overflow-wrap:break-word}
      table.data th{background:#eef2f6}
      table.data td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      table.data tr.gap td{text-align:center;color:#777;font-style:italic}
      table.params td,table.params th{padding:2px 10px 2px 0;text-align:left}
      figure.chart{margin:12px 0}
      figcaption{color:#555;font-size:13px}
      nav ol{columns:2;font-size:14px}
      footer{border-top:1px solid #ccc;margin-top:32px;color:#666;font-size:13px}
      @page{size:A4;margin:14mm 12mm}
      @media print{
      body{max-width:none;margin:0;padding:0;font-size:12px}
      section.cell{padding-left:10px;margin:16px 0}
      h2,p.table-caption{break-after:avoid}
      p.table-caption{font-size:10px}
      pre{font-size:10px;padding:4px 6px}
      pre[style]{font-size:clamp(7px,calc(670px / (var(--columns) * 0.61)),10px)}
      figcaption{font-size:10px}
      table.data{font-size:9.5px}
      table.data th,table.data td{padding:2px 3px}
      tr,pre.code,figure.chart,footer{break-inside:avoid}
      details.code>summary{list-style:none;break-after:avoid}
      }
      """ + OfflinePage.PRINT_STYLE + """
      </style>
      """;

  /** Characters of a line that fit A4 in print at 10 px monospace. */
  private static final int A4_COLUMNS = 108;
  /** A line longer than this is prose rather than a row of aligned columns. */
  private static final int PROSE_COLUMNS = 130;

  /** plotly.js's script element as UTF-8, made once: it is the same 1.8 MB in every report. */
  private static volatile byte[] plotlyTag;

  private Report() {}

  /** The whole page for a run of a notebook with these parameter values. */
  public static String html(Notebook notebook, List<CellResult> results, Map<String, String> parameters,
      LocalDateTime ranAt) {
    return page(notebook, results, parameters, ranAt).html();
  }

  /**
   * The same page in parts, to be written as a stream: plotly.js (1.8 MB packed) goes in as bytes encoded
   * once per JVM instead of being copied into every report's text and encoded again.
   */
  static Page page(Notebook notebook, List<CellResult> results, Map<String, String> parameters, LocalDateTime ranAt) {
    boolean charts = results.stream().flatMap(r -> r.outputs().stream()).anyMatch(o -> o instanceof Output.ChartShown);
    StringBuilder body = new StringBuilder();
    header(body, notebook, results, parameters, ranAt);
    int chart = 0;
    for (CellResult r : results) {
      chart = cell(body, r, chart);
    }
    body.append("<footer><p>Written by <code>./workbench run ").append(Html.escape(notebook.file().toString()))
        .append("</code> on ").append(Html.escape(ranAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))))
        .append(". Results marked “synthetic” come from the workbench's training data, not official statistics;"
            + " <code>about(\"dataset\")</code> at the prompt tells column by column.</p></footer>\n");
    String title = notebook.title() + titleSuffix(parameters);
    String head = "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">" + GENERATOR
        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + Html.escape(title)
        + "</title>\n" + STYLE;
    return new Page(head, charts, "</head><body>\n" + body + "</body></html>\n");
  }

  /**
   * A report page: the head up to the scripts, whether plotly.js goes in after it, and the rest.
   *
   * @param head the page up to where plotly.js goes
   * @param charts whether the page has charts, and so plotly.js
   * @param rest the page after plotly.js
   */
  record Page(String head, boolean charts, String rest) implements SafeFile.Content {
    /** The page as text. */
    String html() {
      return head + (charts ? OfflinePage.plotlyScriptTag() + "\n" : "") + rest;
    }

    /** Writes the page as UTF-8, the same bytes as {@link #html()}. */
    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      if (charts) {
        out.write(plotlyTag());
        out.write('\n');
      }
      out.write(rest.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static byte[] plotlyTag() {
    byte[] tag = plotlyTag;
    if (tag == null) {
      tag = OfflinePage.plotlyScriptTag().getBytes(StandardCharsets.UTF_8);
      plotlyTag = tag;
    }
    return tag;
  }

  private static void header(StringBuilder s, Notebook notebook, List<CellResult> results,
      Map<String, String> parameters, LocalDateTime ranAt) {
    s.append("<header><h1>").append(Html.escape(notebook.title() + titleSuffix(parameters))).append("</h1>\n");
    s.append("<p class=\"meta\">Notebook ").append(Html.escape(notebook.file().toString())).append(" · run ")
        .append(Html.escape(ranAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))).append("</p>\n");
    if (!parameters.isEmpty()) {
      s.append("<table class=\"params\"><tr><th colspan=\"2\">Parameters</th></tr>");
      parameters.forEach((k, v) -> s.append("<tr><td><code>").append(Html.escape(k)).append("</code></td><td>")
          .append(Html.escape(v)).append("</td></tr>"));
      s.append("</table>\n");
    }
    CellResult failed = results.stream().filter(r -> r.status() == CellResult.Status.FAILED).findFirst().orElse(null);
    if (failed == null) {
      s.append("<p class=\"status ok\">All ").append(results.size()).append(" cells ran without error.</p>\n");
    } else {
      long notRun = results.stream().filter(r -> r.status() == CellResult.Status.NOT_RUN).count();
      s.append("<p class=\"status failed\"><strong>Cell ").append(failed.cell().number()).append(" “")
          .append(Html.escape(failed.cell().title())).append("” ").append(failed.error().kind().text())
          .append(" at line ").append(failed.error().line()).append("</strong>; ").append(notRun)
          .append(notRun == 1 ? " later cell was" : " later cells were").append(" not run. <a href=\"#cell-")
          .append(failed.cell().number()).append("\">Go to the error</a>.</p>\n");
    }
    if (!notebook.intro().isEmpty()) {
      s.append(Markdown.html(notebook.intro()));
    }
    s.append("<nav><ol>");
    for (CellResult r : results) {
      s.append("<li><a href=\"#cell-").append(r.cell().number()).append("\">").append(Html.escape(r.cell().title()))
          .append("</a>").append(r.status() == CellResult.Status.FAILED ? " — failed" : "")
          .append(r.status() == CellResult.Status.NOT_RUN ? " — not run" : "").append("</li>");
    }
    s.append("</ol></nav></header>\n");
  }

  private static int cell(StringBuilder s, CellResult r, int chart) {
    Cell c = r.cell();
    String state = switch (r.status()) {
      case OK -> "ok";
      case FAILED -> "failed";
      case NOT_RUN -> "not-run";
    };
    s.append("<section class=\"cell ").append(state).append("\" id=\"cell-").append(c.number()).append("\">\n<h2><span class=\"n\">")
        .append(c.number()).append(".</span> ").append(Html.escape(c.title()));
    if (r.status() == CellResult.Status.NOT_RUN) {
      s.append(" <small>(not run: an earlier cell failed)</small>");
    }
    s.append("</h2>\n");
    if (!c.prose().isEmpty()) {
      s.append(Markdown.html(c.prose()));
    }
    if (c.hasCode()) {
      s.append("<details class=\"code\" open><summary>Code, lines ").append(c.codeLine()).append('–').append(c.lastLine())
          .append("</summary>").append(pre("code", c.code())).append("<code>").append(Html.escape(c.code()))
          .append("</code></pre></details>\n");
    }
    int next = chart;
    for (Output o : r.outputs()) {
      if (o instanceof Output.ChartShown shown) {
        next++;
        s.append(shown.chart().html("chart-" + c.number() + "-" + next)).append('\n');
      } else {
        output(s, o);
      }
    }
    if (r.error() != null) {
      error(s, r.error());
    }
    s.append("</section>\n");
    return next;
  }

  private static void output(StringBuilder s, Output o) {
    if (o instanceof Output.Printed p) {
      s.append(pre("printed", p.text())).append(Html.escape(p.text().stripTrailing())).append("</pre>\n");
    } else if (o instanceof Output.Value v) {
      s.append(pre("value", v.text())).append(Html.escape(v.text().stripTrailing())).append("</pre>\n");
    } else if (o instanceof Output.TableShown t) {
      table(s, t.table());
    }
  }

  /**
   * A {@code <pre>} start tag; text with lines a little too long for A4 at the print size carries
   * its longest such line's length, so the print style sets it just small enough (not below 7 px)
   * to keep aligned columns, such as a regression's coefficient table, on one line each. Lines
   * longer than {@link #PROSE_COLUMNS} are prose, which wraps, and do not shrink the text.
   */
  private static String pre(String kind, String text) {
    int longest = text.lines().mapToInt(String::length).filter(n -> n <= PROSE_COLUMNS).max().orElse(0);
    return "<pre class=\"" + kind + "\"" + (longest > A4_COLUMNS ? " style=\"--columns:" + longest + "\"" : "") + ">";
  }

  private static void error(StringBuilder s, CellError e) {
    s.append("<div class=\"error\"><strong>This cell ").append(e.kind().text()).append(" at line ").append(e.line())
        .append(":</strong><pre>").append(Html.escape(e.message())).append("</pre>");
    if (e.trace().size() > 1) {
      s.append("<p>Where it went, innermost first:</p><pre class=\"trace\">");
      for (String frame : e.trace()) {
        s.append(Html.escape(frame)).append('\n');
      }
      s.append("</pre>");
    }
    s.append("</div>\n");
  }

  /** A table preview as an HTML table with its name above it. */
  static void table(StringBuilder s, TablePreview t) {
    // the name above the table rather than its <caption>: a caption is as wide as its table, so a
    // narrow table squeezed its name into a column of single words
    s.append("<p class=\"table-caption\">").append(Html.escape(t.name())).append(" <small>(")
        .append(t.rowCount()).append(t.rowCount() == 1 ? " row" : " rows").append(")</small></p><table class=\"data\"><thead><tr>");
    for (String column : t.columns()) {
      s.append("<th>").append(Html.escape(column).replace("_", "_<wbr>")).append("</th>");
    }
    s.append("</tr></thead><tbody>");
    rows(s, t, t.head());
    if (!t.tail().isEmpty()) {
      s.append("<tr class=\"gap\"><td colspan=\"").append(t.columns().size()).append("\">… ").append(t.omitted())
          .append(" rows not shown …</td></tr>");
      rows(s, t, t.tail());
    }
    s.append("</tbody></table>\n");
  }

  private static void rows(StringBuilder s, TablePreview t, List<List<String>> rows) {
    for (List<String> row : rows) {
      s.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        s.append(t.numeric().get(i) ? "<td class=\"num\">" : "<td>").append(Html.escape(row.get(i))).append("</td>");
      }
      s.append("</tr>");
    }
  }

  private static String titleSuffix(Map<String, String> parameters) {
    String kommune = parameters.get(Parameters.KOMMUNE);
    return kommune == null ? "" : " — " + kommune;
  }
}
