package dk.styrbord.data.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Spending;
import dk.styrbord.analysis.Trend;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.DataLayers;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.DatasetLoader;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.WorkbenchHome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The update end to end against a local server on 127.0.0.1 that answers as the StatBank API
 * does (shapes of the recorded real answers in shared/data-raw/thoran__statbank_denmark: tableinfo
 * JSON without BOM; data CSV with UTF-8 BOM, CRLF, ';', header of variable ids, TID, INDHOLD,
 * decimal comma, '..'), computing each data answer from the request's own selection. Never the internet.
 */
class DataUpdateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock DEC_3 = Clock.fixed(Instant.parse("2026-12-03T15:30:00Z"), ZoneOffset.UTC);
  private static final String REGK31_UPDATED = "2025-05-22T08:00:00";
  private static final String FOLK1A_UPDATED = "2025-08-11T08:00:00";
  private static final String HAND07_UPDATED = "2025-06-30T08:00:00";
  private static final String NGLK_UPDATED = "2025-05-08T08:00:00";
  private static final String HFUDD11_UPDATED = "2025-05-15T08:00:00";
  private static final String ANBAAR9_UPDATED = "2025-05-23T08:00:00";

  @TempDir Path home;
  private HttpServer server;
  private final Map<String, String> served = new ConcurrentHashMap<>();
  private final List<String> dataRequests = new ArrayList<>();
  private final List<String> infoRequests = new ArrayList<>();
  private final List<Municipality> municipalities =
      new ArrayList<>(Municipalities.of(Datasets.of(Catalog.bundled())).all());
  private volatile String failing = "";
  private volatile String truncating = "";
  private volatile String withoutPrisenhed = "";
  private volatile String regk31Updated = REGK31_UPDATED;
  private volatile String folk1aUpdated = FOLK1A_UPDATED;
  private volatile String nglkUpdated = NGLK_UPDATED;
  private volatile boolean withoutFixedPrices = false;
  private volatile boolean withoutChildrenAge = false;
  private volatile boolean without538 = false;
  private volatile String answerEdit = "";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void fullUpdateGivesTheLevelComputedByHandFromTheServedAnswers() throws IOException {
    List<String> bundledBefore = bundledFingerprint();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Path layer = update(DEC_3).run(new PrintStream(progress, true, StandardCharsets.UTF_8));

    assertEquals(home.resolve("2026-12-03T1530"), layer);
    assertEquals(layer, DataLayers.current(home).orElseThrow());
    String lines = progress.toString(StandardCharsets.UTF_8);
    assertTrue(lines.contains("REGK31 (updated " + REGK31_UPDATED + "): 882 rows, 98 municipalities × 3 functions × 3 years"), lines);
    assertTrue(lines.contains("FOLK1A (updated " + FOLK1A_UPDATED + "): 37,044 rows, 98 municipalities × 126 ages × 3 years"), lines);
    // the served FUNKTION has 5.28.22, 5.38.45 and 5.38.50 only: every other function of the bundled file is named as lost
    List<String> lost = Files.readAllLines(WorkbenchHome.dataDirectory().resolve("spending.csv")).stream().skip(1)
        .map(l -> l.split(",")[3]).distinct().filter(f -> !List.of("5.28.22", "5.38.45", "5.38.50").contains(f)).sorted().toList();
    assertTrue(lines.contains("Warning: REGK31 has no figures for " + String.join(", ", lost) + ", which the bundled spending has"), lines);

    // by hand from the CSV text served: Lejre's 5.38 net (1.000 kr.) × 1000 ÷ its single ages 18..64 on 1 January 2024
    double dkk = 1000 * sumServed("REGK31", r -> r[0].equals("350") && r[1].startsWith("538") && r[5].equals("2024"));
    double adults = sumServed("FOLK1A", r -> r[0].equals("350") && r[2].equals("2024K1") && age(r[1]) >= 18 && age(r[1]) <= 64);
    Catalog catalog = Catalog.open(layer);
    Datasets datasets = Datasets.of(catalog);
    ResultTable level = Spending.of(datasets, Municipalities.of(datasets)).level("5.38", 2024);
    Table lejre = level.where(level.intColumn("code").isEqualTo(350));
    assertEquals(dkk / adults, lejre.numberColumn("per_inhabitant").getDouble(0), 1e-9);

    assertEquals(DataStatus.OFFICIAL, level.info().provenance().status());
    assertEquals(List.of("official, Statistics Denmark REGK31, fetched 2026-12-03, updated " + REGK31_UPDATED,
        "official, Statistics Denmark FOLK1A, fetched 2026-12-03, updated " + FOLK1A_UPDATED), level.info().provenance().sources());
    assertEquals("2022-2024", catalog.entry("spending").years());
    JsonNode queries = JSON.readTree(layer.resolve("queries.json").toFile());
    assertEquals(infoRequests, recorded(queries, "/v1/tableinfo"));
    assertEquals(dataRequests, recorded(queries, "/v1/data"));
    assertTrue(Files.readString(layer.resolve("SHA256SUMS")).contains("  queries.json"));
    assertEquals(Files.readString(WorkbenchHome.dataDirectory().resolve("cases.csv")), Files.readString(layer.resolve("cases.csv")));
    assertEquals(bundledBefore, bundledFingerprint(), "nothing in data/ is written");
  }

  @Test
  void requestsAskOnlyForTheSelectionTheDatasetsNeed() throws IOException {
    update(DEC_3).run(quiet());
    JsonNode regk31 = JSON.readTree(dataRequests.get(0));
    assertEquals("CSV", regk31.get("format").asText());
    assertEquals("Code", regk31.get("valuePresentation").asText());
    assertEquals(98, values(regk31, "OMRÅDE").size());
    assertEquals(List.of("52822", "53845", "53850"), values(regk31, "FUNKTION"));
    assertEquals(List.of("1"), values(regk31, "DRANST"));
    assertEquals(List.of("TOT"), values(regk31, "ART"));
    assertEquals(List.of("LOBM"), values(regk31, "PRISENHED"));
    assertEquals(List.of("2022", "2023", "2024"), values(regk31, "Tid"));
    JsonNode folk1a = JSON.readTree(dataRequests.get(1));
    assertEquals(List.of("2022K1", "2023K1", "2024K1"), values(folk1a, "Tid"));
    assertFalse(values(folk1a, "ALDER").contains("IALT"));
    assertEquals(3, folk1a.get("variables").size(), "KØN and CIVILSTAND are left to the API to total");
  }

  @Test
  void serverFailingOnTheSecondTableKeepsThePreviousLayer() throws IOException {
    Path previous = update(DEC_3).run(quiet());
    regk31Updated = "2026-05-21T08:00:00";
    folk1aUpdated = "2026-11-11T08:00:00";
    failing = "FOLK1A";
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> update(Clock.offset(DEC_3, Duration.ofHours(1))).run(new PrintStream(progress, true, StandardCharsets.UTF_8)));

    assertOneLine(e, "FOLK1A");
    assertTrue(e.getMessage().contains("HTTP 500") && e.getMessage().contains("Der opstod en fejl"), e.getMessage());
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("REGK31 (updated"), "the first table's progress line was shown");
    assertEquals(previous, DataLayers.current(home).orElseThrow());
    assertFalse(Files.exists(home.resolve("2026-12-03T1630")), "the partial layer is deleted");
    assertEquals(List.of("2026-12-03T1530", "current"), homeListing());
  }

  @Test
  void truncatedAnswerIsOneLineAndNoLayer() throws IOException {
    truncating = "REGK31";
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> update(DEC_3).run(quiet()));
    assertOneLine(e, "REGK31");
    assertTrue(DataLayers.current(home).isEmpty());
    assertEquals(List.of(), homeListing());
  }

  @Test
  void tableinfoWithoutANeededVariableIsOneLineNamingIt() throws IOException {
    withoutPrisenhed = "REGK31";
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> update(DEC_3).run(quiet()));
    assertOneLine(e, "REGK31");
    assertTrue(e.getMessage().contains("no variable PRISENHED"), e.getMessage());
    assertTrue(dataRequests.isEmpty(), "nothing is downloaded when the tables changed");
    assertEquals(List.of(), homeListing());
  }

  @Test
  void secondUpdateDownloadsOnlyTheTableWhoseStampChanged() throws IOException {
    Path first = update(DEC_3).run(quiet());
    byte[] population = Files.readAllBytes(first.resolve("population.csv"));
    byte[] recipients = Files.readAllBytes(first.resolve("recipients.csv"));
    regk31Updated = "2026-05-21T08:00:00";
    dataRequests.clear();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Path second = update(Clock.offset(DEC_3, Duration.ofDays(2))).run(new PrintStream(progress, true, StandardCharsets.UTF_8));

    assertEquals(home.resolve("2026-12-05T1530"), second);
    assertEquals(second, DataLayers.current(home).orElseThrow());
    assertEquals(1, dataRequests.size(), dataRequests.toString());
    assertEquals("REGK31", JSON.readTree(dataRequests.get(0)).get("table").asText());
    assertTrue(Arrays.equals(population, Files.readAllBytes(second.resolve("population.csv"))), "population.csv is the same bytes");
    assertTrue(Arrays.equals(recipients, Files.readAllBytes(second.resolve("recipients.csv"))), "HAND07 did not change either");
    String lines = progress.toString(StandardCharsets.UTF_8);
    assertTrue(lines.contains("FOLK1A (updated " + FOLK1A_UPDATED + "): 37,044 rows") && lines.contains("unchanged since " + FOLK1A_UPDATED), lines);
    assertFalse(lines.lines().filter(l -> l.startsWith("REGK31")).anyMatch(l -> l.contains("unchanged")), lines);
    Catalog catalog = Catalog.open(second);
    assertEquals("official, Statistics Denmark FOLK1A, fetched 2026-12-03, updated " + FOLK1A_UPDATED, catalog.entry("population").source());
    assertEquals("official, Statistics Denmark REGK31, fetched 2026-12-05, updated 2026-05-21T08:00:00", catalog.entry("spending").source());
    // the copied raw answer is checksummed in the new layer exactly as in the old one
    String folkRaw = Files.readAllLines(first.resolve("SHA256SUMS")).stream().filter(l -> l.contains("  raw/FOLK1A-data-")).findFirst().orElseThrow();
    assertTrue(Files.readAllLines(second.resolve("SHA256SUMS")).contains(folkRaw), folkRaw);
    DatasetLoader.load(catalog, "population");
    assertEquals(List.of("2026-12-03T1530", "2026-12-05T1530", "current"), homeListing());
  }

  @Test
  void recipientsOfTheAdultMeasuresComeFromHand07InTheBundledLayout() throws IOException {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Path layer = update(DEC_3).run(new PrintStream(progress, true, StandardCharsets.UTF_8));
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("HAND07 (updated " + HAND07_UPDATED
        + "): 17,640 rows, 98 municipalities × 5 measures × 36 quarters"), progress.toString(StandardCharsets.UTF_8));

    JsonNode request = JSON.readTree(dataRequests.get(2));
    assertEquals("HAND07", request.get("table").asText());
    assertEquals(List.of("30181", "30182", "31202", "30014", "30011"), values(request, "YDELSESTYPE"));
    assertEquals("2016K1", values(request, "Tid").get(0));
    assertEquals("2024K4", values(request, "Tid").get(35));

    List<String> lines = Files.readAllLines(layer.resolve("recipients.csv"));
    List<String> bundled = Files.readAllLines(WorkbenchHome.dataDirectory().resolve("recipients.csv"));
    assertEquals(bundled.get(0), lines.get(0));
    // by hand from the served text: Lejre's § 108 in 2023 is the mean of its four quarters of 30181, rounded
    double lejre = sumServed("HAND07", r -> r[0].equals("350") && r[1].equals("30181") && r[2].startsWith("2023K")) / 4;
    assertTrue(lines.contains("350,Lejre,2023,§108,Længerevarende botilbud,adults,5.38.50," + Math.round(lejre)), "Lejre §108 2023");
    assertEquals(98 * 5 * 9 - 1, lines.stream().filter(l -> l.contains(",adults,")).count(), "Læsø's §103 2020 has a '..' quarter");
    assertFalse(lines.stream().anyMatch(l -> l.startsWith("825,Læsø,2020,§103,")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("825,Læsø,2021,§103,")));
    assertEquals(bundled.stream().filter(l -> l.contains(",forebyggende,")).toList(),
        lines.stream().filter(l -> l.contains(",forebyggende,")).toList(), "the preventive rows are the bundled ones, in the same order");
    java.util.function.Function<String, String> key = l -> l.split(",")[0] + "," + l.split(",")[2] + "," + l.split(",")[3];
    assertEquals(bundled.stream().map(key).filter(k -> !k.equals("825,2020,§103") && !k.equals("825,2018,anbringelse")).toList(),
        lines.stream().map(key).toList(), "the bundled rows, in the bundled order, less the two left out");

    Catalog catalog = Catalog.open(layer);
    assertEquals("MIXED", catalog.entry("recipients").status());
    assertEquals("2016-2024", catalog.entry("recipients").years());
    assertEquals("official, Statistics Denmark HAND07, fetched 2026-12-03, updated " + HAND07_UPDATED
        + " (adults); official, Statistics Denmark ANBAAR9, fetched 2026-12-03, updated " + ANBAAR9_UPDATED
        + " (anbringelse); forebyggende synthetic, as bundled", catalog.entry("recipients").source());
    assertEquals(lines.size() - 1, Datasets.of(catalog).table("recipients").rowCount());
  }

  @Test
  void placedChildrenComeFromAnbaar9AgedZeroToSeventeenOn31December() throws IOException {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Path layer = update(DEC_3).run(new PrintStream(progress, true, StandardCharsets.UTF_8));
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("ANBAAR9 (updated " + ANBAAR9_UPDATED
        + "): 882 rows, placed children 0-17 on 31 December, 98 municipalities × 9 years"), progress.toString(StandardCharsets.UTF_8));
    JsonNode request = JSON.readTree(dataRequests.get(5));
    assertEquals("ANBAAR9", request.get("table").asText());
    assertEquals(List.of("9917"), values(request, "ALERAMS"), "0-17 år, chosen by its label");
    assertEquals(98, values(request, "ADMKOM").size(), "the 98, not I alt or uoplyst");
    assertEquals("2016", values(request, "Tid").get(0));

    List<String> lines = Files.readAllLines(layer.resolve("recipients.csv"));
    // by hand from the served text: Morsø's placed 0-17-year-olds on 31 December 2021
    double morsoe = sumServed("ANBAAR9", r -> r[0].equals("773") && r[1].equals("9917") && r[2].equals("2021"));
    assertTrue(lines.contains("773,Morsø,2021,anbringelse,Anbragte børn og unge,children,5.28.20+5.28.22+5.28.23," + Math.round(morsoe)),
        "Morsø 2021");
    assertFalse(lines.stream().anyMatch(l -> l.startsWith("825,Læsø,2018,anbringelse,")), "a '..' is left out, not made up");
    assertEquals(98 * 9 - 1, lines.stream().filter(l -> l.contains(",anbringelse,")).count());
    String description = Catalog.open(layer).entry("recipients").description();
    assertTrue(description.contains("aged 0-17 placed outside their home on 31 December") && description.contains("1 municipality-years"),
        description);

    // the volume × price split reads the official placements: Morsø's placed children per 1,000 0-17-year-olds in 2023,
    // both counted by hand from the served ANBAAR9 and FOLK1A answers (the layer's population starts in 2022)
    double placed2023 = sumServed("ANBAAR9", r -> r[0].equals("773") && r[2].equals("2023"));
    double children = sumServed("FOLK1A", r -> r[0].equals("773") && r[2].equals("2023K1") && age(r[1]) <= 17);
    Datasets datasets = Datasets.of(Catalog.open(layer));
    ResultTable rates = Spending.of(datasets, Municipalities.of(datasets)).recipientRates("anbringelse");
    Table morsoeRate = rates.where(rates.intColumn("code").isEqualTo(773).and(rates.intColumn("year").isEqualTo(2023)));
    assertEquals(1000 * placed2023 / children, morsoeRate.numberColumn("per_1000").getDouble(0), 0.005, "per 1,000, two decimals");
  }

  @Test
  void anbaar9WithoutTheChildrensAgeStopsWithOneLineAndKeepsTheData() throws IOException {
    Path first = update(DEC_3).run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    withoutChildrenAge = true;
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> update(DEC_3).run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("Update stopped, the previous data are kept: ANBAAR9: ALERAMS has no values labelled \"0-17 år\""
        + " (it has 1822 18-22 år, 999 Uoplyst alder)"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    assertEquals(first, DataLayers.current(home).orElseThrow());
  }

  @Test
  void priceIndexIsNglksCurrentOverFixedPricesRebasedTo2024() throws IOException {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Path layer = update(DEC_3).run(new PrintStream(progress, true, StandardCharsets.UTF_8));
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("NGLK (updated " + NGLK_UPDATED
        + "): 18 rows, price index 2016-2024 from current ÷ fixed prices, [2025, 2026] projected (not official)"), progress.toString());

    JsonNode request = JSON.readTree(dataRequests.get(3));
    assertEquals("NGLK", request.get("table").asText());
    assertEquals(List.of("000"), values(request, "OMRÅDE"));
    assertEquals(List.of("5"), values(request, "NØGLETAL"), "service spending per inhabitant, chosen by its label");
    assertEquals(List.of("2"), values(request, "BRUTNETUD"));
    assertEquals(List.of("LOB", "FAST"), values(request, "PRISENHED"));
    assertEquals(List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"), values(request, "Tid"));

    List<String> lines = Files.readAllLines(layer.resolve("price_index.csv"));
    assertEquals("year,index,source", lines.get(0));
    assertEquals(12, lines.size());
    for (int year = 2016; year <= 2024; year++) {
      String[] row = lines.get(year - 2015).split(",", 3);
      assertEquals(String.valueOf(year), row[0]);
      assertEquals(servedIndex(year), Double.parseDouble(row[1]), 0.005, "current ÷ fixed from the served text, " + year);
      assertEquals(pl(year), Double.parseDouble(row[1]), 0.01, "the PL path the server deflated with, " + year);
      assertTrue(row[2].startsWith("\"official, NGLK Hele landet: Løbende priser ÷ Faste priser (2024-priser), Serviceudgifter"), row[2]);
    }
    double official2024 = Double.parseDouble(lines.get(9).split(",")[1]);
    assertEquals("100.00", lines.get(9).split(",")[1]);
    assertEquals(official2024 * 102.4 / 100.0, Double.parseDouble(lines.get(10).split(",")[1]), 0.005, "2025 from the bundled growth");
    assertTrue(lines.get(11).startsWith("2026,104.70,\"projection, not official: the bundled synthetic growth since 2024"), lines.get(11));

    Catalog catalog = Catalog.open(layer);
    assertEquals("MIXED", catalog.entry("price_index").status());
    assertEquals("2016-2026", catalog.entry("price_index").years());
    assertEquals("official, Statistics Denmark NGLK, fetched 2026-12-03, updated " + NGLK_UPDATED
        + " (2016-2024); [2025, 2026] projected with the bundled synthetic growth", catalog.entry("price_index").source());
    assertEquals(11, Datasets.of(catalog).table("price_index").rowCount());
  }

  @Test
  void fixedPriceTrendUsesTheUpdatedIndex() throws IOException {
    Path layer = update(DEC_3).run(quiet());
    Datasets datasets = Datasets.of(Catalog.open(layer));
    Municipalities registry = Municipalities.of(datasets);
    Trend trend = Spending.of(datasets, registry).trend(registry.resolve(350), "5.38", PriceBasis.fixed(2024));

    int row = trend.table().intColumn("year").indexOf(2022);
    double current = trend.table().doubleColumn("per_inhabitant").get(row);
    assertEquals(current * 100 / servedIndex(2022), trend.inBasis(2022), current * 1e-4, "2022 in 2024 prices by NGLK's deflator");
    assertTrue(Math.abs(trend.inBasis(2022) - current * 100 / 93.3) > current * 0.01, "not the bundled approximation's 93.3");
    assertEquals(DataStatus.MIXED, trend.info().provenance().status(), "the projected years make the index mixed");
    assertTrue(trend.info().provenance().sources().stream().anyMatch(s -> s.startsWith("official, Statistics Denmark NGLK")),
        trend.info().provenance().sources().toString());
  }

  @Test
  void tableinfoWithoutFixedPricesIsOneLineAndKeepsThePreviousData() throws IOException {
    Path previous = update(DEC_3).run(quiet());
    nglkUpdated = "2026-05-07T08:00:00";
    withoutFixedPrices = true;
    dataRequests.clear();
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> update(Clock.offset(DEC_3, Duration.ofDays(1))).run(quiet()));

    assertOneLine(e, "NGLK");
    assertTrue(e.getMessage().contains("NGLK: PRISENHED has no values labelled \"faste\" (it has LOB Løbende priser);"), e.getMessage());
    assertEquals(List.of(), dataRequests);
    assertEquals(previous, DataLayers.current(home).orElseThrow());
    assertEquals(List.of("2026-12-03T1530", "current"), homeListing());
  }

  @Test
  void secondUpdateDownloadsOnlyNglkWhenOnlyItsStampChanged() throws IOException {
    Path first = update(DEC_3).run(quiet());
    byte[] spending = Files.readAllBytes(first.resolve("spending.csv"));
    nglkUpdated = "2026-05-07T08:00:00";
    dataRequests.clear();
    Path second = update(Clock.offset(DEC_3, Duration.ofDays(2))).run(quiet());

    assertEquals(1, dataRequests.size(), dataRequests.toString());
    assertEquals("NGLK", JSON.readTree(dataRequests.get(0)).get("table").asText());
    assertTrue(Arrays.equals(spending, Files.readAllBytes(second.resolve("spending.csv"))));
    Catalog catalog = Catalog.open(second);
    assertTrue(catalog.entry("price_index").source().startsWith("official, Statistics Denmark NGLK, fetched 2026-12-05, updated 2026-05-07T08:00:00"),
        catalog.entry("price_index").source());
    assertEquals("official, Statistics Denmark REGK31, fetched 2026-12-03, updated " + REGK31_UPDATED, catalog.entry("spending").source());
  }

  @Test
  void basicSchoolingShareComesFromHfudd11AndTheRestStaysSynthetic() throws IOException {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Path layer = update(DEC_3).run(new PrintStream(progress, true, StandardCharsets.UTF_8));
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("HFUDD11 (updated " + HFUDD11_UPDATED
        + "): 12,544 rows, basic schooling share for 783 of 882 municipality-years"), progress.toString());

    JsonNode request = JSON.readTree(dataRequests.get(4));
    assertEquals("HFUDD11", request.get("table").asText());
    assertEquals(98, values(request, "BOPOMR").size());
    assertEquals(List.of("TOT"), values(request, "HERKOMST"));
    assertEquals(List.of("H10", "TOT"), values(request, "HFUDD"));
    assertEquals(List.of("25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64"), values(request, "ALDER"));
    assertEquals(List.of("TOT"), values(request, "KØN"));

    List<String> lines = Files.readAllLines(layer.resolve("socioeconomic.csv"));
    List<String> bundled = Files.readAllLines(WorkbenchHome.dataDirectory().resolve("socioeconomic.csv"));
    assertEquals(bundled.get(0) + ",source", lines.get(0));
    assertEquals(bundled.size(), lines.size());
    // by hand from the served text: Lejre 2022, grundskole ÷ all over the eight bands
    double basic = sumServed("HFUDD11", r -> r[0].equals("350") && r[2].equals("H10") && r[5].equals("2022"));
    double all = sumServed("HFUDD11", r -> r[0].equals("350") && r[2].equals("TOT") && r[5].equals("2022"));
    String[] lejre = lines.stream().filter(l -> l.startsWith("350,Lejre,2022,")).findFirst().orElseThrow().split(",");
    String[] lejreBundled = bundled.stream().filter(l -> l.startsWith("350,Lejre,2022,")).findFirst().orElseThrow().split(",");
    assertEquals(Math.round(1000 * basic / all) / 10.0, Double.parseDouble(lejre[5]), 1e-9);
    assertEquals(List.of(lejreBundled).subList(0, 5), List.of(lejre).subList(0, 5), "index and disability share as bundled");
    assertEquals(lejreBundled[6], lejre[6], "taxable income as bundled");
    assertEquals("basic_schooling_share official (HFUDD11); the other figures synthetic", lejre[7]);
    String hoersholm2024 = bundled.stream().filter(l -> l.startsWith("223,Hørsholm,2024,")).findFirst().orElseThrow();
    assertTrue(lines.contains(hoersholm2024 + ",synthetic as bundled (HFUDD11 has no figure for it)"), "2024 is not in HFUDD11 here");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("825,Læsø,2019,") && l.endsWith("has no figure for it)")), "the '..' year");

    Catalog catalog = Catalog.open(layer);
    assertEquals("MIXED", catalog.entry("socioeconomic").status());
    assertEquals("official, Statistics Denmark HFUDD11, fetched 2026-12-03, updated " + HFUDD11_UPDATED + " (basic_schooling_share"
        + " 2016-2023); socioeconomic_index, disability_pension_share and taxable_income_per_inhabitant synthetic, as bundled",
        catalog.entry("socioeconomic").source());
    Table table = Datasets.of(catalog).table("socioeconomic");
    assertEquals(bundled.size() - 1, table.rowCount());
    assertEquals(Math.round(1000 * basic / all) / 10.0,
        table.where(table.intColumn("code").isEqualTo(350).and(table.intColumn("year").isEqualTo(2022))).doubleColumn("basic_schooling_share").get(0), 1e-9);
    Datasets datasets = Datasets.of(catalog);
    Table drivers = Spending.of(datasets, Municipalities.of(datasets)).costDrivers("5.38", 2022, "basic_schooling_share").data();
    assertEquals(Math.round(1000 * basic / all) / 10.0,
        drivers.where(drivers.intColumn("code").isEqualTo(350)).doubleColumn("basic_schooling_share").get(0), 1e-9, "the cost-driver model reads it");
  }

  @Test
  void secondUpdateWithNothingChangedSaysSoAndKeepsTheLayer() throws IOException {
    Path first = update(DEC_3).run(quiet());
    dataRequests.clear();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Path second = update(Clock.offset(DEC_3, Duration.ofDays(1))).run(new PrintStream(progress, true, StandardCharsets.UTF_8));

    assertEquals(first, second);
    assertEquals(first, DataLayers.current(home).orElseThrow());
    assertEquals(List.of(), dataRequests);
    String lines = progress.toString(StandardCharsets.UTF_8);
    assertEquals(1, lines.lines().count(), lines);
    assertTrue(lines.startsWith("Nothing changed since the current data layer " + first), lines);
    assertEquals(List.of("2026-12-03T1530", "current"), homeListing());
  }

  @Test
  void damagedPreviousAnswerIsDownloadedAgain() throws IOException {
    Path first = update(DEC_3).run(quiet());
    try (Stream<Path> raw = Files.list(first.resolve("raw"))) {
      Path folk = raw.filter(p -> p.getFileName().toString().startsWith("FOLK1A-data-")).findFirst().orElseThrow();
      Files.writeString(folk, "\r\n", java.nio.file.StandardOpenOption.APPEND);
    }
    dataRequests.clear();
    Path second = update(Clock.offset(DEC_3, Duration.ofDays(1))).run(quiet());
    assertEquals(List.of("FOLK1A"), dataRequests.stream().map(r -> {
      try {
        return JSON.readTree(r).get("table").asText();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).toList());
    assertEquals(second, DataLayers.current(home).orElseThrow());
  }

  @Test
  void functionsGoneFromTheTableinfoStopBeforeAnyDownload() throws IOException {
    Path previous = update(DEC_3).run(quiet());
    regk31Updated = "2026-05-21T08:00:00";
    without538 = true;
    dataRequests.clear();
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> update(Clock.offset(DEC_3, Duration.ofDays(1))).run(quiet()));

    assertOneLine(e, "REGK31");
    assertTrue(e.getMessage().contains("REGK31: FUNKTION lists no 5.38 functions any more (it has 5.28.22)"), e.getMessage());
    assertEquals(List.of(), dataRequests);
    assertEquals(previous, DataLayers.current(home).orElseThrow());
    assertEquals(List.of("2026-12-03T1530", "current"), homeListing());
  }

  @Test
  void answerWithOtherColumnsThanAskedIsOneLineAndNoLayer() throws IOException {
    Path previous = update(DEC_3).run(quiet());
    regk31Updated = "2026-05-21T08:00:00";
    answerEdit = "renamed column";
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> update(Clock.offset(DEC_3, Duration.ofDays(1))).run(quiet()));

    assertOneLine(e, "REGK31");
    assertTrue(e.getMessage().contains("REGK31: the answer's columns are OMRÅDE;FUNKTIONSKODE;DRANST;ART;PRISENHED;TID;INDHOLD,"
        + " not the OMRÅDE;FUNKTION;DRANST;ART;PRISENHED;TID;INDHOLD asked for"), e.getMessage());
    assertEquals(previous, DataLayers.current(home).orElseThrow());
    assertEquals(List.of("2026-12-03T1530", "current"), homeListing());
  }

  @Test
  void answerInLabelsInsteadOfCodesIsOneLineAndNoLayer() throws IOException {
    Path previous = update(DEC_3).run(quiet());
    regk31Updated = "2026-05-21T08:00:00";
    answerEdit = "labels";
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> update(Clock.offset(DEC_3, Duration.ofDays(1))).run(quiet()));

    assertOneLine(e, "REGK31");
    assertTrue(e.getMessage().contains("REGK31: the answer's FUNKTION has \"5.28.22 Plejefamilier\", which was not asked for"), e.getMessage());
    assertEquals(previous, DataLayers.current(home).orElseThrow());
    assertEquals(List.of("2026-12-03T1530", "current"), homeListing());
  }

  private DataUpdate update(Clock clock) {
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    return DataUpdate.of(base, WorkbenchHome.dataDirectory(), home, clock);
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  private static void assertOneLine(WorkbenchException e, String table) {
    String m = e.getMessage();
    assertFalse(m.contains("\n") || m.contains("\r"), m);
    assertTrue(m.contains(table) && m.contains("previous data are kept"), m);
  }

  private List<String> homeListing() throws IOException {
    try (Stream<Path> files = Files.list(home)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> bundledFingerprint() throws IOException {
    try (Stream<Path> files = Files.walk(WorkbenchHome.dataDirectory())) {
      return files.filter(Files::isRegularFile).map(p -> {
        try {
          return p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).sorted().toList();
    }
  }

  /** The bodies queries.json records for requests to this endpoint, in order. */
  private static List<String> recorded(JsonNode queries, String endpoint) {
    List<String> out = new ArrayList<>();
    queries.get("requests").forEach(r -> {
      if (r.get("url").asText().endsWith(endpoint)) {
        out.add(r.get("body").toString());
      }
    });
    return out;
  }

  private static List<String> values(JsonNode request, String variable) {
    for (JsonNode v : request.get("variables")) {
      if (v.get("code").asText().equals(variable)) {
        List<String> out = new ArrayList<>();
        v.get("values").forEach(x -> out.add(x.asText()));
        return out;
      }
    }
    return List.of();
  }

  private static int age(String code) {
    return Integer.parseInt(code);
  }

  /** 100 × (current ÷ fixed) ÷ (current ÷ fixed in 2024), from NGLK's served text. */
  private double servedIndex(int year) {
    java.util.function.BiFunction<Integer, String, Double> served = (y, unit) ->
        sumServed("NGLK", r -> r[4].equals(String.valueOf(y)) && r[3].equals(unit));
    return 100 * (served.apply(year, "LOB") / served.apply(year, "FAST")) / (served.apply(2024, "LOB") / served.apply(2024, "FAST"));
  }

  /** The sum of the INDHOLD of the served CSV lines that match, read straight from the text (',' is the decimal mark, '..' is skipped). */
  private double sumServed(String table, java.util.function.Predicate<String[]> match) {
    return served.get(table).replace("\uFEFF", "").lines().skip(1).map(l -> l.split(";", -1)).filter(match)
        .map(r -> r[r.length - 1]).filter(v -> !v.equals("..")).mapToDouble(v -> Double.parseDouble(v.replace(',', '.'))).sum();
  }

  // ---- the local API ----------------------------------------------------------------------------

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    String table = body.path("table").asText();
    if (path.endsWith("/tableinfo")) {
      synchronized (infoRequests) {
        infoRequests.add(body.toString());
      }
      send(exchange, 200, "text/json; charset=utf-8", JSON.writeValueAsString(tableInfo(table)));
    } else if (path.endsWith("/data")) {
      synchronized (dataRequests) {
        dataRequests.add(body.toString());
      }
      if (table.equals(failing)) {
        send(exchange, 500, "text/json; charset=utf-8",
            "{\"errorTypeCode\":\"EXTRACT-FAILED\",\"message\":\"Der opstod en fejl under udtrækket. Prøv igen senere.\"}");
        return;
      }
      String csv = csv(table, body);
      if (table.equals("REGK31") && answerEdit.equals("renamed column")) {
        csv = csv.replace(";FUNKTION;", ";FUNKTIONSKODE;");
      } else if (table.equals("REGK31") && answerEdit.equals("labels")) {
        csv = csv.replace(";52822;", ";5.28.22 Plejefamilier;");
      }
      served.put(table, csv);
      send(exchange, 200, "text/csv; charset=utf-8", table.equals(truncating) ? csv.substring(0, csv.length() / 2) : csv);
    } else {
      send(exchange, 404, "text/json; charset=utf-8", "{\"message\":\"Ukendt funktion\"}");
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private ObjectNode tableInfo(String table) {
    ObjectNode info = JSON.createObjectNode().put("id", table);
    ArrayNode variables = JSON.createArrayNode();
    List<String[]> areas = new ArrayList<>();
    areas.add(new String[] {table.equals("REGK31") ? "0" : "000", "Hele landet"});
    areas.add(new String[] {"084", "Region Hovedstaden"});
    municipalities.forEach(m -> areas.add(new String[] {String.valueOf(m.code()), m.name()}));
    if (table.equals("HAND07")) {
      info.put("text", "Modtagere af handicapydelser").put("description", "Modtagere af handicapydelser efter område, ydelsestype og tid")
          .put("unit", "Antal").put("updated", HAND07_UPDATED);
      List<String[]> kommuner = new ArrayList<>();
      municipalities.forEach(m -> kommuner.add(new String[] {String.valueOf(m.code()), m.name()}));
      variables.add(variable("OMRÅDE", "område", false, false, kommuner));
      variables.add(variable("YDELSESTYPE", "ydelsestype", false, false, List.of(
          new String[] {"30011", "Aktivitets- og samværstilbud (§ 104)"}, new String[] {"30013", "Behandling (§ 102)"},
          new String[] {"30014", "Beskyttet beskæftigelse (§ 103)"},
          new String[] {"30181", "Længerevarende botilbud inkl. tilknyttede ydelser fx §§ 83, 85 (§ 108)"},
          new String[] {"30182", "Midlertidige botilbud inkl. tilknyttede ydelser fx §§ 83, 85 (§ 107)"},
          new String[] {"31201", "Socialpædagogisk støtte i botilbudslignende tilbud, fx botilbud efter ABL § 105/115 (§ 85)"},
          new String[] {"31202", "Øvrig socialpædagogisk støtte, fx borgernes private hjem (§ 85)"})));
      List<String[]> quarters = new ArrayList<>();
      for (int y = 2015; y <= 2025; y++) {
        for (int q = 1; q <= 4 && !(y == 2025 && q > 2); q++) {
          quarters.add(new String[] {y + "K" + q, y + "K" + q});
        }
      }
      variables.add(variable("Tid", "tid", false, true, quarters));
    } else if (table.equals("NGLK")) {
      nglkTableInfo(info, variables, areas);
    } else if (table.equals("HFUDD11")) {
      hfudd11TableInfo(info, variables, areas);
    } else if (table.equals("ANBAAR9")) {
      anbaar9TableInfo(info, variables);
    } else if (table.equals("REGK31")) {
      areas.add(new String[] {"910", "Hovedstadskommuner"});
      info.put("text", "Kommunernes regnskaber på funktioner")
          .put("description", "Kommunernes regnskaber på funktioner efter område, funktion, dranst, art, prisenhed og tid")
          .put("unit", "-").put("updated", regk31Updated);
      variables.add(variable("OMRÅDE", "område", true, false, areas));
      variables.add(variable("FUNKTION", "funktion", true, false, List.of(
          new String[] {"2201", "0.22.01 Fælles formål"}, new String[] {"52822", "5.28.22 Plejefamilier"},
          new String[] {"53845", "5.38.45 Behandling af personer med stofmisbrug"},
          new String[] {"53850", "5.38.50 Botilbud til længerevarende ophold (§ 108)"},
          new String[] {"55773", "5.57.73 Kontant- og uddannelseshjælp"}).stream().filter(f -> !(without538 && f[0].startsWith("538"))).toList()));
      variables.add(variable("DRANST", "dranst", true, false, List.of(new String[] {"1", "Driftskonti"},
          new String[] {"2", "Statsrefusion"}, new String[] {"3", "Anlægskonti"})));
      variables.add(variable("ART", "art", true, false, List.of(new String[] {"TOT", "I alt (netto)"},
          new String[] {"UE", "Bruttoudgifter"}, new String[] {"I", "Indtægter"})));
      if (!withoutPrisenhed.equals(table)) {
        variables.add(variable("PRISENHED", "prisenhed", false, false, List.of(new String[] {"LOBM", "Løbende priser (1.000 kr.)"},
            new String[] {"INDL", "Pr. indbygger, løbende priser (kr.)"})));
      }
      variables.add(variable("Tid", "tid", false, true, List.of(new String[] {"2021", "2021"}, new String[] {"2022", "2022"},
          new String[] {"2023", "2023"}, new String[] {"2024", "2024"})));
    } else {
      areas.add(new String[] {"411", "Christiansø"});
      info.put("text", "Befolkningen den 1. i kvartalet")
          .put("description", "Befolkningen den 1. i kvartalet efter område, køn, alder, civilstand og tid")
          .put("unit", "Antal").put("updated", folk1aUpdated);
      variables.add(variable("OMRÅDE", "område", true, false, areas));
      variables.add(variable("KØN", "køn", true, false, List.of(new String[] {"TOT", "I alt"}, new String[] {"1", "Mænd"},
          new String[] {"2", "Kvinder"})));
      List<String[]> ages = new ArrayList<>();
      ages.add(new String[] {"IALT", "Alder i alt"});
      for (int a = 0; a <= 125; a++) {
        ages.add(new String[] {String.valueOf(a), a + " år"});
      }
      variables.add(variable("ALDER", "alder", true, false, ages));
      variables.add(variable("CIVILSTAND", "civilstand", true, false, List.of(new String[] {"TOT", "I alt"},
          new String[] {"U", "Ugift"})));
      List<String[]> quarters = new ArrayList<>();
      for (int y = 2022; y <= 2025; y++) {
        for (int q = 1; q <= 4 && !(y == 2025 && q > 3); q++) {
          quarters.add(new String[] {y + "K" + q, y + "K" + q});
        }
      }
      variables.add(variable("Tid", "tid", false, true, quarters));
    }
    info.put("suppressedDataValue", "0").put("active", true);
    info.putArray("contacts");
    info.putObject("documentation").put("id", "x").put("url", "https://www.dst.dk/statistikdokumentation/x");
    info.set("variables", variables);
    return info;
  }

  private static ObjectNode variable(String id, String text, boolean elimination, boolean time, List<String[]> values) {
    ObjectNode v = JSON.createObjectNode().put("id", id).put("text", text).put("elimination", elimination).put("time", time);
    ArrayNode list = v.putArray("values");
    values.forEach(x -> list.addObject().put("id", x[0]).put("text", x[1]));
    return v;
  }

  /** Every combination of the selection, last variable fastest, as the API's CSV (BOM, CRLF, ';', decimal comma). */
  private static String csv(String table, JsonNode body) {
    List<String> names = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    for (JsonNode v : body.get("variables")) {
      String code = v.get("code").asText();
      names.add(code.equals("Tid") ? "TID" : code);
      List<String> list = new ArrayList<>();
      v.get("values").forEach(x -> list.add(x.asText()));
      values.add(list);
    }
    StringBuilder out = new StringBuilder("\uFEFF").append(String.join(";", names)).append(";INDHOLD\r\n");
    combinations(values, 0, new ArrayList<>(), row -> out.append(String.join(";", row)).append(';')
        .append(table.equals("REGK31") ? amount(row) : table.equals("HAND07") ? persons(row) : table.equals("NGLK") ? perInhabitant(row)
        : table.equals("HFUDD11") ? educated(row) : table.equals("ANBAAR9") ? placed(row) : people(row)).append("\r\n"));
    return out.toString();
  }

  private static void combinations(List<List<String>> values, int i, List<String> row, java.util.function.Consumer<List<String>> emit) {
    if (i == values.size()) {
      emit.accept(row);
      return;
    }
    for (String v : values.get(i)) {
      row.add(v);
      combinations(values, i + 1, row, emit);
      row.remove(row.size() - 1);
    }
  }

  /** 1.000 kr.: some with a decimal comma, some negative, one '..'. */
  private static String amount(List<String> row) {
    int seed = Math.abs((row.get(0) + row.get(1) + row.get(5)).hashCode());
    if (row.get(0).equals("101") && row.get(1).equals("53845") && row.get(5).equals("2023")) {
      return "..";
    }
    int whole = seed % 90_000 - (row.get(1).equals("53845") ? 2_000 : 0);
    return seed % 3 == 0 ? whole + "," + seed % 10 : String.valueOf(whole);
  }

  /**
   * NGLK as its title says: område, nøgletal, brutto-/nettoudgifter, prisenhed, tid; the ids here are
   * not the real ones on purpose (the update must choose by label), the labels are NGLK's kind.
   */
  private void nglkTableInfo(ObjectNode info, ArrayNode variables, List<String[]> areas) {
    info.put("text", "Udvalgte kommunale regnskabstal")
        .put("description", "Udvalgte kommunale regnskabstal efter område, nøgletal, brutto-/nettoudgifter, prisenhed og tid")
        .put("unit", "Kr.").put("updated", nglkUpdated);
    variables.add(variable("OMRÅDE", "område", false, false, areas));
    variables.add(variable("NØGLETAL", "nøgletal", false, false, List.of(
        new String[] {"1", "Driftsudgifter i alt pr. indbygger"}, new String[] {"5", "Serviceudgifter pr. indbygger"},
        new String[] {"8", "Udgifter til udsatte børn og unge pr. 0-22-årig"},
        new String[] {"9", "Udgifter til voksne med særlige behov pr. 18-64-årig"})));
    variables.add(variable("BRUTNETUD", "brutto-/nettoudgifter", false, false, List.of(new String[] {"1", "Bruttoudgifter"},
        new String[] {"2", "Nettoudgifter"})));
    List<String[]> units = new ArrayList<>();
    units.add(new String[] {"LOB", "Løbende priser"});
    if (!withoutFixedPrices) {
      units.add(new String[] {"FAST", "Faste priser (2024-priser)"});
    }
    variables.add(variable("PRISENHED", "prisenhed", false, false, units));
    List<String[]> years = new ArrayList<>();
    for (int y = 2008; y <= 2024; y++) {
      years.add(new String[] {String.valueOf(y), String.valueOf(y)});
    }
    variables.add(variable("Tid", "tid", false, true, years));
  }

  /** HFUDD11 as its title says: bopælsområde, herkomst, højest fuldførte uddannelse, alder, køn, tid (2008-2023 here). */
  private static void hfudd11TableInfo(ObjectNode info, ArrayNode variables, List<String[]> areas) {
    info.put("text", "Befolkningens højest fuldførte uddannelse (15-69 år)")
        .put("description", "Befolkningens højest fuldførte uddannelse (15-69 år) efter bopælsområde, herkomst, højest fuldførte"
            + " uddannelse, alder, køn og tid").put("unit", "Antal").put("updated", HFUDD11_UPDATED);
    variables.add(variable("BOPOMR", "bopælsområde", true, false, areas));
    variables.add(variable("HERKOMST", "herkomst", true, false, List.of(new String[] {"TOT", "I alt"},
        new String[] {"5", "Personer med dansk oprindelse"}, new String[] {"4", "Indvandrere"})));
    variables.add(variable("HFUDD", "højest fuldførte uddannelse", true, false, List.of(new String[] {"TOT", "I alt"},
        new String[] {"H10", "H10 Grundskole"}, new String[] {"H20", "H20 Gymnasiale uddannelser"},
        new String[] {"H30", "H30 Erhvervsfaglige uddannelser"}, new String[] {"H90", "H90 Uoplyst mv."})));
    List<String[]> ages = new ArrayList<>();
    ages.add(new String[] {"TOT", "Alder i alt"});
    for (int a = 15; a <= 65; a += 5) {
      ages.add(new String[] {a + "-" + (a + 4), a + "-" + (a + 4) + " år"});
    }
    variables.add(variable("ALDER", "alder", true, false, ages));
    variables.add(variable("KØN", "køn", true, false, List.of(new String[] {"TOT", "I alt"}, new String[] {"M", "Mænd"},
        new String[] {"K", "Kvinder"})));
    List<String[]> years = new ArrayList<>();
    for (int y = 2008; y <= 2023; y++) {
      years.add(new String[] {String.valueOf(y), String.valueOf(y)});
    }
    variables.add(variable("Tid", "tid", false, true, years));
  }

  /** Persons: grundskole a part of I alt; Læsø's 25-29 in 2019 is '..', so that municipality-year stays synthetic. */
  private static String educated(List<String> row) {
    if (row.get(0).equals("825") && row.get(3).equals("25-29") && row.get(5).equals("2019") && row.get(2).equals("H10")) {
      return "..";
    }
    int seed = Math.abs((row.get(0) + "|" + row.get(3) + "|" + row.get(5)).hashCode());
    return String.valueOf(row.get(2).equals("H10") ? seed % 400 + 20 : seed % 2000 + 1500);
  }

  /** NGLK's whole kroner per inhabitant: current prices, and fixed 2024 prices = current × 100 ÷ a made-up PL path. */
  private static String perInhabitant(List<String> row) {
    int year = Integer.parseInt(row.get(4));
    long current = 52_000 + 1_234L * (year - 2008) + (year * 37L) % 500 + 97L * row.get(1).hashCode() % 300;
    return String.valueOf(row.get(3).equals("LOB") ? current : Math.round(current * 100 / pl(year)));
  }

  /** 2.1 % a year, with 7 % in 2022: not the bundled approximation, so a test can tell them apart. */
  private static double pl(int year) {
    double index = 100;
    for (int y = 2024; y > year; y--) {
      index /= y == 2022 ? 1.07 : 1.021;
    }
    return index;
  }

  /** Whole persons; Læsø's § 103 in 2020K2 is '..' (discretion), so that year is left out for it. */
  private static String persons(List<String> row) {
    if (row.get(0).equals("825") && row.get(1).equals("30014") && row.get(2).equals("2020K2")) {
      return "..";
    }
    return String.valueOf(Math.abs(String.join("|", row).hashCode()) % 700 + 3);
  }

  /**
   * ANBAAR9 as its title says: administrationskommune (0 = I alt, 998 = uoplyst, the 98), alder
   * (0 I alt, 9917 0-17 år, 1822 18-22 år, 999 uoplyst), tid 2011-2024 (31 December).
   */
  private void anbaar9TableInfo(ObjectNode info, ArrayNode variables) {
    info.put("text", "Anbragte børn og unge pr. 31. december")
        .put("description", "Anbragte børn og unge pr. 31. december efter administrationskommune, alder og tid")
        .put("unit", "Antal").put("updated", ANBAAR9_UPDATED);
    List<String[]> areas = new ArrayList<>();
    areas.add(new String[] {"0", "I alt"});
    municipalities.forEach(m -> areas.add(new String[] {String.valueOf(m.code()), m.name()}));
    areas.add(new String[] {"998", "Uoplyst kommune"});
    variables.add(variable("ADMKOM", "administrationskommune", true, false, areas));
    List<String[]> ages = List.of(new String[] {"0", "I alt"}, new String[] {"9917", "0-17 år"},
        new String[] {"1822", "18-22 år"}, new String[] {"999", "Uoplyst alder"});
    variables.add(variable("ALERAMS", "alder", true, false, withoutChildrenAge ? ages.subList(2, 4) : ages));
    List<String[]> years = new ArrayList<>();
    for (int y = 2011; y <= 2024; y++) {
      years.add(new String[] {String.valueOf(y), String.valueOf(y)});
    }
    variables.add(variable("Tid", "tid", false, true, years));
  }

  /** Placed children; Læsø's 2018 is '..'. */
  private static String placed(List<String> row) {
    if (row.get(0).equals("825") && row.get(2).equals("2018")) {
      return "..";
    }
    return String.valueOf(Math.abs(String.join("|", row).hashCode()) % 600 + 1);
  }

  private static String people(List<String> row) {
    return String.valueOf(Math.abs((row.get(0) + "|" + row.get(1) + "|" + row.get(2)).hashCode()) % 900 + (age(row.get(1)) > 100 ? 0 : 50));
  }

}
