package dk.styrbord.data.generator;

/**
 * The five Danish regions with their codes in DST tables (081–085, written 81–85), in DAGI (1081–1085)
 * and in ISO 3166-2 (DK-81…DK-85). Names as DST labels them in FOLK1A/FOLK1AM.
 *
 * <p>Example: {@code Region.ofIso("DK-85").label()} is {@code Region Sjælland}.
 */
enum Region {
  NORDJYLLAND(81, "Region Nordjylland"),
  MIDTJYLLAND(82, "Region Midtjylland"),
  SYDDANMARK(83, "Region Syddanmark"),
  HOVEDSTADEN(84, "Region Hovedstaden"),
  SJAELLAND(85, "Region Sjælland");

  private final int code;
  private final String label;

  Region(int code, String label) {
    this.code = code;
    this.label = label;
  }

  int code() {
    return code;
  }

  String label() {
    return label;
  }

  int dagiCode() {
    return 1000 + code;
  }

  String iso() {
    return "DK-" + code;
  }

  /** The region of an ISO 3166-2 code such as {@code DK-85}. */
  static Region ofIso(String iso) {
    for (Region r : values()) {
      if (r.iso().equals(iso)) {
        return r;
      }
    }
    throw new IllegalArgumentException("Unknown region " + iso);
  }
}
