package dk.styrbord.analysis.stats;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Average ranks for the rank tests, with −0.0 and 0.0 tied: they are equal numbers, but
 * Commons Math's {@link NaturalRanking} (through {@code Double.compare}) ranks them apart.
 *
 * <p>Example: {@code Ranks.average(new double[] {-0.0, 0.0, 2})} is {1.5, 1.5, 3}.
 */
final class Ranks {
  private Ranks() {}

  /** The ranks 1 … n of {@code values}, tied values sharing the mean of their ranks. */
  static double[] average(double[] values) {
    return new NaturalRanking(TiesStrategy.AVERAGE).rank(signless(values));
  }

  /** The sizes tⱼ of the groups of equal values (1 for a value that occurs once). */
  static long[] tieSizes(double[] values) {
    return Arrays.stream(signless(values)).boxed()
        .collect(Collectors.groupingBy(v -> v, Collectors.counting())).values().stream()
        .mapToLong(Long::longValue).toArray();
  }

  /** −0.0 + 0.0 is 0.0, so adding zero leaves one zero. */
  private static double[] signless(double[] values) {
    return Arrays.stream(values).map(v -> v + 0.0).toArray();
  }
}
