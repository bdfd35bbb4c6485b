package dk.styrbord.analysis.stats;

/**
 * One row of a regression's coefficient table, as in R's {@code summary(lm)}: the estimate, its
 * standard error, t = estimate / std. error, the two-sided p-value Pr(&gt;|t|) from the t
 * distribution with the residual df, and the 95 % confidence interval estimate ± t₀.₉₇₅·SE. Beta
 * (standardized coefficient) and VIF are NaN for the intercept.
 *
 * <p>Example: {@code model.summary().coefficient("needIndex").pValue()}.
 */
public record Coefficient(
    String term,
    double estimate,
    double standardError,
    double tValue,
    double pValue,
    double ciLow,
    double ciHigh,
    double beta,
    double vif) {

  /** R's significance stars for {@link #pValue()}: ***, **, *, . or blank. */
  public String stars() {
    return Format.stars(pValue);
  }
}
