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
