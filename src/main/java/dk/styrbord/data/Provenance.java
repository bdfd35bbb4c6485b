package dk.styrbord.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a result's figures come from: the datasets it was computed from, whether they are official
 * or synthetic, the sources they cite, and, for a municipality's local data (cases, budget), whose
 * data they are.
 *
 * <p>Example: {@code Provenance.of(catalog, "spending", "population")} is MIXED, citing REGK31 and
 * FOLK1A.
 *
 * @param datasets the bundled datasets used, e.g. [spending, population], or the user's table names
 * @param status official, mixed, synthetic or the user's own
 * @param sources the sources the datasets cite, one per dataset
 * @param owner the municipality whose local data these are, or null when the data cover all 98 (or
 *     the owner is not known)
 */
public record Provenance(List<String> datasets, DataStatus status, List<String> sources, Municipality owner) {

  /** Copies the lists, so a provenance never changes. */
  public Provenance {
    datasets = List.copyOf(datasets);
    sources = List.copyOf(sources);
  }

  /** The provenance of figures computed from these bundled datasets, as their catalog entries say. */
  public static Provenance of(Catalog catalog, String... datasets) {
    List<DataStatus> statuses = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (String name : datasets) {
      DatasetEntry e = catalog.entry(name);
      names.add(e.name());
      statuses.add(DataStatus.of(e.status()));
      sources.add(e.source());
    }
    return new Provenance(names, DataStatus.combine(statuses), new ArrayList<>(sources), null);
  }

  /**
   * The same, naming the municipality whose local data these are when the catalog gives the
   * datasets an owner. Example: {@code Provenance.of(catalog, municipalities, "cases")} is Sønderborg's.
   */
  public static Provenance of(Catalog catalog, Municipalities municipalities, String... datasets) {
    Provenance p = of(catalog, datasets);
    for (String name : datasets) {
      int owner = catalog.entry(name).owner();
      if (owner != 0) {
        return p.ownedBy(municipalities.resolve(owner));
      }
    }
    return p;
  }

  /** The provenance of a table the user brought, named by the table's name. */
  public static Provenance yours(String tableName) {
    return new Provenance(List.of(tableName), DataStatus.YOURS, List.of("your table \"" + tableName + "\""), null);
  }

  /** The same provenance, naming whose local data these are. */
  public Provenance ownedBy(Municipality municipality) {
    return new Provenance(datasets, status, sources, municipality);
  }

  /**
   * The provenance of figures computed from these data and {@code other}'s: both datasets and
   * sources, and a status that still warns of synthetic data when either includes some (else "your
   * own data" when either is yours). Example: {@code bundled.including(ledger)} for spending with a
   * municipality's own ledger in it.
   */
  public Provenance including(Provenance other) {
    Set<String> names = new LinkedHashSet<>(datasets);
    names.addAll(other.datasets());
    Set<String> cited = new LinkedHashSet<>(sources);
    cited.addAll(other.sources());
    DataStatus both = status.includesSynthetic() || other.status().includesSynthetic()
        ? DataStatus.MIXED : DataStatus.combine(List.of(status, other.status()));
    return new Provenance(new ArrayList<>(names), both, new ArrayList<>(cited), owner);
  }

  /** One line: "spending, population (includes synthetic data)", and whose data they are. */
  public String english() {
    return String.join(", ", datasets) + " (" + status.english() + ")"
        + (owner == null ? "" : "; " + owner.name() + "'s own data");
  }

  /** The Danish line: "spending, population (indeholder syntetiske data)". */
  public String danish() {
    return String.join(", ", datasets) + " (" + status.danish() + ")"
        + (owner == null ? "" : "; " + owner.name() + "s egne data");
  }
  /** Prints as a result's footer says it: "spending, population (includes synthetic data); source: …". */
  @Override
  public String toString() {
    return english() + "; source: " + String.join("; ", sources);
  }

}
