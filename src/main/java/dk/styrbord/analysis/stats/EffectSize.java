package dk.styrbord.analysis.stats;

import java.util.Locale;

/**
 * A named effect size with Cohen's verbal label (negligible, small, medium, large), from the
 * thresholds in Cohen, <i>Statistical Power Analysis for the Behavioral Sciences</i>, 2nd ed.,
 * 1988: d 0.2/0.5/0.8; r and w 0.1/0.3/0.5; η² 0.01/0.06/0.14. The labels are conventions, not
 * laws: what counts as large depends on the field.
 *
 * <p>Example: {@code WelchTTest.test(a, b).effectSize().magnitude()}.
 */
public record EffectSize(String name, double value, String magnitude) {

  /** Cohen's d (or d_z for paired data), labelled by |d|. */
  static EffectSize cohensD(double d) {
    return new EffectSize("Cohen's d", d, label(Math.abs(d), 0.2, 0.5, 0.8));
  }

  /** Cohen's d_z = mean difference / SD of differences, for paired data. */
  static EffectSize cohensDz(double d) {
    return new EffectSize("Cohen's d_z", d, label(Math.abs(d), 0.2, 0.5, 0.8));
  }

  /** The rank-biserial correlation, labelled on the correlation scale. */
  static EffectSize rankBiserial(double r) {
    return new EffectSize("rank-biserial r", r, label(Math.abs(r), 0.1, 0.3, 0.5));
  }

  /**
   * Cramér's V for a table whose smaller side has {@code k} categories, labelled through Cohen's
   * w = V·√(k − 1).
   */
  static EffectSize cramersV(double v, int k) {
    return new EffectSize("Cramér's V", v, label(v * Math.sqrt(k - 1), 0.1, 0.3, 0.5));
  }

  /** η², the share of the total variance between groups. */
  static EffectSize etaSquared(double eta2) {
    return new EffectSize("η²", eta2, label(eta2, 0.01, 0.06, 0.14));
  }

  /** E.g. "Cohen's d = 0.98, a large effect". */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s = %.2f, a %s effect", name, value, magnitude);
  }

  private static String label(double size, double small, double medium, double large) {
    if (size >= large) {
      return "large";
    }
    if (size >= medium) {
      return "medium";
    }
    return size >= small ? "small" : "negligible";
  }
}
