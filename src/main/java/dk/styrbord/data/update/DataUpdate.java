package dk.styrbord.data.update;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.DataLayers;
import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.DatasetLoader;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.WorkbenchHome;
import dk.styrbord.data.imports.StatBankClient;
import dk.styrbord.data.imports.StatbankReader;
import dk.styrbord.data.imports.TableInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * {@code ./workbench update}: fetches REGK31, FOLK1A, HAND07, ANBAAR9, NGLK and HFUDD11 through the StatBank API, builds the
 * spending, population, recipients (all but the preventive measures), price-index and (partly) socioeconomic datasets from them, and writes a new dated
 * data layer (the datasets, the other bundled datasets copied unchanged, a catalog whose updated entries
 * say "official, Statistics Denmark TABLE, fetched DATE, updated STAMP", the exact requests in
 * {@code queries.json}, the raw answers and {@code SHA256SUMS}) under the data home. Only when
 * every table succeeded does the home's {@code current} pointer switch to it; a failure deletes
 * the half-written layer and keeps the previous one. Nothing in {@code data/} is written.
 *
 * <p>A second update asks each table's tableinfo first and downloads its data only when the
 * {@code updated} stamp or the request differs from the current layer's; an unchanged table's raw
 * answer is copied (checksum verified) into the new layer and the progress line says "unchanged
 * since STAMP". When nothing changed, one line says so and the current layer stays (no new layer).
 *
 * <p>Example: {@code DataUpdate.standard().run(System.out)}.
 */
public final class DataUpdate {
  /** The first year fetched: the first year the other bundled datasets (recipients, prices, budgets) cover. */
  static final int FIRST_YEAR = 2016;

  /** The datasets an update builds; the others are copied from the bundled folder. */
  private static final Set<String> UPDATED = Set.of("spending", "population", "recipients", "price_index", "socioeconomic");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm");

  private final URI statbank;
  private final Path bundled;
  private final Path home;
  private final Clock clock;

  private DataUpdate(URI statbank, Path bundled, Path home, Clock clock) {
    this.statbank = statbank;
    this.bundled = bundled;
    this.home = home;
    this.clock = clock;
  }

  /** An update from this API base URL (e.g. {@code http://127.0.0.1:8080/v1}), copying from {@code bundled}, writing under {@code home}. */
  public static DataUpdate of(URI statbank, Path bundled, Path home, Clock clock) {
    return new DataUpdate(statbank, bundled, home, clock);
  }

  /** The real API ({@code -Dstyrbord.statbank.url} overrides it), the project's {@code data/}, {@link DataLayers#home()}. */
  public static DataUpdate standard() {
    return of(URI.create(System.getProperty("styrbord.statbank.url", StatBankClient.DEFAULT_URL)), WorkbenchHome.dataDirectory(),
        DataLayers.home(), Clock.systemDefaultZone());
  }

