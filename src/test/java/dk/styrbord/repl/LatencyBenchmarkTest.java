package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
