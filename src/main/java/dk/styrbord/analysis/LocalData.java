package dk.styrbord.analysis;

import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import java.util.List;

/**
 * What a result computed from one municipality's own data is: its title names whose data they are
 * and their status, and the municipality it is about is the data's owner, never the municipality a
 * notebook was run for. Casework and budget results are built this way.
 *
 * <p>Example: {@code LocalData.info("Citizens on each step of the intervention ladder", "cases",
 * years, Unit.citizens(), PriceBasis.NOT_MONEY, provenance).title()} is "Sønderborg: citizens on
 * each step of the intervention ladder (synthetic data)" for the bundled cases.
 */
public final class LocalData {
  private LocalData() {}

  /**
   * The info of a result labelled {@code label} (as its table is named), computed from data with
   * this provenance: "Owner: label (status)", or "label (your own data)" for a table whose owner is
   * not known.
   */
  public static ResultInfo info(String label, String scope, List<Integer> years, Unit unit, PriceBasis basis,
      Provenance provenance) {
    Municipality owner = provenance.owner();
    String title = owner == null ? label : owner.name() + ": " + lowerFirst(label);
    return ResultInfo.of(title + " (" + provenance.status().english() + ")", scope, years, unit, basis, provenance)
        .about(owner);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
