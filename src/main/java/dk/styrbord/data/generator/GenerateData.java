package dk.styrbord.data.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every bundled dataset CSV and {@code SHA256SUMS} into a data folder, from the official inputs
 * in {@code data/sources/} and fixed seeds, byte for byte the same on every run and JDK. The catalog
 * ({@code catalog.json}) and the provenance notes are written by hand, not here.
 *
 * <p>Order: the official register and population first, then the synthetic need, volumes and spending
 * that are calibrated on them, then the two single-municipality training sets (cases, budget).
 *
 * <p>Example: {@code mvn -q -o compile && java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
public final class GenerateData {
  /** The official inputs, relative to the project root (the working directory). */
  static final Path SOURCES = Path.of("data", "sources");

  private GenerateData() {}

  /** Generates into {@code args[0]} (default {@code data}), always reading {@link #SOURCES}; a bad source stops it with one line. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "data");
    List<CsvTable> tables;
    try {
      tables = tables(SOURCES);
    } catch (SourceException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    write(out, tables);
    System.out.println("Wrote " + tables.size() + " datasets and " + Checksums.FILE + " to " + out);
  }

  /** All datasets, in catalog order, from the sources folder. */
  static List<CsvTable> tables(Path sources) {
    MunicipalitiesDataset register = new MunicipalitiesDataset(sources);
    PopulationDataset population = new PopulationDataset(sources, register);
    PriceIndexDataset prices = new PriceIndexDataset();
    Regk31Extract regk31 = new Regk31Extract(sources, register);
    SocioeconomicDataset need = new SocioeconomicDataset(register, population, regk31);
    RecipientsDataset recipients = new RecipientsDataset(register, population, need, regk31, prices);
    SpendingDataset spending = new SpendingDataset(register, population, need, recipients, regk31, prices);
    return List.of(
        register.table(),
        RegionsDataset.table(register),
        BoundariesDataset.table(sources, register),
        MunicipalityNamesDataset.table(register),
        population.table(),
        spending.table(),
        prices.table(),
        recipients.table(),
        need.table(),
        CasesDataset.table(),
        BudgetDataset.table(spending));
  }

  private static void write(Path out, List<CsvTable> tables) throws IOException {
    Files.createDirectories(out);
    for (CsvTable t : tables) {
      Files.writeString(out.resolve(t.file()), t.text(), StandardCharsets.UTF_8);
    }
    // the catalog is written by hand in the bundled data folder; its checksum goes with the tables'
    byte[] catalog = Files.readAllBytes(SOURCES.getParent().resolve("catalog.json"));
    Files.writeString(out.resolve(Checksums.FILE), Checksums.of(tables, catalog), StandardCharsets.UTF_8);
  }
}
