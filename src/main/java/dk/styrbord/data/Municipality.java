package dk.styrbord.data;

/**
 * One of the 98 Danish municipalities (kommuner).
 *
 * <p>Example: {@code Municipalities.bundled().resolve("lejre")} gives {@code 350 Lejre (Region
 * Sjælland; Oplandskommuner)}.
 *
 * @param code the 3-digit municipality code (kommunekode), e.g. 350
 * @param name the official name as Statistics Denmark writes it, e.g. "Lejre"
 * @param regionCode the region code 81–85 (DST writes 081–085)
 * @param region the region's name, e.g. "Region Sjælland"
 * @param dstGroup Statistics Denmark's municipality group (kommunegruppe), e.g. "Oplandskommuner"
 * @param comparisonGroup the group benchmarks compare against by default (sammenligningsgruppe)
 */
public record Municipality(
    int code, String name, int regionCode, String region, String dstGroup, String comparisonGroup) {

  @Override
  public String toString() {
    return code + " " + name + " (" + region + "; " + dstGroup + ")";
  }
}
