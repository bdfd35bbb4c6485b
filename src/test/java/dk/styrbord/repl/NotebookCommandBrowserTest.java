package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.notebook.HeadlessChromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tech.tablesaw.api.Table;

/**
 * {@code ./workbench notebook} end to end: a copy of the shipped {@code notebooks/lolland.jsh} served
 * as the command serves it (the prompt's engine, start-up and bundled data), driven in real headless
 * Chromium as a user would. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotebookCommandBrowserTest {
  private static final Duration RUN = Duration.ofSeconds(180);
  private static final String LOLLAND = "String kommune = \"Lolland\";";
  private static final String MORSOE = "String kommune = \"Morsø\";";

  @TempDir static Path folder;
  private static Path file;
  private static String original;
  private static NotebookCommand.Opened opened;
  private static ChromeDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void openLollandInTheBrowser() throws IOException {
    original = Files.readString(Path.of("notebooks/lolland.jsh"), StandardCharsets.UTF_8);
    file = folder.resolve("lolland.jsh");
    Files.writeString(file, original, StandardCharsets.UTF_8);
    opened = NotebookCommand.open(file, 0);
    driver = HeadlessChromium.start(1400, 1000);
    wait = new WebDriverWait(driver, RUN);
    driver.get(opened.server().address().toString());
    wait.until(d -> d.findElements(By.cssSelector("#cells > .cell")).size() == 8);
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
    if (opened != null) {
      opened.close();
    }
  }

  @Test
  @Order(1)
  void runAllDrawsTheRankingTheSplitTableAndTheWaterfall() throws IOException {
    driver.findElement(By.id("run-all")).click();
    wait.until(d -> badges().subList(0, 7).stream().allMatch("ok"::equals));
    assertTrue(text("#cell-2 .outputs").contains("Lolland ranks " + rankOf("Lolland") + " of 98 in 2024"),
        text("#cell-2 .outputs"));
    // the ranking: one bar per municipality
    assertEquals(98, barsIn("#cell-2"));
    // the price × volume table: five measures and the part not split, every row in the page
    List<WebElement> rows = driver.findElements(By.cssSelector("#cell-3 table.data tbody tr"));
    assertEquals(6, rows.size());
    assertTrue(rows.get(0).getText().startsWith("§108"), rows.get(0).getText());
    // the waterfall: group level, one volume step per measure, the price step, the part not split, our level
    Long steps = (Long) js("var p = document.querySelector('#cell-4 .js-plotly-plot');"
        + " return p && p.data[0].type === 'waterfall' ? p.data[0].x.length : -1;");
    assertTrue(steps >= 5, "waterfall steps: " + steps);
    assertEquals(1, driver.findElements(By.cssSelector("#cell-4 .waterfalllayer")).size());
    List<String> variables = driver.findElements(By.cssSelector("#variables tbody tr")).stream()
        .map(WebElement::getText).toList();
    assertTrue(variables.stream().anyMatch(v -> v.matches("prices Table 5 rows × 4 columns")), variables.toString());
    screenshot("notebook-live-1400.png");
  }

  @Test
  @Order(2)
  void editingTheParameterCellMarksItsDependentsStaleAndRunStaleUpdatesThem() {
    js("var cm = document.querySelector('#cell-1 .CodeMirror').CodeMirror;"
        + " var at = cm.getValue().indexOf('\"Lolland\"');"
        + " cm.replaceRange('\"Morsø\"', cm.posFromIndex(at), cm.posFromIndex(at + 9));");
    wait.until(d -> badges().get(1).startsWith("stale"));
    List<String> badges = badges();
    for (int cell = 1; cell <= 7; cell++) {
      assertTrue(badges.get(cell - 1).startsWith("stale"), "cell " + cell + ": " + badges);
    }
    assertEquals("prose", badges.get(7));
    driver.findElement(By.id("run-stale")).click();
    wait.until(d -> badges().subList(0, 7).stream().allMatch("ok"::equals));
    assertTrue(text("#cell-2 .outputs").contains("Morsø ranks " + rankOf("Morsø") + " of 98 in 2024"),
        text("#cell-2 .outputs"));
    assertTrue(driver.findElement(By.cssSelector("#cell-3 .table-caption")).getText().startsWith("Morsø 2024"));
  }

  @Test
  @Order(3)
  void stopEndsARunawayCellAndTheEarlierVariablesKeepTheirValues() {
    driver.findElement(By.cssSelector("#cell-8 .cell-tools button:nth-child(3)")).click();
    wait.until(d -> d.findElements(By.cssSelector("#cells > .cell")).size() == 9);
    setCode(9, "while (true) {}");
    driver.findElement(By.cssSelector("#cell-9 .cell-tools button")).click();
    wait.until(d -> badges().get(8).equals("running"));
    driver.findElement(By.id("stop")).click();
    wait.until(d -> badges().get(8).equals("stopped"));
    setCode(9, "b.municipality() + \" \" + split.measures().rowCount()");
    driver.findElement(By.cssSelector("#cell-9 .cell-tools button")).click();
    wait.until(d -> badges().get(8).equals("ok"));
    assertEquals("Morsø 5", text("#cell-9 .outputs").strip());
  }

  @Test
  @Order(4)
  void saveWritesTheEditedTextToTheFile() throws IOException {
    driver.findElement(By.id("save")).click();
    wait.until(d -> text("#status").startsWith("Saved"));
    // the inserted cell: a blank line, its marker, its code, and the blank line that ends a cell
    String expected = original.replace(LOLLAND, MORSOE)
        + "\n//%% Cell\nb.municipality() + \" \" + split.measures().rowCount()\n\n";
    String saved = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(expected, saved);
  }

  @Test
  @Order(5)
  void aRequestWithoutTheTokenOrFromAnotherSiteIsRefused() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    URI address = opened.server().address();
    URI page = URI.create("http://127.0.0.1:" + address.getPort() + "/");
    assertEquals(403, client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    String token = address.getQuery().substring("token=".length());
    HttpRequest foreign = HttpRequest.newBuilder(URI.create(page + "api/run-all"))
        .header("X-Styrbord-Token", token).header("Origin", "http://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    assertEquals(403, client.send(foreign, HttpResponse.BodyHandlers.ofString()).statusCode());
    assertEquals(200, client.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
        "the address with its token opens the page");
  }

  /** The rank {@code level} gives, an independent path from the notebook's {@code benchmark}. */
  private static int rankOf(String name) {
    Table level = AnalysisPrompt.level("5.38", 2024);
    for (int row = 0; row < level.rowCount(); row++) {
      if (level.stringColumn("municipality").get(row).equals(name)) {
        return level.intColumn("rank").get(row);
      }
    }
    throw new AssertionError(name + " is not in level()");
  }

  private static void setCode(int cell, String code) {
    js("document.querySelector('#cell-" + cell + " .CodeMirror').CodeMirror.setValue(arguments[0]);", code);
  }

  private static long barsIn(String cell) {
    return (Long) js("var p = document.querySelector('" + cell + " .js-plotly-plot');"
        + " return p ? p.querySelectorAll('.barlayer .point').length : -1;");
  }

  private static List<String> badges() {
    return driver.findElements(By.cssSelector("#cells > .cell .badge")).stream()
        .map(e -> e.getText().toLowerCase()).toList();
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static void screenshot(String name) throws IOException {
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", name), driver.getScreenshotAs(OutputType.BYTES));
  }
}
