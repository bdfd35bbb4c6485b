package dk.styrbord.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TailsTest {

  @Test
  void chiSquareOnTwoDfIsExpOfMinusHalfXDownTo1e300() {
    // Chi-square on 2 df is exponential with mean 2: P(X > x) = exp(−x/2) exactly.
    for (double x : new double[] {0.5, 4, 40, 200, 700, 1400}) {
      assertRelative(Math.exp(-x / 2), Tails.chiSquare(x, 2), 1e-12);
    }
  }

  @Test
  void chiSquareOnFourDfHasItsClosedForm() {
    // 4 df: P(X > x) = exp(−x/2)·(1 + x/2) (A&S 26.4.21 with ν = 4).
    for (double x : new double[] {1, 30, 300, 1300}) {
      assertRelative(Math.exp(-x / 2) * (1 + x / 2), Tails.chiSquare(x, 4), 1e-12);
    }
  }

  @Test
  void chiSquareOnOneDfIsErfcOfTheRootOfHalfX() {
    // 1 df: P(X > x) = erfc(√(x/2)); erfc(5), erfc(10), erfc(26) from mpmath at 30 digits.
    assertRelative(1.53745979442803485e-12, Tails.chiSquare(50, 1), 1e-12);
    assertRelative(2.08848758376254476e-45, Tails.chiSquare(200, 1), 1e-12);
    assertRelative(5.66319240885614285e-296, Tails.chiSquare(1352, 1), 1e-11);
  }

  @Test
  void fWithTwoNumeratorDfHasItsClosedForm() {
    // F(2, m): P(F > f) = (1 + 2f/m)^(−m/2) (the F analogue of the exponential).
    double[][] cases = {{27, 6}, {3e6, 6}, {1e4, 30}, {5e60, 10}};
    for (double[] c : cases) {
      double f = c[0];
      double m = c[1];
      assertRelative(Math.pow(1 + 2 * f / m, -m / 2), Tails.f(f, 2, m), 1e-12);
    }
  }

  @Test
  void tOnOneDfIsCauchyAndOnTwoDfHasItsClosedForm() {
    // df = 1 (Cauchy): P(|T| > t) = 2·atan(1/t)/π. df = 2: P(|T| > t) = 1 − t/√(t² + 2),
    // written 2/(√(t² + 2)·(√(t² + 2) + t)) so that it keeps its digits for large t.
    for (double t : new double[] {0.5, 1, 1e3, 1e8, 1e150}) {
      assertRelative(2 * Math.atan(1 / t) / Math.PI, Tails.tTwoSided(-t, 1), 1e-12);
    }
    for (double t : new double[] {0.5, 3, 1e4, 1e100}) {
      double root = Math.sqrt(t * t + 2);
      assertRelative(2 / (root * (root + t)), Tails.tTwoSided(t, 2), 1e-12);
    }
    assertEquals(1, Tails.tTwoSided(0, 7), 1e-15);
  }

  @Test
  void tFarInTheTailMatchesMpmath() {
    // mpmath betainc(15, 1/2, 0, 30/(30 + t²), regularized=True) at 30 digits, t = 1e10.
    assertRelative(2.07290693051241337e-279, Tails.tTwoSided(1e10, 30), 1e-10);
  }

  @Test
  void normalTwoSidedMatchesTables() {
    // P(|Z| > 1.959963984540054) = 0.05; P(|Z| > 10) = 1.523970604832105e-23 and
    // P(|Z| > 37) = 1.145114244504915e-299 (erfc(z/√2), mpmath at 30 digits).
    assertRelative(0.05, Tails.normalTwoSided(1.959963984540054), 1e-13);
    assertRelative(1.52397060483210521e-23, Tails.normalTwoSided(-10), 1e-12);
    assertRelative(1.14511424450491536e-299, Tails.normalTwoSided(37), 1e-10);
  }

  static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance,
        () -> "expected " + expected + " but got " + actual);
  }
}
