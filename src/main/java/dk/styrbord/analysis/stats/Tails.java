package dk.styrbord.analysis.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The p-values of the package, each computed as an upper tail (survival function) directly and
 * never as 1 − CDF, which rounds to 0 below about 1e-16 and loses digits from about 1e-12.
 *
 * <p>χ² upper tail Q(df/2, x/2), the regularized upper incomplete gamma function (Abramowitz &amp;
 * Stegun 26.4.19); F upper tail I_{df₂/(df₂ + df₁f)}(df₂/2, df₁/2) (A&amp;S 26.6.2); Student's
 * t, two-sided, I_{df/(df + t²)}(df/2, 1/2) (A&amp;S 26.7.1); standard normal, two-sided,
 * erfc(|z|/√2).
 *
 * <p>Example: {@code Tails.chiSquare(30.07, 2)} is 2.95e-7.
 */
final class Tails {
  private Tails() {}

  /** P(X > x) for X chi-square on {@code df} degrees of freedom. */
  static double chiSquare(double x, double df) {
    return Gamma.regularizedGammaQ(df / 2, x / 2);
  }

  /** P(F > f) for F on {@code df1} and {@code df2} degrees of freedom. */
  static double f(double f, double df1, double df2) {
    return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
  }

  /** P(|T| ≥ |t|) for T Student's t on {@code df} degrees of freedom. */
  static double tTwoSided(double t, double df) {
    return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
  }

  /** P(|Z| ≥ |z|) for Z standard normal. */
  static double normalTwoSided(double z) {
    return Erf.erfc(Math.abs(z) / Math.sqrt(2));
  }
}
