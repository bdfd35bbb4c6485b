package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartImagesTest {

  @Test
  void aPngIsDrawnWithTheChartInIt(@TempDir Path dir) throws Exception {
    Chart map = ChartGallery.charts(Datasets.of(Catalog.bundled()), Language.ENGLISH).get("map");
    Path png = ChartImages.png(map, dir.resolve("map.png"), false);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(ChartImages.WIDTH, image.getWidth());
    assertTrue(image.getHeight() >= map.layout().get("height").asInt(), "the plot and its footer: " + image.getHeight());
    // The map's colours (YlOrRd) are drawn: count pixels that are neither white, grey nor black.
    int coloured = 0;
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        coloured += r - b > 60 ? 1 : 0;
      }
    }
    assertTrue(coloured > 2000, "reddish-yellow pixels of the map: " + coloured);
  }

  @Test
  void aLongFooterGetsRoomForEachOfItsLines() {
    Chart tiny = ChartFilesTest.tiny("x");
    Chart oneLine = new Chart("x", tiny.data(), tiny.layout(), "Data: your table «x»; its source is yours to state.");
    Chart fourLines = new Chart("x", tiny.data(), tiny.layout(), "Source: ".repeat(60));
    assertTrue(ChartImages.footerHeight(oneLine) >= 40, "a line of 13-pixel text and the margin");
    assertTrue(ChartImages.footerHeight(fourLines) >= ChartImages.footerHeight(oneLine) + 3 * 16,
        "480 characters run to four lines of about 150: " + ChartImages.footerHeight(fourLines));
  }

  @Test
  void anExistingImageIsKept(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("x.png"), "mine");
    assertThrows(WorkbenchException.class, () -> ChartImages.png(ChartFilesTest.tiny("x"), file, false));
    assertEquals("mine", Files.readString(file));
  }
}
