package dk.styrbord.analysis.stats;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formats shared by the printed reports, close to what R prints. */
final class Format {
  private Format() {}

  /** Four significant digits, as R's {@code summary} prints estimates; whole numbers as such. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "NA";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e7) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, "%.4g", value);
  }

  /** A short number for running text: three significant digits. */
  static String brief(double value) {
    return String.format(Locale.ROOT, "%.3g", value);
  }

  /** A significance level as written, e.g. 0.05. */
  static String level(double alpha) {
    return BigDecimal.valueOf(alpha).stripTrailingZeros().toPlainString();
  }

  /** A p-value: three decimals down to 0.001, then scientific notation, floored at R's 2.2e-16. */
  static String pValue(double p) {
    if (Double.isNaN(p)) {
      return "NA";
    }
    if (p < 2.2e-16) {
      return "< 2.2e-16";
    }
    if (p < 0.001) {
      return String.format(Locale.ROOT, "%.2e", p);
    }
    return String.format(Locale.ROOT, "%.3f", p);
  }

  /** R's significance codes: *** below 0.001, ** below 0.01, * below 0.05, . below 0.1. */
  static String stars(double p) {
    if (p < 0.001) {
      return "***";
    }
    if (p < 0.01) {
      return "**";
    }
    if (p < 0.05) {
      return "*";
    }
    return p < 0.1 ? "." : "";
  }

  /** The legend for {@link #stars}, as R prints it under a coefficient table. */
  static final String STARS_LEGEND =
      "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1";
}
