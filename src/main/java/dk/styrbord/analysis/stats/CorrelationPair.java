package dk.styrbord.analysis.stats;

/**
 * The correlation of two variables over the rows where both are present: the coefficient r, its
 * two-sided p-value for r = 0, and the number of rows used.
 *
 * <p>Example: {@code CorrelationMatrix.pearson(costs, "spending", "needIndex").pair("spending",
 * "needIndex").r()}.
 */
public record CorrelationPair(String var1, String var2, double r, double pValue, int n) {}
