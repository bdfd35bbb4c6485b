package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyBenchmarkTest {

  @Test
  void percentilesAreNearestRank() {
    double[] twenty = new double[20];
    for (int i = 0; i < 20; i++) {
      twenty[i] = 20 - i;
    }
    // nearest rank: p50 of 1..20 is the 10th value, p95 the 19th, p100 the 20th
    assertEquals(10.0, LatencyBenchmark.percentile(twenty, 50));
    assertEquals(19.0, LatencyBenchmark.percentile(twenty, 95));
    assertEquals(20.0, LatencyBenchmark.percentile(twenty, 100));
    assertEquals(7.0, LatencyBenchmark.percentile(new double[] {7}, 50));
  }

  @Test
  void snippetFigureCarriesMedianRangeAndPeer() {
    double[] millis = {48.0, 45.5, 61.25, 46.0, 44.0};
    // sorted 44, 45.5, 46, 48, 61.25: the median is the third
    assertEquals("FIGURE|1+1 at a warm prompt, median|46.00|ms|IPython 8.5.0|0.41|-|44.00-61.25|0.38-0.52",
        LatencyBenchmark.snippetFigure(millis, new String[] {"IPython 8.5.0", "0.41", "0.38-0.52"}));
  }

  @Test
  void snippetFigureWithoutPeerIsSkippedWithTheOwnFigure() {
    String line = LatencyBenchmark.snippetFigure(new double[] {3, 1, 2}, new String[0]);
    assertTrue(line.startsWith("SKIPPED|1+1 at a warm prompt, median|no peer measured"), line);
    assertTrue(line.endsWith("the workbench 2.00 ms (1.00-3.00)"), line);
  }
}
