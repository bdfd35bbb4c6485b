package dk.styrbord.notebook;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Who may talk to the live notebook's server, which runs code: only the page it served, in a
 * browser on this machine. A request must name the server as {@code 127.0.0.1:PORT} or {@code
 * localhost:PORT} in its Host header (no DNS rebinding), must not come from another site (Origin,
 * Sec-Fetch-Site), and must carry the session's random token: in the address or cookie to load the
 * page and its files, in the {@code X-Styrbord-Token} header for the API (a cookie alone is refused
 * there, so no form on another site can post).
 *
 * <p>Example: {@code String refusal = guard.refusal(exchange, true); if (refusal != null) send403(refusal);}
 */
final class RequestGuard {
  /** The header the page sends the token in. */
  static final String TOKEN_HEADER = "X-Styrbord-Token";
  /** The cookie the page's own files are fetched with. */
  static final String COOKIE = "styrbord_token";

  private final String token;
  private final int port;

  RequestGuard(String token, int port) {
    this.token = token;
    this.port = port;
  }

  /** A new random token: 24 bytes from a secure random source, as hex. */
  static String newToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Why a request is refused, one line, or null when it may pass; {@code api} requests need the header. */
  String refusal(HttpExchange exchange, boolean api) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !ownAddresses("").contains(host.toLowerCase())) {
      return "Refused: the request names another host (" + host + "); open the address the workbench printed.";
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin != null && !ownAddresses("http://").contains(origin.toLowerCase())) {
      return "Refused: a request from another site (" + origin + ").";
    }
    String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return "Refused: a cross-site request.";
    }
    if (api ? !matches(exchange.getRequestHeaders().getFirst(TOKEN_HEADER)) : !pageTokenMatches(exchange)) {
      return "Refused: the token is missing or wrong; open the address with ?token= that the workbench printed.";
    }
    return null;
  }

  /** Whether the address's {@code token} parameter is the session's (the first load of the page). */
  boolean addressTokenMatches(HttpExchange exchange) {
    return matches(queryParameter(exchange.getRequestURI().getRawQuery(), "token"));
  }

  private boolean pageTokenMatches(HttpExchange exchange) {
    return addressTokenMatches(exchange) || matches(exchange.getRequestHeaders().getFirst(TOKEN_HEADER))
        || matches(cookie(exchange));
  }

  private List<String> ownAddresses(String scheme) {
    return List.of(scheme + "127.0.0.1:" + port, scheme + "localhost:" + port);
  }

  private boolean matches(String given) {
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private static String cookie(HttpExchange exchange) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String part : header.split(";")) {
        String[] pair = part.strip().split("=", 2);
        if (pair.length == 2 && pair[0].equals(COOKIE)) {
          return pair[1];
        }
      }
    }
    return null;
  }

  /** One parameter of a raw query string, decoded, or null. */
  static String queryParameter(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String part : rawQuery.split("&")) {
      String[] pair = part.split("=", 2);
      if (pair[0].equals(name)) {
        return pair.length == 2 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "";
      }
    }
    return null;
  }
}
