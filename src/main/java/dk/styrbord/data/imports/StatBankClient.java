package dk.styrbord.data.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.Daemons;
import dk.styrbord.Printable;
import dk.styrbord.WorkbenchException;
import dk.styrbord.data.DatasetLoader;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Talks to the StatBank API v1 ({@code tableinfo} and {@code data}, POSTed as JSON) and keeps every
 * answer in an on-disk cache, written atomically (a temporary file, then a move), so a table once
 * fetched reads offline and the same request never downloads twice unless refreshed. The base URL
 * and the cache folder are settable, which is how tests point it at a local server.
 *
 * <p>Example: {@code StatBankClient.standard().tableInfo("FOLK1A")}.
 */
public final class StatBankClient {
  /** The public API; {@code -Dstyrbord.statbank.url=…} overrides it. */
  public static final String DEFAULT_URL = "https://api.statbank.dk/v1";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** How long a connection, the answer's headers, or a pause in its body may take. */
  static final Duration IDLE = Duration.ofSeconds(30);
  /** How long one whole answer may take, however steadily it comes (a BULK file of millions of rows takes minutes). */
  static final Duration TOTAL = Duration.ofMinutes(15);

  /** The HTTP clients' worker threads, shared, ending when idle. */
  private static final java.util.concurrent.ExecutorService HTTP_THREADS = Daemons.idlePool("styrbord-statbank-http", 4);

  private final URI base;
  private final Path cache;
  private final Duration idle;
  private final Duration total;
  private final HttpClient http;

  private StatBankClient(URI base, Path cache, Duration idle, Duration total) {
    this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
    this.cache = cache;
    this.idle = idle;
    this.total = total;
    this.http = outsideTheSnippet(() -> HttpClient.newBuilder().connectTimeout(idle).followRedirects(HttpClient.Redirect.NORMAL)
        .executor(HTTP_THREADS).build());
  }

  /**
   * Makes the HTTP client on a thread of the JVM's top thread group, so its selector and worker
   * threads are not in the group of the snippet that asked for it. JShell's local engine waits for
   * every thread in that group that exists when the snippet starts; a client thread caught there
   * (more likely on a loaded machine) made the prompt wait for ever.
   */
  private static HttpClient outsideTheSnippet(java.util.function.Supplier<HttpClient> make) {
    java.util.concurrent.atomic.AtomicReference<HttpClient> made = new java.util.concurrent.atomic.AtomicReference<>();
    Thread maker = Daemons.thread("styrbord-statbank-setup", () -> made.set(make.get()));
    maker.start();
    try {
      maker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkbenchException("Stopped while preparing to fetch from StatBank.");
    }
    return java.util.Objects.requireNonNull(made.get(), "the HTTP client");
  }


  /** A client for this base URL (e.g. {@code https://api.statbank.dk/v1}) caching in this folder. */
  public static StatBankClient of(URI base, Path cache) {
    return new StatBankClient(base, cache, IDLE, TOTAL);
  }

  /**
   * The same client with other time limits: {@code idle} for connecting, for the headers and for
   * any pause in the body, {@code total} for the whole answer. Example:
   * {@code client.withTimeouts(Duration.ofSeconds(5), Duration.ofMinutes(1))}.
   */
  public StatBankClient withTimeouts(Duration idle, Duration total) {
    return new StatBankClient(base, cache, idle, total);
  }

  /** The public API, cached in {@code ~/.styrbord/statbank}. */
  public static StatBankClient standard() {
    return of(URI.create(System.getProperty("styrbord.statbank.url", DEFAULT_URL)),
        Path.of(System.getProperty("user.home"), ".styrbord", "statbank"));
  }

  /** The folder answers are cached in. */
  public Path cacheFolder() {
    return cache;
  }

