package dk.styrbord.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live notebook's HTTP API (API.md) answered from a canned state, for the page's browser
 * tests: serves the real page and its assets from the class path on 127.0.0.1, checks the token as
 * the real server does, records every POST, and lets actions change the state plausibly (a run makes
 * the cell OK, an edit makes it STALE and the notebook dirty; every change bumps the version).
 *
 * <p>Example: {@code try (var api = FakeNotebookApi.start()) { driver.get(api.pageUrl()); }}
 */
final class FakeNotebookApi implements AutoCloseable {
  /** One POST as the page sent it. */
  record Post(String path, JsonNode body) {}

  private static final String PAGE = "dk/styrbord/notebook/live/";
  private static final String CODEMIRROR = "META-INF/resources/webjars/codemirror/5.65.16/";
  private static final String PLOTLY = "dk/styrbord/plot/plotly/plotly.min.js";
  private static final Pattern CELL_ACTION = Pattern.compile("/api/cells/(\\d+)/(code|run|insert|delete)");
  private static final Pattern RUN_ABOVE = Pattern.compile("/api/run-above/(\\d+)");
  private static final long POLL_MILLIS = 20_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String token = UUID.randomUUID().toString();
  private final List<Post> posts = new CopyOnWriteArrayList<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final HttpServer server;
  private ObjectNode state;
  private boolean conflictOnSave;
  private String refusedPath;
  private String refusal;
  private volatile boolean closed;

  private FakeNotebookApi() throws IOException {
    state = cannedState(0);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  static FakeNotebookApi start() {
    try {
      return new FakeNotebookApi();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String pageUrl() {
    return origin() + "/?token=" + token;
  }

  /** The POSTs received since the last reset, in order. */
  List<Post> posts() {
    return List.copyOf(posts);
  }

  /** Back to the canned state (with a higher version, so a waiting page sees it) and no POSTs. */
  synchronized void reset() {
    state = cannedState(state.get("version").asInt() + 1);
    conflictOnSave = false;
    refusedPath = null;
    posts.clear();
    notifyAll();
  }

  /** The next save without {@code force} answers 409, as when the file changed on disk. */
  synchronized void conflictOnNextSave() {
    conflictOnSave = true;
  }

  /** The next POST to {@code path} answers 400 {@code {"error": message}}. */
  synchronized void refuseNext(String path, String message) {
    refusedPath = path;
    refusal = message;
  }

  synchronized void setDirty(boolean dirty) {
    state.put("dirty", dirty);
    bump("");
  }

  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      notifyAll();
    }
    server.stop(0);
    threads.shutdownNow();
  }

  private static ObjectNode cannedState(int version) {
    try (InputStream in = FakeNotebookApi.class.getResourceAsStream("fake-state.json")) {
      ObjectNode s = (ObjectNode) JSON.readTree(in);
      s.put("version", Math.max(version, s.get("version").asInt()));
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/")) {
        servePage(exchange);
      } else if (path.startsWith("/assets/")) {
        serveAsset(exchange, path.substring("/assets/".length()));
      } else if (path.startsWith("/api/")) {
        if (!token.equals(exchange.getRequestHeaders().getFirst("X-Styrbord-Token"))) {
          text(exchange, 403, "The request carries no valid session token.");
        } else if (exchange.getRequestMethod().equals("POST")) {
          answerPost(exchange, path);
        } else {
          answerView(exchange);
        }
      } else {
        text(exchange, 404, "No such page: " + path);
      }
    }
  }

  private void servePage(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    if (query == null || !query.equals("token=" + token)) {
      text(exchange, 403, "Open the notebook with the address the workbench printed.");
      return;
    }
    exchange.getResponseHeaders().add("Set-Cookie", "styrbord_token=" + token + "; HttpOnly; SameSite=Strict; Path=/");
    resource(exchange, PAGE + "notebook.html");
  }

  private void serveAsset(HttpExchange exchange, String name) throws IOException {
    String cookie = exchange.getRequestHeaders().getFirst("Cookie");
    if (cookie == null || !cookie.contains("styrbord_token=" + token)) {
      text(exchange, 403, "The request carries no valid session cookie.");
    } else if (name.contains("..")) {
      text(exchange, 404, "No such asset: " + name);
    } else if (name.equals("plotly.js")) {
      resource(exchange, PLOTLY);
    } else if (name.startsWith("codemirror/")) {
      resource(exchange, CODEMIRROR + name.substring("codemirror/".length()));
    } else if (name.matches("notebook(\\.table)?\\.(js|css)")) {
      resource(exchange, PAGE + name);
    } else {
      text(exchange, 404, "No such asset: " + name);
    }
  }

