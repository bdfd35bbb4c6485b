package dk.styrbord.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.styrbord.WorkbenchException;
import dk.styrbord.plot.OfflinePage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live notebook's web server: the page, its files (CodeMirror from its webjar, plotly from the jar,
 * nothing from a network) and the JSON API of {@code live/API.md} over one {@link
 * NotebookSession}. It listens on 127.0.0.1 only and lets a request through only as {@link
 * RequestGuard} says; it serves no file from disk at all. The JDK's own HTTP server is enough for
 * one user on one machine and adds no dependency.
 *
 * <p>Example: {@code try (NotebookServer server = NotebookServer.start(session, 8890)) {
 * System.out.println(server.address()); }}
 */
public final class NotebookServer implements AutoCloseable {
  private static final String LIVE = "/dk/styrbord/notebook/live/";
  private static final String CODEMIRROR = "/META-INF/resources/webjars/codemirror/5.65.16/";
  private static final Pattern CELL_ACTION = Pattern.compile("/api/cells/(\\d+)/(code|run|insert|delete)");
  private static final Pattern RUN_ABOVE = Pattern.compile("/api/run-above/(\\d+)");
  private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9_\\-./]+");
  private static final int MAX_BODY = 5 * 1024 * 1024;
  private static final Duration LONG_POLL = Duration.ofSeconds(20);
  private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'none'";

  private final NotebookSession session;
  private final HttpServer server;
  private final ExecutorService threads;
  private final String token;
  private final RequestGuard guard;

  private NotebookServer(NotebookSession session, HttpServer server, ExecutorService threads) {
    this.session = session;
    this.server = server;
    this.threads = threads;
    this.token = RequestGuard.newToken();
    this.guard = new RequestGuard(token, server.getAddress().getPort());
    server.createContext("/", this::handle);
    server.setExecutor(threads);
  }

  /** Starts serving {@code session} on 127.0.0.1:{@code port}, or on a free port when that one is taken (0: any). */
  public static NotebookServer start(NotebookSession session, int port) {
    ExecutorService threads = Executors.newCachedThreadPool(dk.styrbord.Daemons.factory("styrbord-notebook-http"));
    NotebookServer started = new NotebookServer(session, bind(port), threads);
    started.server.start();
    return started;
  }

  /** The address to open: {@code http://127.0.0.1:PORT/?token=…}. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + port() + "/?token=" + token);
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private static HttpServer bind(int port) {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try {
      try {
        return HttpServer.create(new InetSocketAddress(loopback, port), 0);
      } catch (BindException taken) {
        return HttpServer.create(new InetSocketAddress(loopback, 0), 0);
      }
    } catch (IOException e) {
      throw new WorkbenchException("Could not start the notebook server on 127.0.0.1: " + e.getMessage(), e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      boolean api = path.startsWith("/api/");
      String refusal = guard.refusal(exchange, api);
      if (refusal != null) {
        plain(exchange, 403, refusal);
        return;
      }
      if (api) {
        api(exchange, path);
      } else if (exchange.getRequestMethod().equals("GET")) {
        file(exchange, path);
      } else {
        plain(exchange, 405, "Only GET here.");
      }
    }
  }

  private void file(HttpExchange exchange, String path) throws IOException {
    if (path.equals("/")) {
      if (guard.addressTokenMatches(exchange)) {
        exchange.getResponseHeaders().add("Set-Cookie",
            RequestGuard.COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
      }
      exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
      resource(exchange, LIVE + "notebook.html", "text/html; charset=utf-8");
    } else if (path.equals("/assets/plotly.js")) {
      send(exchange, 200, "text/javascript; charset=utf-8", OfflinePage.plotlyScript().getBytes(StandardCharsets.UTF_8));
    } else if (path.startsWith("/assets/codemirror/") && safe(path)) {
      resource(exchange, CODEMIRROR + path.substring("/assets/codemirror/".length()), type(path));
    } else if (path.matches("/assets/notebook[a-z.]*\\.(js|css)")) {
      resource(exchange, LIVE + path.substring("/assets/".length()), type(path));
    } else {
      plain(exchange, 404, "Not found: " + path);
    }
  }

  /** An asset path of plain names only: no {@code ..}, no encoded characters. */
  private static boolean safe(String path) {
    return ASSET.matcher(path).matches() && !path.contains("..") && !path.contains("//");
  }

  private void resource(HttpExchange exchange, String name, String type) throws IOException {
    try (InputStream in = NotebookServer.class.getResourceAsStream(name)) {
      if (in == null) {
        plain(exchange, 404, "Not found: " + exchange.getRequestURI().getPath());
        return;
      }
      send(exchange, 200, type, in.readAllBytes());
    }
  }

  private static String type(String path) {
    if (path.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (path.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    return "application/octet-stream";
  }

  private void api(HttpExchange exchange, String path) throws IOException {
    try {
      if (exchange.getRequestMethod().equals("GET") && path.equals("/api/notebook")) {
        json(exchange, 200, NotebookJson.of(viewSince(exchange)));
      } else if (exchange.getRequestMethod().equals("POST")) {
        JsonNode body = body(exchange);
        JsonNode answer = act(path, body);
        if (answer == null) {
          plain(exchange, 404, "Not found: " + path);
        } else {
          json(exchange, 200, answer);
        }
      } else {
        plain(exchange, 404, "Not found: " + path);
      }
    } catch (NotebookSession.ChangedOnDisk e) {
      json(exchange, 409, error(e.getMessage()));
    } catch (WorkbenchException e) {
      json(exchange, 400, error(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      json(exchange, 503, error("The workbench is closing."));
    }
  }

  private NotebookSession.View viewSince(HttpExchange exchange) throws InterruptedException {
    String since = RequestGuard.queryParameter(exchange.getRequestURI().getRawQuery(), "since");
    if (since == null) {
      return session.view();
    }
    try {
      return session.awaitChange(Long.parseLong(since), LONG_POLL);
    } catch (NumberFormatException e) {
      throw new WorkbenchException("since=" + since + " is not a version number.");
    }
  }

  /** Does what a POST asks; the answer, or null for an unknown path. */
  private JsonNode act(String path, JsonNode body) {
    Matcher cell = CELL_ACTION.matcher(path);
    Matcher above = RUN_ABOVE.matcher(path);
    if (cell.matches()) {
      int number = Integer.parseInt(cell.group(1));
      switch (cell.group(2)) {
        case "code" -> session.edit(number, text(body, "code"));
        case "run" -> session.run(number);
        case "insert" -> session.insertCell(number);
        default -> session.deleteCell(number);
      }
    } else if (above.matches()) {
      session.runAbove(Integer.parseInt(above.group(1)));
    } else if (path.equals("/api/export")) {
      String report = session.exportReport().toString();
      ObjectNode answer = NotebookJson.MAPPER.createObjectNode().put("report", report);
      answer.set("view", NotebookJson.of(session.view()));
      return answer;
    } else if (!simpleAction(path, body)) {
      return null;
    }
    return NotebookJson.of(session.view());
  }

  private boolean simpleAction(String path, JsonNode body) {
    switch (path) {
      case "/api/run-all" -> session.runAll();
      case "/api/run-stale" -> session.runStale();
      case "/api/stop" -> session.stop();
      case "/api/restart" -> session.restart();
      case "/api/save" -> session.save(body.path("force").asBoolean(false));
      case "/api/parameters" -> session.setParameters(values(body));
      default -> {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> values(JsonNode body) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      values.put(e.getKey(), e.getValue().asText());
    }
    return values;
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual()) {
      throw new WorkbenchException("The request needs \"" + field + "\" as text.");
    }
    return value.asText();
  }

  private static JsonNode body(HttpExchange exchange) throws IOException {
    byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      throw new WorkbenchException("The request is larger than 5 MB.");
    }
    if (bytes.length == 0) {
      return NotebookJson.MAPPER.createObjectNode();
    }
    try {
      return NotebookJson.MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new WorkbenchException("The request is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static ObjectNode error(String message) {
    return NotebookJson.MAPPER.createObjectNode().put("error", message);
  }

  private static void json(HttpExchange exchange, int status, JsonNode json) throws IOException {
    send(exchange, status, "application/json; charset=utf-8", NotebookJson.MAPPER.writeValueAsBytes(json));
  }

  private static void plain(HttpExchange exchange, int status, String text) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
