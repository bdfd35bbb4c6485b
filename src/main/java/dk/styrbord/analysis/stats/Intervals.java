package dk.styrbord.analysis.stats;

/** Names confidence intervals after their level. */
final class Intervals {
  private Intervals() {}

  /** E.g. "95 % CI" for alpha 0.05, "97.5 % CI" for 0.025. */
  static String label(double alpha) {
    double level = 100 * (1 - alpha);
    boolean whole = Math.abs(level - Math.rint(level)) < 1e-9;
    return (whole ? String.valueOf(Math.round(level)) : Format.brief(level)) + " % CI";
  }
}
