package dk.styrbord.data;

/**
 * How far a figure can be trusted as a published number: copied from an official source, made for
 * training, a mix of the two, or the user's own data, which the workbench cannot vouch for.
 *
 * <p>Example: {@code DataStatus.combine(List.of(OFFICIAL, SYNTHETIC))} is {@code MIXED}.
 */
public enum DataStatus {
  /** Copied from a public source (Statistics Denmark, the ministry). */
  OFFICIAL("official data", "officielle data"),
  /** Partly official, partly synthetic: labelled wherever it is shown. */
  MIXED("includes synthetic data", "indeholder syntetiske data"),
  /** Made for training: never for decisions. */
  SYNTHETIC("synthetic data", "syntetiske data"),
  /** A table the user brought: its source is theirs to state. */
  YOURS("your own data", "dine egne data");

  private final String english;
  private final String danish;

  DataStatus(String english, String danish) {
    this.english = english;
    this.danish = danish;
  }

  /** The status a catalog writes ("OFFICIAL", "MIXED", "SYNTHETIC"); anything else is MIXED, to be safe. */
  public static DataStatus of(String catalogStatus) {
    return switch (catalogStatus.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "OFFICIAL" -> OFFICIAL;
      case "SYNTHETIC" -> SYNTHETIC;
      default -> MIXED;
    };
  }

  /** The status of a figure computed from several inputs: official only when every input is. */
  public static DataStatus combine(Iterable<DataStatus> inputs) {
    DataStatus result = null;
    for (DataStatus s : inputs) {
      result = result == null || result == s ? s : mixed(result, s);
    }
    return result == null ? OFFICIAL : result;
  }

  private static DataStatus mixed(DataStatus a, DataStatus b) {
    return a == YOURS || b == YOURS ? YOURS : MIXED;
  }

  /** True unless every input was official: the figure must then say so. */
  public boolean includesSynthetic() {
    return this == MIXED || this == SYNTHETIC;
  }

  /** "includes synthetic data", for a footer or a title. */
  public String english() {
    return english;
  }

  /** "indeholder syntetiske data". */
  public String danish() {
    return danish;
  }
}
