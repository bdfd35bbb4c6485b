package dk.styrbord.repl;

import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * How long typical helper calls take at a warm prompt: a JShell on the workbench's engine with the
 * prompt's start-up, each call evaluated as a snippet a few times to warm up and then measured.
 * Prints the median (p50) and 95th percentile per call and over all calls, chart writing apart, and
 * what a bare {@code 1+1} costs (JShell's parse, compile and run of one snippet), against a peer's
 * figure for the same measured the same way when given one ({@code src/bench/latency.sh} passes
 * IPython's).
 *
 * <p>Example: {@code LatencyBenchmark "IPython 8.5.0" 0.41 0.38-0.52} (peer, its median in ms, its range).
 */
public final class LatencyBenchmark {
  private static final int WARM_UP = 3;
  private static final int RUNS = 15;
  private static final Map<String, String> CALLS = new LinkedHashMap<>();

  static {
    CALLS.put("benchmark", "benchmark(\"Lejre\", \"5.38\", 2024)");
    CALLS.put("trend", "trend(\"Hørsholm\", \"5.38\")");
    CALLS.put("level", "level(\"5.28\", 2024)");
    CALLS.put("priceVolume", "priceVolume(\"Lolland\", \"adults\", 2024)");
    CALLS.put("costDrivers", "costDrivers(\"5.38\", 2024)");
    CALLS.put("forecast", "forecast(\"adults\")");
    CALLS.put("kommune", "kommune(\"Sønderborg\")");
  }

  private static final String CHART = "save(trendChart(\"Lejre\", \"5.38\"), \"%s\", true)";
  private static final String SNIPPET = "1+1";
  private static final int SNIPPET_WARM_UP = 20;
  private static final int SNIPPET_RUNS = 200;

  private LatencyBenchmark() {}

  /** Runs the measurement and prints one line per call and the totals; args: [peer, its median ms, its range]. */
  public static void main(String[] args) throws Exception {
    Main.startSession(System.err);
    PrintStream console = System.out;
    try (JShell shell = JShell.builder().executionEngine(WorkbenchExecutionProvider.NAME).build()) {
      System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8"));
      eval(shell, StartupScript.forNotebook());
      Map<String, double[]> times = new LinkedHashMap<>();
      for (Map.Entry<String, String> call : CALLS.entrySet()) {
        times.put(call.getKey(), measure(shell, call.getValue()));
      }
      File chart = File.createTempFile("styrbord-latency", ".html");
      chart.deleteOnExit();
      times.put("chart to file", measure(shell, String.format(CHART, chart.getAbsolutePath().replace("\\", "\\\\"))));
      double[] snippet = measure(shell, SNIPPET, SNIPPET_WARM_UP, SNIPPET_RUNS);
      System.setOut(console);
      report(times);
      System.out.println(snippetFigure(snippet, args));
    } finally {
      System.setOut(console);
    }
  }

  private static double[] measure(JShell shell, String call) {
    return measure(shell, call, WARM_UP, RUNS);
  }

  private static double[] measure(JShell shell, String call, int warmUp, int runs) {
    for (int i = 0; i < warmUp; i++) {
      eval(shell, call);
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      eval(shell, call);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return millis;
  }

  private static void eval(JShell shell, String source) {
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
      for (SnippetEvent e : shell.eval(info.source())) {
        if (e.exception() != null) {
          throw new IllegalStateException("The benchmark call failed: " + info.source() + ": " + e.exception().getMessage());
        }
      }
      rest = info.remaining();
    }
  }

  private static void report(Map<String, double[]> times) {
    PrintStream human = System.err;
    human.printf("Warm latency at the prompt, %d runs per call after %d to warm up (ms):%n", RUNS, WARM_UP);
    List<Double> helpers = new ArrayList<>();
    for (Map.Entry<String, double[]> t : times.entrySet()) {
      human.printf("  %-14s p50 %6.1f   p95 %6.1f%n", t.getKey(), percentile(t.getValue(), 50), percentile(t.getValue(), 95));
      if (!t.getKey().startsWith("chart")) {
        Arrays.stream(t.getValue()).forEach(helpers::add);
      }
    }
    double[] all = helpers.stream().mapToDouble(Double::doubleValue).toArray();
    double[] withCharts = times.values().stream().flatMapToDouble(Arrays::stream).toArray();
    // one line per figure for the summary of ./workbench bench: name|value|unit|reference|reference value|target ratio
    System.out.printf(java.util.Locale.ROOT, "FIGURE|warm helper call p50 (charts apart)|%.1f|ms|target|100|1.0%n", percentile(all, 50));
    System.out.printf(java.util.Locale.ROOT, "FIGURE|warm call p95 (chart writing included)|%.1f|ms|target|300|1.0%n", percentile(withCharts, 95));
  }

  /**
   * The FIGURE line of {@code 1+1} at a warm prompt: median and range of the timings (ms), against the
   * peer given as [name, median ms, range], or a SKIPPED line without one (see {@code src/bench/lib.sh}).
   */
  static String snippetFigure(double[] millis, String[] peer) {
    String name = "1+1 at a warm prompt, median";
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    String median = String.format(java.util.Locale.ROOT, "%.2f", percentile(sorted, 50));
    String range = String.format(java.util.Locale.ROOT, "%.2f-%.2f", sorted[0], sorted[sorted.length - 1]);
    if (peer.length != 3) {
      return "SKIPPED|" + name + "|no peer measured (IPython comes with apt-get install python3-ipykernel); the workbench "
          + median + " ms (" + range + ")";
    }
    return String.join("|", "FIGURE", name, median, "ms", peer[0], peer[1], "-", range, peer[2]);
  }

  /** The nearest-rank percentile of some timings. */
  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
