package dk.styrbord.analysis.stats;

import dk.styrbord.WorkbenchException;
import java.util.Locale;

/**
 * Whether a 2 × 2 chi-square test applies Yates' continuity correction, as R's
 * {@code chisq.test} does by default ({@code correct = TRUE}); larger tables are never corrected.
 *
 * <p>Example: {@code ChiSquareIndependence.test(counts, 0.05, ContinuityCorrection.NONE)}.
 */
public enum ContinuityCorrection {
  /** Σ(|O − E| − min(½, |O − E|))²/E on a 2 × 2 table (Yates, JRSS Suppl. 1, 1934). */
  YATES,
  /** Pearson's Σ(O − E)²/E, as R's {@code chisq.test(m, correct = FALSE)}. */
  NONE;

  /**
   * The correction a user asks for by word: "yates" / "korrigeret" or "uncorrected" /
   * "ukorrigeret". Example: {@code ContinuityCorrection.parse("uncorrected")} is NONE.
   */
  public static ContinuityCorrection parse(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT);
    if (w.equals("uncorrected") || w.equals("ukorrigeret") || w.equals("none")) {
      return NONE;
    }
    if (w.equals("yates") || w.equals("corrected") || w.equals("korrigeret")) {
      return YATES;
    }
    throw new WorkbenchException("Unknown correction \"" + word + "\". Use \"yates\" /"
        + " \"korrigeret\" (Yates' continuity correction on a 2 × 2 table, the default) or"
        + " \"uncorrected\" / \"ukorrigeret\" (Pearson's chi-square as is).");
  }
}
