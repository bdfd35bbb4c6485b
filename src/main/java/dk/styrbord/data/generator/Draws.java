package dk.styrbord.data.generator;

import java.util.SplittableRandom;

/**
 * Random draws that give the same numbers on every JDK: only {@link SplittableRandom#nextLong()}
 * (an algorithm fixed by its specification) and {@link StrictMath} are used, never the JDK's own
 * Gaussian or bounded-integer helpers, whose algorithms may change between releases.
 *
 * <p>Example: {@code new Draws(20240101L).gaussian()}.
 */
final class Draws {
  private final SplittableRandom random;

  Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Uniform in [0, 1). */
  double uniform() {
    return (random.nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [low, high). */
  double between(double low, double high) {
    return low + (high - low) * uniform();
  }

  /** A whole number in [low, high], both included. */
  int integer(int low, int high) {
    return low + (int) StrictMath.floor(uniform() * (high - low + 1));
  }

  /** True with the given probability. */
  boolean chance(double probability) {
    return uniform() < probability;
  }

  /** Standard normal by Box–Muller (one value per call, the partner is dropped to keep calls simple). */
  double gaussian() {
    double u = 1.0 - uniform();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * uniform());
  }

  /** A log-normal factor with median 1: exp(sd · N(0,1)). */
  double factor(double sd) {
    return StrictMath.exp(sd * gaussian());
  }

  /** An index drawn with probability proportional to the weights. */
  int pick(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = uniform() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