  /**
   * Runs the update, printing one line per table on {@code progress}, and returns the new layer,
   * now current. A failure is one {@link WorkbenchException} line naming the table and the reason;
   * the previous layer (or {@code data/}) stays in use.
   */
  public Path run(PrintStream progress) {
    Optional<PreviousLayer> previous = DataLayers.current(home).map(PreviousLayer::of);
    Path layer = newLayer();
    try {
      if (!write(layer, previous, progress)) {
        delete(layer);
        return previous.orElseThrow().directory();
      }
      DataLayers.switchTo(home, layer);
      return layer;
    } catch (WorkbenchException e) {
      delete(layer);
      throw new WorkbenchException("Update stopped, the previous data are kept: " + oneLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      delete(layer);
      throw new WorkbenchException("Update stopped, the previous data are kept: " + oneLine(String.valueOf(e)), e);
    }
  }

  /** Writes the layer; false when nothing changed since {@code previous}, which then stays current. */
  private boolean write(Path layer, Optional<PreviousLayer> previous, PrintStream progress) {
    Catalog catalog = Catalog.open(bundled);
    Municipalities municipalities = Municipalities.of(Datasets.of(catalog));
    Set<Integer> codes = municipalities.all().stream().map(Municipality::code).collect(Collectors.toCollection(TreeSet::new));
    StatBankClient client = StatBankClient.of(statbank, layer.resolve("raw"));
    StatbankReader reader = StatbankReader.of(municipalities);
    LocalDate fetched = LocalDate.now(clock);

    TableInfo regk31 = info(client, SpendingFromRegk31.TABLE);
    TableInfo folk1a = info(client, PopulationFromFolk1a.TABLE);
    TableInfo hand07 = info(client, RecipientsFromHand07.TABLE);
    TableInfo nglk = info(client, PriceIndexFromNglk.TABLE);
    TableInfo hfudd11 = info(client, BasicSchoolingFromHfudd11.TABLE);
    TableInfo anbaar9 = info(client, PlacementsFromAnbaar9.TABLE);
    TreeSet<Integer> years = new TreeSet<>(SpendingFromRegk31.years(regk31));
    years.retainAll(PopulationFromFolk1a.years(folk1a));
    years.removeIf(y -> y < FIRST_YEAR);
    if (years.isEmpty()) {
      throw new WorkbenchException("REGK31 and FOLK1A have no year from " + FIRST_YEAR + " in common; StatBank changed the tables.");
    }
    TableRequest spendingRequest = SpendingFromRegk31.request(regk31, codes, years);
    TableRequest populationRequest = PopulationFromFolk1a.request(folk1a, codes, years);
    TableRequest recipientsRequest = RecipientsFromHand07.request(hand07, codes, FIRST_YEAR);
    TableRequest pricesRequest = PriceIndexFromNglk.request(nglk, FIRST_YEAR);
    TableRequest schoolingRequest = BasicSchoolingFromHfudd11.request(hfudd11, codes, FIRST_YEAR);
    TableRequest placementsRequest = PlacementsFromAnbaar9.request(anbaar9, codes, FIRST_YEAR);
    Optional<PreviousLayer.Answer> oldSpending = previous.flatMap(p -> p.answer(SpendingFromRegk31.TABLE, regk31.updated(), spendingRequest.body()));
    Optional<PreviousLayer.Answer> oldPopulation =
        previous.flatMap(p -> p.answer(PopulationFromFolk1a.TABLE, folk1a.updated(), populationRequest.body()));
    Optional<PreviousLayer.Answer> oldRecipients =
        previous.flatMap(p -> p.answer(RecipientsFromHand07.TABLE, hand07.updated(), recipientsRequest.body()));
    Optional<PreviousLayer.Answer> oldPrices = previous.flatMap(p -> p.answer(PriceIndexFromNglk.TABLE, nglk.updated(), pricesRequest.body()));
    Optional<PreviousLayer.Answer> oldSchooling =
        previous.flatMap(p -> p.answer(BasicSchoolingFromHfudd11.TABLE, hfudd11.updated(), schoolingRequest.body()));
    Optional<PreviousLayer.Answer> oldPlacements =
        previous.flatMap(p -> p.answer(PlacementsFromAnbaar9.TABLE, anbaar9.updated(), placementsRequest.body()));
    if (oldSpending.isPresent() && oldPopulation.isPresent() && oldRecipients.isPresent() && oldPrices.isPresent()
        && oldSchooling.isPresent() && oldPlacements.isPresent() && othersUnchanged(catalog, previous.get())) {
      progress.println("Nothing changed since the current data layer " + previous.get().directory() + " (REGK31 updated "
          + regk31.updated() + ", FOLK1A updated " + folk1a.updated() + ", HAND07 updated " + hand07.updated() + ", NGLK updated " + nglk.updated()
          + ", HFUDD11 updated " + hfudd11.updated() + ", ANBAAR9 updated " + anbaar9.updated() + "); it stays current.");
      return false;
    }

    Table spendingAnswer = answer(spendingRequest, oldSpending, client, reader, layer);
    progress.printf("REGK31 (updated %s): %,d rows, %d municipalities × %d functions × %d years%s%n", regk31.updated(),
        spendingAnswer.rowCount(), codes.size(), spendingRequest.selection().get("FUNKTION").size(), years.size(), reused(oldSpending));
    Table populationAnswer = answer(populationRequest, oldPopulation, client, reader, layer);
    List<PopulationFromFolk1a.Row1January> population = PopulationFromFolk1a.build(populationAnswer);
    progress.printf("FOLK1A (updated %s): %,d rows, %d municipalities × %d ages × %d years%s%n", folk1a.updated(),
        populationAnswer.rowCount(), codes.size(), populationRequest.selection().get("ALDER").size(), years.size(), reused(oldPopulation));
    SpendingFromRegk31.Built spending = SpendingFromRegk31.build(spendingAnswer, regk31, population);
    SpendingFromRegk31.lostFunctions(readText(bundled.resolve("spending.csv")), spending.csv())
        .ifPresent(lost -> progress.println("Warning: " + lost));
    Table recipientsAnswer = answer(recipientsRequest, oldRecipients, client, reader, layer);
    RecipientsFromHand07.Built recipients = RecipientsFromHand07.build(recipientsAnswer, readText(bundled.resolve("recipients.csv")));
    if (recipients.years().isEmpty()) {
      throw new WorkbenchException("HAND07: no year from " + FIRST_YEAR + " has all four quarters for any municipality; StatBank changed the table.");
    }
    progress.printf("HAND07 (updated %s): %,d rows, %d municipalities × %d measures × %d quarters%s%n", hand07.updated(),
        recipientsAnswer.rowCount(), codes.size(), RecipientsFromHand07.MEASURES.size(), recipientsRequest.selection().get("Tid").size(),
        reused(oldRecipients));
    Table pricesAnswer = answer(pricesRequest, oldPrices, client, reader, layer);
    PriceIndexFromNglk.Built prices = PriceIndexFromNglk.build(pricesAnswer, nglk, readText(bundled.resolve("price_index.csv")));
    progress.printf("NGLK (updated %s): %,d rows, price index %d-%d from current ÷ fixed prices%s%s%n", nglk.updated(),
        pricesAnswer.rowCount(), first(Set.copyOf(prices.official())), last(Set.copyOf(prices.official())),
        prices.projected().isEmpty() ? "" : ", " + prices.projected() + " projected (not official)", reused(oldPrices));
    Table schoolingAnswer = answer(schoolingRequest, oldSchooling, client, reader, layer);
    BasicSchoolingFromHfudd11.Built schooling = BasicSchoolingFromHfudd11.build(schoolingAnswer, hfudd11);
    SocioeconomicFromStatbank.Built socioeconomic = SocioeconomicFromStatbank.build(readText(bundled.resolve("socioeconomic.csv")),
        schooling.shares(), BasicSchoolingFromHfudd11.TABLE);
    progress.printf("HFUDD11 (updated %s): %,d rows, basic schooling share for %d of %d municipality-years%s%n", hfudd11.updated(),
        schoolingAnswer.rowCount(), socioeconomic.officialRows(), socioeconomic.officialRows() + socioeconomic.syntheticRows(),
        reused(oldSchooling));
    Table placementsAnswer = answer(placementsRequest, oldPlacements, client, reader, layer);
    PlacementsFromAnbaar9.Built placements = PlacementsFromAnbaar9.build(placementsAnswer, recipients.csv());
    progress.printf("ANBAAR9 (updated %s): %,d rows, placed children 0-17 on 31 December, %d municipalities × %d years%s%n",
        anbaar9.updated(), placementsAnswer.rowCount(), codes.size(), placements.years().size(), reused(oldPlacements));

    String yearsText = years.first() + "-" + years.last();
    writeText(layer.resolve("spending.csv"), spending.csv());
    writeText(layer.resolve("recipients.csv"), placements.csv());
    writeText(layer.resolve("price_index.csv"), prices.csv());
    writeText(layer.resolve("socioeconomic.csv"), socioeconomic.csv());
    writePopulation(layer, PopulationFromFolk1a.csv(population), oldPopulation.isPresent() ? previous : Optional.empty());
    copyOthers(catalog, layer);
    writeText(layer.resolve("queries.json"), queries(List.of(spendingRequest, populationRequest, recipientsRequest, pricesRequest, schoolingRequest,
        placementsRequest), List.of(oldSpending, oldPopulation, oldRecipients, oldPrices, oldSchooling, oldPlacements), fetched, previous));
    writeText(layer.resolve("catalog.json"), LayerCatalog.of(bundled.resolve("catalog.json"))
        .official("spending", regk31, fetchedOn(oldSpending, fetched), yearsText, spending.missing())
        .official("population", folk1a, fetchedOn(oldPopulation, fetched), yearsText, 0)
        .recipients(hand07, fetchedOn(oldRecipients, fetched), first(recipients.years()) + "-" + last(recipients.years()),
            recipients.missing(), anbaar9, fetchedOn(oldPlacements, fetched), placements.missing())
        .priceIndex(nglk, fetchedOn(oldPrices, fetched), PriceIndexFromNglk.choose(nglk), prices)
        .socioeconomic(hfudd11, fetchedOn(oldSchooling, fetched), BasicSchoolingFromHfudd11.choose(hfudd11), socioeconomic,
            schooling.missing()).json());
    writeChecksums(layer);
    Catalog written = Catalog.open(layer);
    DatasetLoader.load(written, "spending");
    DatasetLoader.load(written, "population");
    DatasetLoader.load(written, "recipients");
    DatasetLoader.load(written, "price_index");
    DatasetLoader.load(written, "socioeconomic");
    progress.println("Data layer " + layer + " is now current (" + spending.rows() + " spending rows"
        + (spending.missing() > 0 ? ", " + spending.missing() + " '..' values left out" : "") + ").");
    return true;
  }

  /** The previous layer's answer copied into {@code layer/raw} (same bytes, checksum checked again), or a download. */
  private static Table answer(TableRequest request, Optional<PreviousLayer.Answer> old, StatBankClient client, StatbankReader reader,
      Path layer) {
    if (old.isEmpty()) {
      return fetch(request, client, reader, request.table());
    }
    Path source = old.get().file();
    Path copy = layer.resolve("raw").resolve(source.getFileName());
    try {
      Files.createDirectories(copy.getParent());
      Files.copy(source, copy);
    } catch (IOException e) {
      throw new WorkbenchException(request.table() + ": cannot copy " + source + " into " + layer + " (" + e.getMessage()
          + "). Free some disk space.", e);
    }
    if (!sha256(copy).equals(sha256(source))) {
      throw new WorkbenchException(request.table() + ": the copy of " + source + " differs from it. Run the update again.");
    }
    return request.check(copy, reader);
  }

  private static String reused(Optional<PreviousLayer.Answer> old) {
    return old.map(a -> ", unchanged since " + a.updated() + " (copied from the current layer)").orElse("");
  }

  private static LocalDate fetchedOn(Optional<PreviousLayer.Answer> old, LocalDate today) {
    return old.map(a -> {
      try {
        return LocalDate.parse(a.fetched());
      } catch (RuntimeException e) {
        return today;
      }
    }).orElse(today);
  }

  /** population.csv: the previous layer's bytes when its checksum still holds and the rebuild gives the same text. */
  private static void writePopulation(Path layer, String built, Optional<PreviousLayer> previous) {
    Path target = layer.resolve("population.csv");
    if (previous.isPresent() && previous.get().verified("population.csv")) {
      Path source = previous.get().directory().resolve("population.csv");
      try {
        if (Files.readString(source, StandardCharsets.UTF_8).equals(built)) {
          Files.copy(source, target);
          return;
        }
      } catch (IOException e) {
        // rebuilt below
      }
    }
    writeText(target, built);
  }

  /** Whether every other bundled dataset is the one the previous layer copied (by checksum). */
  private static boolean othersUnchanged(Catalog catalog, PreviousLayer previous) {
    return catalog.entries().stream().filter(e -> !UPDATED.contains(e.name()))
        .allMatch(e -> previous.sum(e.file()).filter(e.sha256()::equalsIgnoreCase).isPresent() && previous.verified(e.file()));
  }

  private static TableInfo info(StatBankClient client, String table) {
    try {
      return client.tableInfo(table, "da", true);
    } catch (StatBankClient.Unreachable e) {
      throw unreachable(table, e);
    } catch (WorkbenchException e) {
      throw new WorkbenchException(table + ": " + e.getMessage(), e);
    }
  }

  private static Table fetch(TableRequest request, StatBankClient client, StatbankReader reader, String table) {
    try {
      return request.fetch(client, reader);
    } catch (StatBankClient.Unreachable e) {
      throw unreachable(table, e);
    } catch (WorkbenchException e) {
      throw e.getMessage().startsWith(table + ":") ? e : new WorkbenchException(table + ": " + e.getMessage(), e);
    }
  }

  /** The update keeps no cache of its own to fall back on: it says so plainly. */
  private static WorkbenchException unreachable(String table, StatBankClient.Unreachable e) {
    return new WorkbenchException(table + ": Cannot reach " + e.host() + " (" + e.reason() + "). Connect to the internet and run"
        + " the update again.", e);
  }

  private String queries(List<TableRequest> requests, List<Optional<PreviousLayer.Answer>> old, LocalDate fetched,
      Optional<PreviousLayer> previous) {
    ObjectNode root = JSON.createObjectNode().put("api", statbank.toString()).put("fetched", fetched.toString());
    ArrayNode list = root.putArray("requests");
    for (TableRequest r : requests) {
      list.addObject().put("url", url("tableinfo")).set("body", StatBankClient.tableInfoRequest(r.table(), "da"));
    }
    for (int i = 0; i < requests.size(); i++) {
      ObjectNode entry = list.addObject().put("url", url("data"));
      entry.set("body", requests.get(i).body());
      old.get(i).ifPresent(a -> entry.put("fetched", a.fetched()).put("reused", "unchanged since " + a.updated()
          + "; answer copied from " + previous.orElseThrow().directory().getFileName()));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("A JSON tree always writes", e);
    }
  }

  private String url(String function) {
    return statbank.toString().replaceAll("/+$", "") + "/" + function;
  }

  private void copyOthers(Catalog catalog, Path layer) {
    for (DatasetEntry e : catalog.entries()) {
      if (!UPDATED.contains(e.name())) {
        try {
          Files.copy(bundled.resolve(e.file()), layer.resolve(e.file()));
        } catch (IOException x) {
          throw new WorkbenchException("Cannot copy " + e.file() + " into " + layer + " (" + x.getMessage() + ").", x);
        }
      }
    }
  }

  /** SHA256SUMS over the layer's files and its raw answers ({@code raw/NAME}), so a later update can verify what it reuses. */
  private static void writeChecksums(Path layer) {
    try (Stream<Path> files = Files.walk(layer)) {
      String sums = files.filter(Files::isRegularFile).map(f -> layer.relativize(f).toString().replace('\\', '/'))
          .filter(name -> !name.contains("/") || name.startsWith("raw/") && name.indexOf('/', 4) < 0).sorted()
          .map(name -> sha256(layer.resolve(name)) + "  " + name + "\n").collect(Collectors.joining());
      writeText(layer.resolve("SHA256SUMS"), sums);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot list " + layer + " (" + e.getMessage() + ").", e);
    }
  }

  private static String sha256(Path file) {
    try {
      return DatasetLoader.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read " + file + " (" + e.getMessage() + ").", e);
    }
  }

  private Path newLayer() {
    String name = LocalDateTime.now(clock).format(FOLDER);
    try {
      Files.createDirectories(home);
      Path layer = home.resolve(name);
      for (int n = 2; Files.exists(layer); n++) {
        layer = home.resolve(name + "-" + n);
      }
      return Files.createDirectory(layer);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot create a data layer in " + home + " (" + e.getMessage()
          + "). Set another folder with -Dstyrbord.data.home=… or STYRBORD_DATA_HOME.", e);
    }
  }

  private static int first(Set<Integer> years) {
    return years.stream().min(Integer::compare).orElseThrow();
  }

  private static int last(Set<Integer> years) {
    return years.stream().max(Integer::compare).orElseThrow();
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read " + file + " (" + e.getMessage() + "). Restore it with: git checkout -- data", e);
    }
  }

  private static void writeText(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write " + file + " (" + e.getMessage() + "). Free some disk space.", e);
    }
  }

  private static void delete(Path layer) {
    try (Stream<Path> all = Files.walk(layer)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover partial folder is never read: the pointer does not name it
    }
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").strip();
  }
}
