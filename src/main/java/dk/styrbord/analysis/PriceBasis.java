package dk.styrbord.analysis;

import dk.styrbord.data.DatasetEntry;

/**
 * What prices an amount of money is in: current prices (løbende priser) of each year, or fixed
 * prices (faste priser) of one year, deflated with the price index. Figures that are not money
 * (citizens, days, shares) have no price basis.
 *
 * <p>Example: {@code PriceBasis.fixed(2024).english()} is "fixed 2024 prices".
 *
 * @param kind current, fixed or not money
 * @param year the year whose prices a fixed-price figure is in; 0 otherwise
 */
public record PriceBasis(Kind kind, int year) {

  /** Each year's own prices. */
  public static final PriceBasis CURRENT = new PriceBasis(Kind.CURRENT, 0);

  /** A figure that is not money. */
  public static final PriceBasis NOT_MONEY = new PriceBasis(Kind.NOT_MONEY, 0);

  /** The three kinds of price basis. */
  public enum Kind {
    /** Løbende priser. */
    CURRENT,
    /** Faste priser of one year. */
    FIXED,
    /** Not an amount of money. */
    NOT_MONEY
  }

  /** A bundled dataset's price basis, from its catalog entry. Example: {@code PriceBasis.of(catalog.entry("spending"))} is CURRENT. */
  public static PriceBasis of(DatasetEntry entry) {
    return "current".equals(entry.prices()) ? CURRENT : NOT_MONEY;
  }

  /** Fixed prices of {@code year}. Example: {@code PriceBasis.fixed(2024)}. */
  public static PriceBasis fixed(int year) {
    return new PriceBasis(Kind.FIXED, year);
  }

  /**
   * The basis a user asks for by word: "current" / "løbende" for current prices, "fixed" / "faste"
   * for fixed prices of {@code fixedYear}. Example: {@code PriceBasis.parse("løbende", 2024)} is current.
   */
  public static PriceBasis parse(String word, int fixedYear) {
    String w = word.trim().toLowerCase(java.util.Locale.ROOT);
    if (w.startsWith("current") || w.startsWith("løbende") || w.startsWith("lobende") || w.startsWith("loebende")) {
      return CURRENT;
    }
    if (w.startsWith("fixed") || w.startsWith("faste") || w.startsWith("fast")) {
      return fixed(fixedYear);
    }
    throw new dk.styrbord.WorkbenchException("Unknown prices \"" + word + "\". Use \"fixed\" / \"faste\" (fixed " + fixedYear
        + " prices, the default) or \"current\" / \"løbende\" (current prices).");
  }

  /** True for fixed prices. */
  public boolean isFixed() {
    return kind == Kind.FIXED;
  }

  /** "current prices", "fixed 2024 prices", or "" for a figure that is not money. */
  public String english() {
    return switch (kind) {
      case CURRENT -> "current prices";
      case FIXED -> "fixed " + year + " prices";
      case NOT_MONEY -> "";
    };
  }

  /** "løbende priser", "faste 2024-priser", or "". */
  public String danish() {
    return switch (kind) {
      case CURRENT -> "løbende priser";
      case FIXED -> "faste " + year + "-priser";
      case NOT_MONEY -> "";
    };
  }
  /** Prints as it reads: "current prices", "fixed 2024 prices", or "not money". */
  @Override
  public String toString() {
    return kind == Kind.NOT_MONEY ? "not money" : english();
  }

}
