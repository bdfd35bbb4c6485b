package dk.styrbord.data.imports;

import static dk.styrbord.data.imports.Fixtures.MUNICIPALITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The API client against a local server on 127.0.0.1 that answers in the real formats
 * (DATA-SOURCES §2.4: UTF-8 BOM, CRLF, ';', header of variable ids, INDHOLD); never the internet.
 */
class StatBankTest {
  private static final String BOM = "\uFEFF";

  @TempDir Path cache;
  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

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
  void fetchGivesTheTidyTableAndPostsTheSelectionAsJson() {
    Table t = folk1a().select("OMRÅDE", "*").select("Tid", ">=2020K1").fetch();
    assertEquals(27_996, value(t, "Lejre"), 0.0);
    assertEquals(5_822_763, value(t, "Hele landet"), 0.0);
    assertEquals(350, t.where(t.stringColumn("OMRÅDE").isEqualTo("Lejre")).intColumn("kommune_code").getInt(0));
    assertEquals(LocalDate.of(2020, 1, 1), t.dateColumn("period_start").get(0));
    assertTrue(t.name().startsWith("FOLK1A · StatBank API"), t.name());
    String data = requests.stream().filter(r -> r.startsWith("/v1/data")).findFirst().orElseThrow();
    assertTrue(data.contains("\"table\":\"FOLK1A\"") && data.contains("\"format\":\"CSV\"")
        && data.contains("{\"code\":\"OMRÅDE\",\"values\":[\"*\"]}") && data.contains("{\"code\":\"Tid\",\"values\":[\">=2020K1\"]}"), data);
  }

