package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Charts work without a network only if nothing points at one: no file under src/ or notebooks/ names a CDN. */
class OfflineSourcesTest {
  /** CDNs plotly users reach for, and any script loaded over the network. */
  private static final Pattern CDN = Pattern.compile(
      "cdn\\.plot\\.ly|cdn\\.jsdelivr|unpkg\\.com|cdnjs\\.cloudflare|<script[^>]*src\\s*=\\s*[\"']?(https?:)?//", Pattern.CASE_INSENSITIVE);

  /**
   * plotly.js itself is not under src/: the build fetches it (pom.xml). As npm ships it, it names its
   * CDN as the default place of map outlines; OfflinePage's empty outline stops that fetch
   * (ChartGalleryTest draws a map with the network off).
   */

  @Test
  void noSourceOrNotebookReferencesACdn() throws IOException {
    List<String> found = new ArrayList<>();
    for (String root : new String[] {"src", "notebooks"}) {
      if (!Files.isDirectory(Path.of(root))) {
        continue;
      }
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          if (CDN.matcher(text).find()) {
            found.add(file.toString());
          }
        }
      }
    }
    assertEquals(List.of(), found, "files that reference a CDN or a remote script");
  }

  @Test
  void thePatternCatchesTheUsualWays() {
    // Split so that this file does not match itself.
    for (String bad : new String[] {"<script src=\"https://cdn." + "plot.ly/plotly-latest.min.js\">",
        "https://cdn." + "jsdelivr.net/npm/plotly.js", "//unpkg" + ".com/plotly.js", "<script src" + "='//example.org/x.js'>"}) {
      assertEquals(true, CDN.matcher(bad).find(), bad);
    }
    assertEquals(false, CDN.matcher("<script>Plotly.newPlot(\"c\", [], {})</script>").find());
  }
}
