package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a small live notebook, spoken to over raw HTTP/1.1 so every header is as a test writes it. */
class NotebookServerTest {
  private static final ShellSetup SETUP = new ShellSetup("local",
      List.of(System.getProperty("java.class.path").split(File.pathSeparator)), "");

  @TempDir static Path folder;
  private static NotebookSession session;
  private static NotebookServer server;
  private static String token;
  private static String host;

  @BeforeAll
  static void start() throws IOException {
    Path file = folder.resolve("nb.jsh");
    Files.writeString(file, "//%% One\nint answer = 6 * 7;\nanswer\n");
    session = NotebookSession.open(file, SETUP, null);
    server = NotebookServer.start(session, 0);
    token = server.address().getQuery().substring("token=".length());
    host = "127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
    session.close();
  }

  /** A response: status code, headers as one text, body. */
  record Response(int status, String headers, String body) {}

  private static Response request(String method, String path, String... headers) throws IOException {
    return send(method, path, "", headers);
  }

  private static Response send(String method, String path, String body, String... headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      boolean hostGiven = false;
      for (String h : headers) {
        hostGiven |= h.toLowerCase().startsWith("host:");
        request.append(h).append("\r\n");
      }
      if (!hostGiven) {
        request.append("Host: ").append(host).append("\r\n");
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      request.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
      out.flush();
      InputStream in = socket.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = all.substring(0, split);
      return new Response(Integer.parseInt(head.split(" ")[1]), head, all.substring(split + 4));
    }
  }

  @Test
  void aRequestWithoutTheTokenIsRefused() throws IOException {
    Response r = request("GET", "/api/notebook");
    assertEquals(403, r.status());
    assertTrue(r.body().startsWith("Refused: the token is missing or wrong"), r.body());
    assertEquals(403, request("GET", "/"). status());
  }

  @Test
  void aWrongTokenIsRefused() throws IOException {
    assertEquals(403, request("GET", "/api/notebook", "X-Styrbord-Token: " + token.replace(token.charAt(0), token.charAt(0) == 'a' ? 'b' : 'a')).status());
    assertEquals(403, request("GET", "/?token=0123").status());
  }

  @Test
  void aForeignOriginIsRefusedEvenWithTheToken() throws IOException {
    Response r = send("POST", "/api/run-all", "{}", "X-Styrbord-Token: " + token, "Origin: http://evil.example");
    assertEquals(403, r.status());
    assertTrue(r.body().contains("another site"), r.body());
  }

  @Test
  void anotherHostNameIsRefusedSoDnsRebindingGetsNothing() throws IOException {
    Response r = request("GET", "/api/notebook", "Host: rebind.example:" + server.port(), "X-Styrbord-Token: " + token);
    assertEquals(403, r.status());
    assertTrue(r.body().contains("another host"), r.body());
  }

  @Test
  void aCrossSiteFetchIsRefused() throws IOException {
    assertEquals(403, request("GET", "/api/notebook", "X-Styrbord-Token: " + token, "Sec-Fetch-Site: cross-site").status());
  }

  @Test
  void theCookieAloneCannotPost() throws IOException {
    assertEquals(403, send("POST", "/api/run-all", "{}", "Cookie: styrbord_token=" + token).status());
  }

  @Test
  void thePageSetsAStrictCookieAndAPolicyThatAllowsOnlyItsOwnFiles() throws IOException {
    Response page = request("GET", "/?token=" + token);
    assertEquals(200, page.status());
    String headers = page.headers().toLowerCase();
    assertTrue(headers.contains(("Set-Cookie: styrbord_token=" + token + "; Path=/; HttpOnly; SameSite=Strict").toLowerCase()), headers);
    assertTrue(headers.contains("content-security-policy: default-src 'self'; script-src 'self';"), headers);

    Response editor = request("GET", "/assets/codemirror/lib/codemirror.js", "Cookie: styrbord_token=" + token);
    assertEquals(200, editor.status());
    assertTrue(editor.body().contains("CodeMirror"));
    Response plotly = request("GET", "/assets/plotly.js", "Cookie: styrbord_token=" + token);
    assertTrue(plotly.body().contains("plotly.js v2.35.3") || plotly.body().contains("2.35.3"), "plotly is served from the jar");
  }

  @Test
  void nothingOutsideTheAssetsIsServed() throws IOException {
    String cookie = "Cookie: styrbord_token=" + token;
    assertEquals(404, request("GET", "/assets/codemirror/../../../dk/styrbord/notebook/NotebookServer.class", cookie).status());
    assertEquals(404, request("GET", "/assets/codemirror/%2e%2e/%2e%2e/x", cookie).status());
    assertEquals(404, request("GET", "/nb.jsh", cookie).status());
    assertEquals(404, request("GET", "/etc/passwd", cookie).status());
  }

  @Test
  void aCellRunsThroughTheApiAndItsValueComesBack() throws Exception {
    Response r = send("POST", "/api/cells/1/run", "{}", "X-Styrbord-Token: " + token, "Origin: http://" + host,
        "Content-Type: application/json");
    assertEquals(200, r.status(), r.body());
    session.awaitIdle(java.time.Duration.ofSeconds(60));

    JsonNode view = NotebookJson.MAPPER.readTree(request("GET", "/api/notebook", "X-Styrbord-Token: " + token).body());
    JsonNode cell = view.get("cells").get(0);
    assertEquals("OK", cell.get("status").asText(), view.toString());
    assertEquals("42", cell.get("outputs").path(0).path("text").asText(), view.toString());
    assertEquals("answer", view.get("variables").path(0).path("name").asText(), view.toString());
  }

  @Test
  void aMistakeIsOneLineOfJson() throws IOException {
    Response r = send("POST", "/api/cells/9/run", "{}", "X-Styrbord-Token: " + token);
    assertEquals(400, r.status());
    assertEquals("There is no cell 9: the notebook has cells 1 to 1.",
        NotebookJson.MAPPER.readTree(r.body()).get("error").asText());
  }
}
