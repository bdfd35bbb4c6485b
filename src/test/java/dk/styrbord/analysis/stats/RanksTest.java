package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RanksTest {

  @Test
  void minusZeroTiesWithZero() {
    // −0.0 == 0.0, so they share ranks 1 and 2: 1.5 each (Double.compare would rank them 1, 2).
    assertArrayEquals(new double[] {1.5, 3, 1.5}, Ranks.average(new double[] {-0.0, 5, 0.0}), 0);
    long[] sizes = Ranks.tieSizes(new double[] {-0.0, 5, 0.0});
    Arrays.sort(sizes);
    assertArrayEquals(new long[] {1, 2}, sizes);
  }
}
