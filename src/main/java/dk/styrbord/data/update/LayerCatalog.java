package dk.styrbord.data.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.TableInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The catalog of an updated data layer: the bundled {@code catalog.json} with the entries built
 * from StatBank marked official, naming the table, the fetch date and the table's {@code updated}
 * stamp, and pointing at the request in {@code queries.json}.
 *
 * <p>Example: {@code LayerCatalog.of(Path.of("data/catalog.json")).official("spending", info, LocalDate.now(), "2016-2024", 0).json()}.
 */
final class LayerCatalog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LICENCE = "Kilde: Danmarks Statistik (free reuse with source reference)";

  private final ObjectNode root;

  private LayerCatalog(ObjectNode root) {
    this.root = root;
  }

  static LayerCatalog of(Path bundledCatalog) {
    try {
      return new LayerCatalog((ObjectNode) JSON.readTree(bundledCatalog.toFile()));
    } catch (IOException | ClassCastException e) {
      throw new WorkbenchException(bundledCatalog + " cannot be read (" + e.getMessage() + "). Restore it with: git checkout -- data", e);
    }
  }

  /** Marks one dataset as built from this table, fetched on this date, covering these years. */
  LayerCatalog official(String dataset, TableInfo table, LocalDate fetched, String years, int missing) {
    ObjectNode entry = entry(dataset);
    entry.put("status", "OFFICIAL").put("years", years).put("licence", LICENCE)
        .put("source", "official, Statistics Denmark " + table.id() + ", fetched " + fetched + ", updated " + table.updated())
        .put("fetched", fetched.toString()).put("updated", table.updated()).put("query", "queries.json: " + table.id());
    entry.put("description", description(dataset, table, missing));
    for (JsonNode column : entry.path("columns")) {
      ((ObjectNode) column).put("status", "OFFICIAL");
      if (column.path("name").asText().equals("net_dkk")) {
        // a large municipality's function can exceed the 2.1 billion kroner an INTEGER holds
        ((ObjectNode) column).put("type", "LONG");
      }
    }
    return this;
  }

  /**
   * Marks the recipients dataset as mixed: the adults' measures from this HAND table, placed
   * children from this ANBAAR table, the preventive measures the bundled synthetic rows.
   */
  LayerCatalog recipients(TableInfo table, LocalDate fetched, String years, int missing, TableInfo placements,
      LocalDate placementsFetched, int placementsMissing) {
    ObjectNode entry = entry("recipients");
    entry.put("status", "MIXED").put("years", years).put("licence", LICENCE + "; preventive measures: " + entry.path("licence").asText())
        .put("source", "official, Statistics Denmark " + table.id() + ", fetched " + fetched + ", updated " + table.updated()
            + " (adults); official, Statistics Denmark " + placements.id() + ", fetched " + placementsFetched + ", updated "
            + placements.updated() + " (anbringelse); forebyggende synthetic, as bundled")
        .put("fetched", fetched.toString()).put("updated", table.updated()).put("query", "queries.json: " + table.id());
    entry.putArray("also_from").addObject().put("query", "queries.json: " + placements.id())
        .put("fetched", placementsFetched.toString()).put("updated", placements.updated());
    entry.put("description", "Recipients per municipality, year and measure. Adults (" + RecipientsFromHand07.codes()
        + ", YDELSESTYPE in " + table.id() + "): whole persons unique in the quarter, the mean of the year's four quarters rounded;"
        + " § 85 counts support in the person's own home only (31202, not 31201 in botilbudslignende tilbud)."
        + (missing > 0 ? " " + missing + " municipality-measure-years with a quarter given as '..' are left out." : "")
        + " Placed children (anbringelse, " + placements.id() + "): children aged 0-17 placed outside their home on 31 December"
        + " of the year, by administration municipality (the one that pays); 18-22-year-olds in efterværn are not counted, as the"
        + " children's area is per 0-17-year-old."
        + (placementsMissing > 0 ? " " + placementsMissing + " municipality-years given as '..' are left out." : "")
        + " Preventive measures (forebyggende): the bundled synthetic rows, unchanged: no StatBank table was found whose"
        + " measure codes for preventive measures can be selected safely from tableinfo.");
    for (JsonNode column : entry.path("columns")) {
      if (column.path("name").asText().equals("recipients")) {
        ((ObjectNode) column).put("status", "MIXED")
            .put("description", "Persons receiving the measure: official for adults (HAND07, yearly average) and placed children"
                + " (ANBAAR9, 31 December), synthetic for preventive measures.");
      }
    }
    return this;
  }

  /**
   * Marks price_index as from NGLK: OFFICIAL when every year is NGLK's, MIXED when the bundled
   * projection carries it past NGLK's last year (those rows say so in {@code source}).
   */
  LayerCatalog priceIndex(TableInfo table, LocalDate fetched, PriceIndexFromNglk.Choice choice, PriceIndexFromNglk.Built built) {
    ObjectNode entry = entry("price_index");
    boolean projected = !built.projected().isEmpty();
    String status = projected ? "MIXED" : "OFFICIAL";
    String official = built.official().get(0) + "-" + built.official().get(built.official().size() - 1);
    entry.put("status", status).put("years", built.official().get(0) + "-"
            + (projected ? built.projected().get(built.projected().size() - 1) : built.official().get(built.official().size() - 1)))
        .put("licence", LICENCE + (projected ? "; projected years: " + entry.path("licence").asText() : ""))
        .put("title_da", "Pris- og lønindeks for kommunale udgifter (NGLK, løbende ÷ faste priser)")
        .put("title_en", "Price and wage index for municipal spending (NGLK, current ÷ fixed prices)")
        .put("source", "official, Statistics Denmark " + table.id() + ", fetched " + fetched + ", updated " + table.updated()
            + (projected ? " (" + official + "); " + built.projected() + " projected with the bundled synthetic growth" : ""))
        .put("fetched", fetched.toString()).put("updated", table.updated()).put("query", "queries.json: " + table.id());
    entry.put("description", "The deflator implied by " + table.id() + ": for Hele landet (" + choice.area().id() + " "
        + choice.national().id() + "), the key figure \"" + choice.keyFigure().text() + "\" (" + choice.keyFigures().id() + " "
        + choice.keyFigure().id() + "), " + choice.net().text() + ", " + choice.current().text() + " ÷ " + choice.fixed().text()
        + " per year, rebased to " + PriceIndexFromNglk.BASE_YEAR + " = 100. DST makes NGLK's fixed prices with the ministry's"
        + " pris- og lønregulering, so this is the official deflator for municipal accounts, reachable through the API (the"
        + " ministry's own PL-index is not on StatBank). NGLK gives whole kroner per inhabitant, so the index has about 4-5"
        + " significant digits (about ±0.005 at 100); it is written with two decimals."
        + (projected ? " Years after " + table.id() + "'s last (" + built.projected() + ") are the bundled synthetic projection"
            + " chained onto the last official year, marked \"projection, not official\" in source." : ""));
    for (JsonNode column : entry.path("columns")) {
      ObjectNode c = (ObjectNode) column;
      switch (c.path("name").asText()) {
        case "index" -> c.put("status", status).put("description", "Index, " + PriceIndexFromNglk.BASE_YEAR + " = 100, two decimals"
            + (projected ? "; official for " + official + ", projected after" : "") + ".");
        case "source" -> c.put("status", status).put("description", "Where the row's index comes from: NGLK, or the projection.");
        default -> c.put("status", "OFFICIAL");
      }
    }
    return this;
  }

  /**
   * Marks socioeconomic as mixed: {@code basic_schooling_share} from this HFUDD table where it has
   * the municipality-year, the other figures synthetic as bundled, and a {@code source} column per row.
   */
  LayerCatalog socioeconomic(TableInfo table, LocalDate fetched, BasicSchoolingFromHfudd11.Choice choice,
      SocioeconomicFromStatbank.Built built, int missing) {
    ObjectNode entry = entry("socioeconomic");
    String years = built.officialYears().isEmpty() ? "none"
        : built.officialYears().stream().min(Integer::compare).orElseThrow() + "-" + built.officialYears().stream().max(Integer::compare).orElseThrow();
    entry.put("status", "MIXED").put("licence", LICENCE + " (basic_schooling_share); the rest: " + entry.path("licence").asText())
        .put("source", "official, Statistics Denmark " + table.id() + ", fetched " + fetched + ", updated " + table.updated()
            + " (basic_schooling_share " + years + "); socioeconomic_index, disability_pension_share and"
            + " taxable_income_per_inhabitant synthetic, as bundled")
        .put("fetched", fetched.toString()).put("updated", table.updated()).put("query", "queries.json: " + table.id());
    entry.put("description", "The bundled synthetic need index and background figures, with basic_schooling_share replaced by"
        + " Statistics Denmark's figure for " + built.officialRows() + " of " + (built.officialRows() + built.syntheticRows())
        + " municipality-years (" + years + "): 100 × persons aged " + BasicSchoolingFromHfudd11.FROM_AGE + "-"
        + BasicSchoolingFromHfudd11.TO_AGE + " with \"" + choice.basic().text() + "\" as highest education ÷ all of those ages (\""
        + choice.all().text() + "\", uoplyst included), " + table.id() + " " + choice.education().id() + " " + choice.basic().id()
        + " over " + choice.all().id() + ", age bands " + choice.bands().stream().map(TableInfo.Value::id).toList() + ", one decimal."
        + (missing > 0 ? " " + missing + " municipality-years with a '..' keep the synthetic figure." : "")
        + " The source column says per row which figures are official. socioeconomic_index (the ministry's socioøkonomisk"
        + " indeks) is not on StatBank; disability_pension_share and taxable_income_per_inhabitant stay synthetic because no"
        + " StatBank table was found whose age bands (18-64) or income concept (taxable income per inhabitant) can be selected"
        + " safely from tableinfo.");
    for (JsonNode column : entry.path("columns")) {
      if (column.path("name").asText().equals("basic_schooling_share")) {
        ((ObjectNode) column).put("status", built.syntheticRows() == 0 ? "OFFICIAL" : "MIXED")
            .put("description", "% of 25-64-year-olds with only basic schooling (grundskole), 1 decimal: " + table.id()
                + " where source says so, else synthetic.");
      }
    }
    ((com.fasterxml.jackson.databind.node.ArrayNode) entry.withArray("columns")).addObject().put("name", "source").put("type", "STRING")
        .put("status", "OFFICIAL").put("description", "Which figures of the row are official (and from which table); the rest are synthetic.");
    return this;
  }

  String json() {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("A JSON tree always writes", e);
    }
  }

  private ObjectNode entry(String dataset) {
    for (JsonNode e : root.path("datasets")) {
      if (e.path("name").asText().equals(dataset)) {
        return (ObjectNode) e;
      }
    }
    throw new WorkbenchException("data/catalog.json has no dataset " + dataset + ". Restore it with: git checkout -- data");
  }

  private static String description(String dataset, TableInfo table, int missing) {
    if (dataset.equals("spending")) {
      return "Net operating spending (DRANST 1 Driftskonti, ART TOT I alt (netto), current prices) per municipality, year and"
          + " function of 5.28 (children) and 5.38 (adults), from " + table.id() + " PRISENHED LOBM (1.000 kr.) × 1000;"
          + " per_inhabitant divides by the FOLK1A population on 1 January."
          + (missing > 0 ? " " + missing + " values the table gives as '..' (not available) are left out." : "");
    }
    return "Population on 1 January (FOLK1A, quarter K1, sex and marital status in total) per municipality, single ages summed"
        + " to 0-17, 18-64 and 65+; total is the sum of all ages.";
  }
}
