package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.plot.OfflinePage;
import dk.styrbord.repl.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs notebooks the way {@code ./workbench run} does, for tests, and checks their reports. */
final class Runs {
  private static final Pattern NETWORK =
      Pattern.compile("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//|<link\\b|<script[^>]+src|@import|cdn\\.");

  private Runs() {}

  /** One run: its exit code, what it printed to stderr, and the report (empty when none was written). */
  record Run(int exit, String err, String html) {}

  /** Runs {@code ./workbench run <args> --out <out>}. */
  static Run run(Path out, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--out");
    all.add(out.toString());
    Run run = command(all);
    String html = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    return new Run(run.exit(), run.err(), html);
  }

  /** Runs {@code ./workbench run <args>} as given; the run's {@code html} is empty (read the reports yourself). */
  static Run command(List<String> args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, err.toString(StandardCharsets.UTF_8), "");
  }

  /** Fails if the report refers to anything on a network; plotly.js itself is inlined, at most once. */
  static void assertOffline(String html) {
    String plotly = OfflinePage.plotlyScriptTag();
    int first = html.indexOf(plotly);
    if (first >= 0) {
      assertEquals(-1, html.indexOf(plotly, first + plotly.length()), "plotly.js is inlined once");
    }
    String rest = first < 0 ? html : html.substring(0, first) + html.substring(first + plotly.length());
    Matcher m = NETWORK.matcher(rest);
    if (m.find()) {
      throw new AssertionError("a network reference: " + rest.substring(Math.max(0, m.start() - 80), Math.min(rest.length(), m.end() + 80)));
    }
  }

  /** The HTML of one cell's section. */
  static String section(String html, int cell) {
    int start = html.indexOf("id=\"cell-" + cell + "\"");
    assertTrue(start >= 0, "cell " + cell + " is in the report");
    int end = html.indexOf("</section>", start);
    return html.substring(html.lastIndexOf("<section", start), end);
  }

  /** How often {@code part} occurs in {@code text}. */
  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