  /** The variables and values of a table (cached; {@code refresh} asks the API again). */
  public TableInfo tableInfo(String table, String lang, boolean refresh) {
    Path file = cached("tableinfo", table, tableInfoRequest(table, lang), ".json", refresh);
    try {
      return parseInfo(table, JSON.readTree(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new WorkbenchException("The cached table info " + file + " cannot be read (" + e.getMessage()
          + "). Fetch it again with refresh, or delete the file.", e);
    }
  }

  /** The path of a data answer (CSV or BULK) for these selections, downloaded when not cached or when refreshed. */
  public Path data(String table, String format, String lang, String valuePresentation, Map<String, List<String>> selections,
      boolean refresh) {
    return cached("data", table, dataRequest(table, format, lang, valuePresentation, selections), ".csv", refresh);
  }

  /** The JSON body {@link #tableInfo} POSTs to {@code /v1/tableinfo}. Example: {@code StatBankClient.tableInfoRequest("FOLK1A", "da")}. */
  public static ObjectNode tableInfoRequest(String table, String lang) {
    return JSON.createObjectNode().put("table", table).put("format", "JSON").put("lang", lang);
  }

  /**
   * The JSON body {@link #data} POSTs to {@code /v1/data}, for recording the exact request.
   * Example: {@code StatBankClient.dataRequest("FOLK1A", "CSV", "da", "Code", Map.of("Tid", List.of("2024K1")))}.
   */
  public static ObjectNode dataRequest(String table, String format, String lang, String valuePresentation,
      Map<String, List<String>> selections) {
    ObjectNode body = JSON.createObjectNode().put("table", table).put("format", format).put("lang", lang)
        .put("valuePresentation", valuePresentation);
    ArrayNode variables = body.putArray("variables");
    selections.forEach((code, values) -> {
      ObjectNode v = variables.addObject().put("code", code);
      values.forEach(v.putArray("values")::add);
    });
    return body;
  }

  /** The base URL requests go to, e.g. {@code https://api.statbank.dk/v1/}. */
  public URI base() {
    return base;
  }

  private Path cached(String function, String table, ObjectNode body, String extension, boolean refresh) {
    String request = function + " " + body;
    String key = DatasetLoader.sha256(request.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    Path file = cache.resolve(table.toUpperCase(java.util.Locale.ROOT) + "-" + function + "-" + key + extension);
    if (!refresh && Files.isRegularFile(file)) {
      return file;
    }
    try {
      download(function, body, table, file);
      return file;
    } catch (Offline e) {
      if (Files.isRegularFile(file)) {
        return file;
      }
      throw new Unreachable(base.getHost(), e.getMessage(), (e.incomplete ? "No complete answer from " : "Cannot reach ") + base.getHost()
          + " (" + e.getMessage() + ") and " + table + " is not in the cache " + cache + ". "
          + (e.incomplete ? "StatBank may be busy: try again later" : "Connect to the internet and try again")
          + ", or read a file you downloaded with readStatbank(path).");
    }
  }

  /**
   * Streams the answer into a temporary file beside {@code file} and moves it into place once it is
   * whole and looks like what was asked for, so a BULK answer of any size never sits in memory, and
   * an interrupted download, an error page sent as HTTP 200 or a cut-off answer never replaces a good
   * cached copy nor is cached at all.
   */
  private void download(String function, ObjectNode body, String table, Path file) throws Offline {
    Path temp;
    try {
      Files.createDirectories(cache);
      temp = Files.createTempFile(cache, file.getFileName().toString(), ".part");
    } catch (IOException e) {
      throw cacheNotWritable(e);
    }
    try {
      int status = post(function, body, table, temp);
      if (status / 100 != 2) {
        throw new WorkbenchException("StatBank refused the request for " + table + " (HTTP " + status + ": "
            + apiMessage(Files.readAllBytes(temp)) + "). Check the table id and selections with StatBank.table(\"" + table + "\").info().");
      }
      AnswerCheck.check(function, table, temp);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw cacheNotWritable(e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // a leftover .part file is harmless: it is never read as an answer
      }
    }
  }

  private WorkbenchException cacheNotWritable(IOException e) {
    return new WorkbenchException("Cannot write the StatBank cache " + cache + " (" + Printable.escaped(String.valueOf(e.getMessage()))
        + "). Free some disk space, or set another folder with -Duser.home or STYRBORD_DATA_HOME.", e);
  }

  /** POSTs the request and streams the answer into {@code target} under the time limits; returns the HTTP status. */
  private int post(String function, ObjectNode body, String table, Path target) throws Offline, IOException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(function))
        .timeout(idle)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
    HttpResponse<java.io.InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (ConnectException | HttpConnectTimeoutException | java.nio.channels.UnresolvedAddressException e) {
      throw new Offline(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), false);
    } catch (HttpTimeoutException e) {
      throw new Offline("no answer within " + TimedCopy.human(idle), true);
    } catch (IOException e) {
      if (e.getCause() instanceof java.nio.channels.UnresolvedAddressException || e instanceof java.net.UnknownHostException) {
        throw new Offline("unknown host " + base.getHost(), false);
      }
      throw new Offline(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Printable.escaped(e.getMessage())), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkbenchException("Stopped while fetching " + table + " from StatBank.");
    }
    new TimedCopy(idle, total).copy(response.body(), target);
    return response.statusCode();
  }

  private static String apiMessage(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    try {
      JsonNode node = JSON.readTree(text);
      if (node.hasNonNull("message")) {
        return Printable.escaped(node.get("message").asText());
      }
    } catch (IOException e) {
      // not JSON: show the start of the text
    }
    String oneLine = Printable.escaped(text.replaceAll("[ \\t\\r\\n]+", " "));
    return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
  }

  private static TableInfo parseInfo(String table, JsonNode node) {
    List<TableInfo.Variable> variables = new ArrayList<>();
    for (JsonNode v : node.path("variables")) {
      List<TableInfo.Value> values = new ArrayList<>();
      for (JsonNode x : v.path("values")) {
        values.add(new TableInfo.Value(x.path("id").asText(), x.path("text").asText()));
      }
      variables.add(new TableInfo.Variable(v.path("id").asText(), v.path("text").asText(),
          v.path("elimination").asBoolean(false), v.path("time").asBoolean(false), values));
    }
    return new TableInfo(node.path("id").asText(table), node.path("text").asText(), node.path("unit").asText(),
        node.path("updated").asText(), variables);
  }

  /** The API could not be reached and nothing was cached: the host and the reason, for a caller that words it its own way. */
  public static final class Unreachable extends WorkbenchException {
    private static final long serialVersionUID = 1L;
    private final String host;
    private final String reason;

    Unreachable(String host, String reason, String message) {
      super(message);
      this.host = host;
      this.reason = reason;
    }

    /** The host tried, e.g. {@code api.statbank.dk}. */
    public String host() {
      return host;
    }

    /** Why, e.g. {@code ConnectException}. */
    public String reason() {
      return reason;
    }
  }

  /** The API could not be reached, or sent no whole answer in time (as opposed to answering with an error). */
  static final class Offline extends Exception {
    private static final long serialVersionUID = 1L;
    /** True when the server answered but not wholly or not in time, false when it could not be reached. */
    final boolean incomplete;

    Offline(String message, boolean incomplete) {
      super(message);
      this.incomplete = incomplete;
    }
  }
}