  private void resource(HttpExchange exchange, String name) throws IOException {
    try (InputStream in = FakeNotebookApi.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        text(exchange, 404, "No such resource: " + name);
        return;
      }
      send(exchange, 200, contentType(name), in.readAllBytes());
    }
  }

  private static String contentType(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    return name.endsWith(".js") ? "text/javascript; charset=utf-8" : "application/octet-stream";
  }

  private void answerView(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    int since = query != null && query.startsWith("since=") ? Integer.parseInt(query.substring(6)) : -1;
    String view;
    synchronized (this) {
      long deadline = System.currentTimeMillis() + POLL_MILLIS;
      while (!closed && state.get("version").asInt() <= since && System.currentTimeMillis() < deadline) {
        try {
          wait(Math.max(1, deadline - System.currentTimeMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      view = state.toString();
    }
    json(exchange, 200, view);
  }

  private void answerPost(HttpExchange exchange, String path) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    JsonNode body = JSON.readTree(exchange.getRequestBody());
    posts.add(new Post(path, body));
    if (type == null || !type.startsWith("application/json")) {
      text(exchange, 403, "POSTs must be application/json.");
      return;
    }
    synchronized (this) {
      try {
        String answer = act(path, body);
        json(exchange, 200, answer);
      } catch (ActionRefused refused) {
        json(exchange, refused.status, JSON.createObjectNode().put("error", refused.getMessage()).toString());
      }
    }
  }

  private static final class ActionRefused extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    ActionRefused(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private String act(String path, JsonNode body) throws ActionRefused {
    if (path.equals(refusedPath)) {
      refusedPath = null;
      throw new ActionRefused(400, refusal);
    }
    Matcher cellAction = CELL_ACTION.matcher(path);
    Matcher runAbove = RUN_ABOVE.matcher(path);
    if (cellAction.matches()) {
      cellAction(Integer.parseInt(cellAction.group(1)), cellAction.group(2), body);
    } else if (runAbove.matches()) {
      int n = Integer.parseInt(runAbove.group(1));
      cells().forEach(c -> {
        if (c.get("number").asInt() < n) {
          ran((ObjectNode) c);
        }
      });
      bump("Ran cells 1 to " + (n - 1));
    } else {
      switch (path) {
        case "/api/run-all", "/api/run-stale", "/api/restart" -> {
          cells().forEach(c -> ran((ObjectNode) c));
          bump("Ran every cell");
        }
        case "/api/stop" -> bump("Nothing was running");
        case "/api/parameters" -> setParameters(body);
        case "/api/save" -> save(body.path("force").asBoolean());
        case "/api/export" -> {
          bump("Wrote reports/fake.html");
          return JSON.createObjectNode().put("report", "reports/fake.html").set("view", state.deepCopy()).toString();
        }
        default -> throw new ActionRefused(400, "No such action: " + path);
      }
    }
    return state.toString();
  }

  private void cellAction(int n, String action, JsonNode body) throws ActionRefused {
    ArrayNode cells = cells();
    if (action.equals("insert") ? n > cells.size() : n < 1 || n > cells.size()) {
      throw new ActionRefused(400, "There is no cell " + n + ".");
    }
    switch (action) {
      case "code" -> {
        ObjectNode cell = (ObjectNode) cells.get(n - 1);
        cell.put("code", body.path("code").asText());
        cell.put("status", "STALE");
        state.put("dirty", true);
        bump("");
      }
      case "run" -> {
        ran((ObjectNode) cells.get(n - 1));
        bump("Cell " + n + " ran");
      }
      case "insert" -> {
        ObjectNode cell = JSON.createObjectNode().put("number", 0).put("title", "").put("prose", "").put("proseHtml", "")
            .put("code", "").put("codeLine", 1).put("status", "NEW").putNull("millis");
        cell.putArray("outputs");
        cell.putNull("error");
        cells.insert(n, cell);
        renumber();
        state.put("dirty", true);
        bump("Inserted a cell after cell " + n);
      }
      default -> {
        cells.remove(n - 1);
        renumber();
        state.put("dirty", true);
        bump("Deleted cell " + n);
      }
    }
  }

  private void setParameters(JsonNode body) {
    for (JsonNode p : state.withArray("parameters")) {
      JsonNode typed = body.get(p.get("name").asText());
      if (typed != null) {
        String text = typed.asText();
        ((ObjectNode) p).put("value", p.get("type").asText().equals("String") ? "\"" + text + "\"" : text);
      }
    }
    state.put("dirty", true);
    bump("Parameters applied");
  }

  private void save(boolean force) throws ActionRefused {
    if (conflictOnSave && !force) {
      throw new ActionRefused(409, "notebooks/fake.jsh changed on disk since it was read or saved.");
    }
    conflictOnSave = false;
    state.put("dirty", false);
    bump("Saved notebooks/fake.jsh");
  }

  private ArrayNode cells() {
    return state.withArray("cells");
  }

  private void renumber() {
    for (int i = 0; i < cells().size(); i++) {
      ((ObjectNode) cells().get(i)).put("number", i + 1);
    }
  }

  private static void ran(ObjectNode cell) {
    if (!cell.get("status").asText().equals("NOT_RUN")) {
      cell.put("status", "OK");
      cell.put("millis", 7);
      cell.putNull("error");
    }
  }

  private void bump(String message) {
    state.put("version", state.get("version").asInt() + 1);
    state.put("message", message);
    notifyAll();
  }

  private static void text(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static void json(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  /** For a test's failure message: the paths of the POSTs received. */
  static String paths(List<Post> posts) {
    return posts.stream().map(Post::path).toList().toString();
  }

  static Map<String, String> bodyAsMap(Post post) {
    return JSON.convertValue(post.body(), JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
  }
}
