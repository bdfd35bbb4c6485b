package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RankSumDistributionTest {

  @Test
  void theExactCountsMatchEnumeratingEveryOrdering() {
    // A second method: place m = 4 first-sample values among 10 positions in all C(10, 4) ways
    // and count, for each placement, the pairs in which the first sample is above.
    int m = 4;
    int n = 6;
    double[] enumerated = new double[m * n + 1];
    for (int mask = 0; mask < 1 << (m + n); mask++) {
      if (Integer.bitCount(mask) == m) {
        int w = 0;
        int below = 0;
        for (int position = 0; position < m + n; position++) {
          if ((mask >> position & 1) == 1) {
            w += below;
          } else {
            below++;
          }
        }
        enumerated[w]++;
      }
    }
    assertArrayEquals(enumerated, RankSumDistribution.counts(m, n), 0);
    assertArrayEquals(enumerated, RankSumDistribution.counts(n, m), 0);
  }

  @Test
  void twoSidedDoublesTheNearerTailAndStopsAtOne() {
    // m = n = 3: counts of W = 0 … 9 are 1, 1, 2, 3, 3, 3, 3, 2, 1, 1 (of 20).
    // W = 1: 2·(1 + 1)/20 = 0.2; W = 8 mirrors W = 1; W = 4: 2·10/20 = 1; W = 5 likewise.
    assertArrayEquals(new double[] {1, 1, 2, 3, 3, 3, 3, 2, 1, 1},
        RankSumDistribution.counts(3, 3), 0);
    assertEquals(0.2, RankSumDistribution.twoSided(1, 3, 3), 1e-15);
    assertEquals(0.2, RankSumDistribution.twoSided(8, 3, 3), 1e-15);
    assertEquals(1, RankSumDistribution.twoSided(4, 3, 3), 1e-15);
    assertEquals(1, RankSumDistribution.twoSided(5, 3, 3), 1e-15);
  }
}