  @Test
  void secondFetchReadsTheCacheAndRefreshDownloadsAgain() throws IOException {
    folk1a().select("OMRÅDE", "*").fetch();
    folk1a().select("OMRÅDE", "*").fetch();
    assertEquals(1, count("/v1/data"));
    assertEquals(1, count("/v1/tableinfo"));
    folk1a().select("OMRÅDE", "*").refresh().fetch();
    assertEquals(2, count("/v1/data"));
    try (Stream<Path> files = Files.list(cache)) {
      List<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toList());
      assertTrue(names.stream().noneMatch(n -> n.endsWith(".part")), "no temporary files are left: " + names);
      assertEquals(2, names.size(), names.toString());
    }
  }

  @Test
  void cachedTableReadsOfflineAndAnUncachedOneSaysThereIsNoNetwork() {
    folk1a().select("OMRÅDE", "*").fetch();
    server.stop(0);
    Table offline = folk1a().select("OMRÅDE", "*").fetch();
    assertEquals(27_996, value(offline, "Lejre"), 0.0);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> folk1a().select("OMRÅDE", "350").fetch());
    assertTrue(e.getMessage().startsWith("Cannot reach 127.0.0.1") && e.getMessage().contains("not in the cache"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void noServerAtAllGivesOneLine() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    StatBankClient client = StatBankClient.of(URI.create("http://127.0.0.1:" + closedPort + "/v1"), cache);
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> StatBank.table(client, "FOLK1A", () -> MUNICIPALITIES).info());
    assertTrue(e.getMessage().contains("Cannot reach 127.0.0.1") && e.getMessage().contains("Connect to the internet"), e.getMessage());
  }

  @Test
  void unknownTableVariableAndValueGiveOneLineWithTheNearest() {
    WorkbenchException table = assertThrows(WorkbenchException.class, () -> StatBank.table(client(), "FOLK1X", () -> MUNICIPALITIES).fetch());
    assertTrue(table.getMessage().contains("FOLK1X") && table.getMessage().contains("HTTP 400") && table.getMessage().contains("Tabellen findes ikke"),
        table.getMessage());
    WorkbenchException variable = assertThrows(WorkbenchException.class, () -> folk1a().select("KOEN", "TOT").fetch());
    assertEquals("FOLK1A has no variable KOEN. Did you mean KØN? Its variables: OMRÅDE, KØN, ALDER, CIVILSTAND, Tid.", variable.getMessage());
    WorkbenchException value = assertThrows(WorkbenchException.class, () -> folk1a().select("OMRÅDE", "Lejer").fetch());
    assertTrue(value.getMessage().startsWith("FOLK1A's OMRÅDE has no value Lejer. Did you mean Lejre?"), value.getMessage());
    WorkbenchException label = assertThrows(WorkbenchException.class, () -> folk1a().select("OMRÅDE", "Lejre").fetch());
    assertTrue(label.getMessage().contains("Its code is 350."), label.getMessage());
    assertEquals(0, count("/v1/data"), "nothing is downloaded for a request that cannot be right");
  }

  @Test
  void variablesThatCannotBeLeftOutMustBeSelected() {
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> StatBank.table(client(), "REGK31", () -> MUNICIPALITIES).select("OMRÅDE", "*").select("Tid", "2024").fetch());
    assertTrue(e.getMessage().startsWith("REGK31: PRISENHED must be selected (it cannot be left out). Add .select(\"PRISENHED\", \"INDL\")"),
        e.getMessage());
    WorkbenchException bulk = assertThrows(WorkbenchException.class,
        () -> folk1a().bulk().select("OMRÅDE", "*").fetch());
    assertTrue(bulk.getMessage().contains("must be selected (BULK sums nothing)"), bulk.getMessage());
  }

  @Test
  void bulkAnswerWithDecimalCommasMissingAndDays() {
    Table t = StatBank.table(client(), "REGK31", () -> MUNICIPALITIES).bulk().codes()
        .select("OMRÅDE", "*").select("PRISENHED", "INDL").select("Tid", "*").fetch();
    assertEquals(1234.56, value(t, "000"), 0.0);
    assertEquals(12.5, value(t, "350"), 0.0);
    assertEquals(-3, value(t, "360"), 0.0);
    assertTrue(Double.isNaN(value(t, "773")));
    assertEquals(LocalDate.of(2024, 1, 3), t.dateColumn("period_start").get(0));
    assertTrue(requests.stream().anyMatch(r -> r.contains("\"format\":\"BULK\"") && r.contains("\"valuePresentation\":\"Code\"")));
  }

  @Test
  void infoListsVariablesAndValues() {
    TableInfo info = folk1a().info();
    assertEquals(List.of("OMRÅDE", "KØN", "ALDER", "CIVILSTAND", "Tid"), info.variables().stream().map(TableInfo.Variable::id).toList());
    assertEquals(5, info.asTable().rowCount());
    assertTrue(info.toString().contains("OMRÅDE — område, 5 values: 000 Hele landet"), info.toString());
  }

  /**
   * A client with short limits, for the misbehaving answers below; long enough that a loaded
   * machine's local server still answers within them.
   */
  private StatBankClient impatient() {
    return client().withTimeouts(java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(6));
  }

  private WorkbenchException fetchFails(String table) {
    return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> assertThrows(
        WorkbenchException.class, () -> impatient().data(table, "CSV", "da", "Code", java.util.Map.of(), false)));
  }

  private List<String> cachedFiles() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toList());
    }
  }

  @Test
  void aServerThatTricklesIsStoppedAtTheTotalLimitAndNothingIsCached() throws IOException {
    WorkbenchException e = fetchFails("TRICKLE");
    assertTrue(e.getMessage().startsWith("No complete answer from 127.0.0.1 (the answer took longer than 6 s ("), e.getMessage());
    assertTrue(e.getMessage().contains("StatBank may be busy: try again later"), e.getMessage());
    assertEquals(List.of(), cachedFiles());
  }

  @Test
  void aServerThatFallsSilentIsStoppedAtTheIdleLimit() throws IOException {
    WorkbenchException e = fetchFails("SILENT");
    assertTrue(e.getMessage().startsWith("No complete answer from 127.0.0.1 (nothing sent for 3 s, after 15 bytes)"), e.getMessage());
    assertEquals(List.of(), cachedFiles());
  }

  @Test
  void aCutOffAnswerIsNotCached() throws IOException {
    WorkbenchException e = fetchFails("TRUNCATED");
    assertTrue(e.getMessage().startsWith("No complete answer from 127.0.0.1 (the answer stopped after 100 bytes"), e.getMessage());
    assertEquals(List.of(), cachedFiles());
  }

  @Test
  void anHtmlPageSentWithStatus200IsRefusedAndAskedForAgainNextTime() throws IOException {
    WorkbenchException e = fetchFails("HTML");
    assertEquals("StatBank's answer for HTML is not a table (semicolon-separated text) (it starts \"<html><body>Log in to"
        + " the proxy</body></html>\"), so it was not cached. Try again later; if it stays so, a proxy or firewall may be"
        + " answering instead of StatBank.", e.getMessage());
    assertEquals(List.of(), cachedFiles());
    fetchFails("HTML");
    assertEquals(2, count("/v1/data"), "asked again, as nothing was cached");
    WorkbenchException info = assertThrows(WorkbenchException.class, () -> impatient().tableInfo("CUTJSON", "da", false));
    assertTrue(info.getMessage().startsWith("StatBank's answer for CUTJSON is not table info (it starts \"{\"id\":\"CUTJSON\""),
        info.getMessage());
    assertEquals(List.of(), cachedFiles());
  }

  @Test
  void escapeCodesInAnErrorAnswerArePrintedEscaped() {
    WorkbenchException e = fetchFails("ESCAPES");
    assertTrue(e.getMessage().contains("HTTP 500: Server error \\u001B[2J\\u001B[31mred"), e.getMessage());
    assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20), "no control character reaches the terminal: " + e.getMessage());
  }

  @Test
  void theClientsThreadsAreOutsideTheGroupOfTheThreadThatMadeIt() throws Exception {
    // JShell's local engine waits for the threads of a snippet's group: an HTTP thread there hung the prompt
    ThreadGroup snippet = new ThreadGroup("snippet");
    java.util.concurrent.atomic.AtomicReference<Table> fetched = new java.util.concurrent.atomic.AtomicReference<>();
    Thread t = new Thread(snippet, () -> fetched.set(folk1a().select("OMRÅDE", "*").fetch()));
    t.start();
    t.join(60_000);
    assertEquals(27_996, value(fetched.get(), "Lejre"), 0.0);
    Thread[] left = new Thread[snippet.activeCount() + 8];
    int n = snippet.enumerate(left, true);
    assertEquals(List.of(), java.util.Arrays.stream(left, 0, n).map(Thread::getName).toList(), "threads left in the snippet's group");
  }

  private StatBank folk1a() {
    return StatBank.table(client(), "folk1a", () -> MUNICIPALITIES);
  }

  private StatBankClient client() {
    return StatBankClient.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1"), cache);
  }

  private long count(String prefix) {
    return requests.stream().filter(r -> r.startsWith(prefix)).count();
  }

  private static double value(Table t, String area) {
    return t.where(t.stringColumn("OMRÅDE").isEqualTo(area)).doubleColumn("INDHOLD").getDouble(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(path + " " + body);
    String table = body.replaceAll(".*\"table\":\"([^\"]+)\".*", "$1");
    if (path.equals("/v1/tableinfo") && table.equals("FOLK1A")) {
      send(exchange, 200, "application/json; charset=utf-8", FOLK1A_INFO);
    } else if (path.equals("/v1/tableinfo") && table.equals("REGK31")) {
      send(exchange, 200, "application/json; charset=utf-8", REGK31_INFO);
    } else if (misbehave(exchange, table)) {
      return;
    } else if (path.equals("/v1/data") && table.equals("FOLK1A")) {
      send(exchange, 200, "text/csv; charset=utf-8", BOM + String.join("\r\n",
          "OMRÅDE;TID;INDHOLD", "Hele landet;2020K1;5822763", "Region Sjælland;2020K1;837359", "Lejre;2020K1;27996",
          "Lolland;2020K1;41105", "Morsø;2020K1;20247", "") );
    } else if (path.equals("/v1/data") && table.equals("REGK31")) {
      send(exchange, 200, "text/csv; charset=utf-8", BOM + String.join("\r\n",
          "OMRÅDE;PRISENHED;TID;INDHOLD", "000;INDL;2024M01D03;1.234,56", "350;INDL;2024M01D03;12,5",
          "360;INDL;2024M01D03;-3", "773;INDL;2024M01D03;..", ""));
    } else {
      send(exchange, 400, "application/json; charset=utf-8",
          "{\"errorTypeCode\":\"TABLE_NOT_FOUND\",\"message\":\"Tabellen findes ikke: " + table + "\"}");
    }
  }

  /** The misbehaving answers: true when {@code table} named one and it was sent. */
  private static boolean misbehave(HttpExchange exchange, String table) throws IOException {
    switch (table) {
      case "TRICKLE" -> {
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
          for (int i = 0; i < 600; i++) {
            out.write(';');
            out.flush();
            sleep(100);
          }
        } catch (IOException e) {
          // the client hung up, as it should
        }
      }
      case "SILENT" -> {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("OMRÅDE;TID;INDH".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        sleep(4000);
        exchange.close();
      }
      case "TRUNCATED" -> {
        exchange.sendResponseHeaders(200, 1000);
        OutputStream out = exchange.getResponseBody();
        out.write(("OMRÅDE;TID;INDHOLD\r\n" + "Lejre;2024;1\r\n".repeat(20)).substring(0, 100).getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        exchange.close();
      }
      case "HTML" -> send(exchange, 200, "text/html", "<html><body>Log in to the proxy</body></html>");
      case "CUTJSON" -> send(exchange, 200, "application/json", "{\"id\":\"CUTJSON\",\"variables\":[{\"id\":\"OMR");
      case "ESCAPES" -> send(exchange, 500, "text/plain", "Server error \u001B[2J\u001B[31mred");
      default -> {
        return false;
      }
    }
    return true;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static final String FOLK1A_INFO = """
      {"id":"FOLK1A","text":"Befolkningen den 1. i kvartalet","description":"Befolkningen den 1. i kvartalet efter område, køn, alder, civilstand og tid",
       "unit":"antal","suppressedDataValue":"0","updated":"2024-05-10T08:00:00","active":true,"contacts":[],
       "documentation":{"id":"4a12721d-a8b0-4bde-82d7-1d1c6f319de3","url":"https://www.dst.dk/da/Statistik/dokumentation/statistikdokumentation/befolkningen"},
       "footnote":null,
       "variables":[
        {"id":"OMRÅDE","text":"område","elimination":true,"time":false,"map":"denmark_municipality_07",
         "values":[{"id":"000","text":"Hele landet"},{"id":"085","text":"Region Sjælland"},{"id":"350","text":"Lejre"},{"id":"360","text":"Lolland"},{"id":"773","text":"Morsø"}]},
        {"id":"KØN","text":"køn","elimination":true,"time":false,"values":[{"id":"TOT","text":"I alt"},{"id":"1","text":"Mænd"},{"id":"2","text":"Kvinder"}]},
        {"id":"ALDER","text":"alder","elimination":true,"time":false,"values":[{"id":"IALT","text":"Alder i alt"},{"id":"0","text":"0 år"}]},
        {"id":"CIVILSTAND","text":"civilstand","elimination":true,"time":false,"values":[{"id":"TOT","text":"I alt"},{"id":"U","text":"Ugift"}]},
        {"id":"Tid","text":"tid","elimination":false,"time":true,"values":[{"id":"2020K1","text":"2020K1"},{"id":"2020K2","text":"2020K2"}]}]}
      """;

  private static final String REGK31_INFO = """
      {"id":"REGK31","text":"Kommunernes regnskaber på funktioner (1000 kr.)","unit":"-","suppressedDataValue":"0","updated":"2025-05-20T08:00:00",
       "active":true,"variables":[
        {"id":"OMRÅDE","text":"område","elimination":true,"time":false,"values":[{"id":"000","text":"Hele landet"},{"id":"350","text":"Lejre"}]},
        {"id":"PRISENHED","text":"prisenhed","elimination":false,"time":false,
         "values":[{"id":"INDL","text":"Pr. indbygger, løbende priser (kr.)"},{"id":"LOBM","text":"Løbende priser (1.000 kr.)"}]},
        {"id":"Tid","text":"tid","elimination":false,"time":true,"values":[{"id":"2024","text":"2024"}]}]}
      """;
}
