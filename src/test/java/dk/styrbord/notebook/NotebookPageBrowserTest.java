package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live notebook page in headless Chromium against {@link FakeNotebookApi}: what it shows of the
 * canned notebook (fake-state.json) and what it posts when the user acts. One browser for the class;
 * every test starts from the canned state on a freshly loaded page.
 */
class NotebookPageBrowserTest {
  private static final int TABLE_ROWS = 60;
  private static FakeNotebookApi api;
  private static ChromeDriver driver;
  private static WebDriverWait wait;
  private static JsonNode canned;

  @BeforeAll
  static void startBrowser() throws IOException {
    try (InputStream in = NotebookPageBrowserTest.class.getResourceAsStream("fake-state.json")) {
      canned = new ObjectMapper().readTree(in);
    }
    api = FakeNotebookApi.start();
    driver = HeadlessChromium.start(1400, 1000);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (api != null) {
      api.close();
    }
  }

  @BeforeEach
  void openCannedNotebook() {
    api.reset();
    driver.manage().logs().get("browser");
    driver.get(api.pageUrl());
    wait.until(d -> d.findElements(By.cssSelector("#cell-3 .js-plotly-plot .barlayer")).size() == 1);
  }

  @Test
  void pageLoadsWithoutConsoleErrorsAndNoRequestLeaves127001() {
    List<String> errors = driver.manage().logs().get("browser").getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    assertEquals(List.of(), errors, "console errors and warnings");
    @SuppressWarnings("unchecked")
    List<String> requested = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name);");
    assertTrue(requested.size() >= 8, "the page, CodeMirror, plotly and the API were requested: " + requested);
    List<String> outside = requested.stream().filter(url -> !url.startsWith(api.origin() + "/")).toList();
    assertEquals(List.of(), outside, "requests leaving " + api.origin());
  }

  @Test
  void cellsShowTheirStatusAndTheEnvironmentShowsShapes() {
    assertEquals(5, driver.findElements(By.cssSelector("#cells > .cell")).size());
    assertEquals("stale: re-run to update", text("#cell-5 .badge").toLowerCase());
    assertEquals("failed", text("#cell-4 .badge").toLowerCase());
    assertEquals("[2] Spending per inhabitant", text("#cell-2 .cell-title"));
    assertEquals("845 ms", text("#cell-2 .timing"));
    assertEquals("Every municipality, per inhabitant.", text("#cell-2 .prose"));
    assertEquals("per inhabitant", text("#cell-2 .prose em"), "prose is inserted as HTML");
    assertEquals("12", text("#cell-2 .CodeMirror-linenumber.CodeMirror-gutter-elt"), "line numbers as in the file");
    List<String> ranking = driver.findElements(By.cssSelector("#variables tbody tr")).stream()
        .map(WebElement::getText).filter(t -> t.startsWith("ranking")).toList();
    assertEquals(List.of("ranking Table 60 rows × 4 columns"), ranking);
    assertEquals("Opened notebooks/fake.jsh", text("#status"));
  }

  @Test
  void tableHoldsEveryRowWithNumbersRightAligned() {
    assertEquals(TABLE_ROWS, driver.findElements(By.cssSelector("#cell-2 table.data tbody tr")).size());
    assertEquals("60 rows × 4 columns", text("#cell-2 .table-shape"));
    WebElement number = driver.findElement(By.cssSelector("#cell-2 table.data tbody tr td:nth-child(3)"));
    WebElement name = driver.findElement(By.cssSelector("#cell-2 table.data tbody tr td:nth-child(1)"));
    assertEquals("right", number.getCssValue("text-align"));
    assertNotEquals("right", name.getCssValue("text-align"));
    WebElement box = driver.findElement(By.cssSelector("#cell-2 .table-scroll"));
    assertTrue(box.getSize().getHeight() <= 422, "the table scrolls inside its box: " + box.getSize());
    assertEquals("sticky", driver.findElement(By.cssSelector("#cell-2 table.data th")).getCssValue("position"));
  }

  @Test
  void clickingANumericHeaderSortsByValueBothWays() {
    List<String> dkk = cannedColumn(2);
    List<String> ascending = new ArrayList<>(dkk);
    ascending.sort(Comparator.comparingDouble(NotebookPageBrowserTest::number));
    List<String> asText = new ArrayList<>(dkk);
    asText.sort(Comparator.naturalOrder());
    assertNotEquals(asText, ascending, "the canned numbers sort differently as text");

    header(2).click();
    assertEquals(ascending, shownColumn(2));
    header(2).click();
    List<String> descending = new ArrayList<>(ascending);
    java.util.Collections.reverse(descending);
    assertEquals(descending, shownColumn(2));

    List<String> change = new ArrayList<>(cannedColumn(3));
    change.sort(Comparator.comparingDouble(NotebookPageBrowserTest::number));
    header(3).click();
    assertEquals(change, shownColumn(3), "decimal commas and minus signs");
  }

  @Test
  void chartDrawsOneBarTracePerSeries() {
    assertEquals(1, driver.findElements(By.cssSelector(".js-plotly-plot")).size());
    JsonNode data = canned.at("/cells/2/outputs/0/data");
    assertEquals(data.size(), driver.findElements(By.cssSelector("#cell-3 .barlayer g.trace")).size());
    assertEquals(data.get(0).get("x").size() * data.size(),
        driver.findElements(By.cssSelector("#cell-3 .barlayer g.point")).size());
    assertEquals("Spending per inhabitant", text("#cell-3 .gtitle"));
    assertTrue(text("#cell-3 .chart-footer").startsWith("Source: Danmarks Statistik"));
  }

  @Test
  void errorShowsOneLineAndTheTraceOnDemand() {
    WebElement line = driver.findElement(By.cssSelector("#cell-4 .output-error .error-line"));
    assertEquals("java.lang.ArithmeticException: / by zero (line 23)", text("#cell-4 .error-message"));
    assertFalse(line.getText().contains("\n"), "one line: " + line.getText());
    WebElement trace = driver.findElement(By.cssSelector("#cell-4 .error-trace"));
    assertFalse(trace.isDisplayed());
    driver.findElement(By.cssSelector("#cell-4 .trace-toggle")).click();
    wait.until(d -> trace.isDisplayed());
    assertTrue(trace.getText().contains("second line of the message"), trace.getText());
    assertTrue(trace.getText().contains("at line 13 (cell 2 Spending per inhabitant)"), trace.getText());
    assertEquals("hide trace", text("#cell-4 .trace-toggle"));
  }

  @Test
  void shiftEnterSendsTheEditedCodeThenRunsTheCell() {
    driver.findElement(By.cssSelector("#cell-5 .CodeMirror-line")).click();
    WebElement typing = driver.switchTo().activeElement();
    typing.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "// edited");
    new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
    wait.until(d -> api.posts().stream().anyMatch(p -> p.path().equals("/api/cells/5/run")));

    List<FakeNotebookApi.Post> posts = api.posts();
    int run = indexOf(posts, p -> p.path().equals("/api/cells/5/run"));
    int code = indexOf(posts, p -> p.path().equals("/api/cells/5/code"));
    assertTrue(code >= 0 && code < run, "code before run: " + FakeNotebookApi.paths(posts));
    assertEquals("System.out.println(kommune + \" \" + year);\n// edited", posts.get(code).body().get("code").asText());
    wait.until(d -> text("#cell-5 .badge").equalsIgnoreCase("ok"));
    assertTrue(driver.findElement(By.cssSelector("#cell-5 .CodeMirror")).getText().contains("// edited"),
        "the editor keeps what was typed");
  }

  @Test
  void applyPostsTheParametersAsTyped() {
    WebElement kommune = driver.findElement(By.cssSelector("#parameters input[name=kommune]"));
    assertEquals("Lolland", kommune.getAttribute("value"), "a String shows without its quotes");
    kommune.clear();
    kommune.sendKeys("Morsø");
    driver.findElement(By.id("apply")).click();
    wait.until(d -> api.posts().stream().anyMatch(p -> p.path().equals("/api/parameters")));
    FakeNotebookApi.Post post = api.posts().stream().filter(p -> p.path().equals("/api/parameters")).findFirst().orElseThrow();
    assertEquals(java.util.Map.of("kommune", "Morsø", "year", "2024"), FakeNotebookApi.bodyAsMap(post));
    wait.until(d -> text("#status").equals("Parameters applied"));
    assertEquals("Morsø", kommune.getAttribute("value"));
  }

  @Test
  void refusedActionsShowTheirMessageInRedInTheStatusLine() {
    api.refuseNext("/api/run-stale", "Cell 4 is still running.");
    driver.findElement(By.id("run-stale")).click();
    wait.until(d -> text("#status").equals("Cell 4 is still running."));
    assertTrue(driver.findElement(By.id("status")).getAttribute("class").contains("error"));
    assertEquals("rgba(198, 40, 40, 1)", driver.findElement(By.id("status")).getCssValue("color"));
  }

  @Test
  void longOutputLinesWrapInsteadOfRunningOffTheEdge() {
    WebElement pre = driver.findElement(By.cssSelector("#cell-2 pre.output-text"));
    long scrollWidth = (Long) js("return arguments[0].scrollWidth;", pre);
    long clientWidth = (Long) js("return arguments[0].clientWidth;", pre);
    assertTrue(scrollWidth <= clientWidth, "scrollWidth " + scrollWidth + " > clientWidth " + clientWidth);
    assertTrue(pre.getSize().getHeight() > 40, "the long line took several lines: " + pre.getSize());
  }

  @Test
  void saveConflictAsksAndThenOverwrites() {
    api.conflictOnNextSave();
    js("window.confirm = function (m) { window.askedToConfirm = m; return true; };");
    driver.findElement(By.id("save")).click();
    wait.until(d -> api.posts().stream().filter(p -> p.path().equals("/api/save")).count() == 2);
    List<Boolean> force = api.posts().stream().filter(p -> p.path().equals("/api/save"))
        .map(p -> p.body().get("force").asBoolean()).toList();
    assertEquals(List.of(false, true), force);
    assertTrue(String.valueOf(js("return window.askedToConfirm;")).contains("changed on disk"));
    wait.until(d -> text("#status").equals("Saved notebooks/fake.jsh"));
  }

  @Test
  void unsavedChangesWarnOnLeaving() {
    String leave = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";
    assertEquals(Boolean.FALSE, js(leave), "no warning while saved");
    api.setDirty(true);
    wait.until(d -> d.findElement(By.id("dirty")).isDisplayed());
    assertEquals("unsaved changes", text("#dirty"));
    assertEquals(Boolean.TRUE, js(leave), "a warning while dirty");
  }

  @Test
  void screenshotsAt1400And1000PixelsWide() throws IOException {
    screenshot(1400, "target/notebook-page-1400.png");
    js("document.getElementById('cell-3').scrollIntoView();");
    screenshot(1400, "target/notebook-page-1400-lower.png");
    js("window.scrollTo(0, 0);");
    screenshot(1000, "target/notebook-page-1000.png");
    driver.manage().window().setSize(new Dimension(1400, 1000));
    WebElement pre = driver.findElement(By.cssSelector("#cell-2 pre.output-text"));
    assertTrue((Long) js("return arguments[0].scrollWidth - arguments[0].clientWidth;", pre) <= 0);
  }

  private static void screenshot(int width, String file) throws IOException {
    driver.manage().window().setSize(new Dimension(width, 1000));
    wait.until(d -> (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;"));
    Path png = Path.of(file);
    Files.createDirectories(png.getParent());
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
  }

  private static double number(String text) {
    return Double.parseDouble(text.replace(" ", "").replace(',', '.'));
  }

  private static List<String> cannedColumn(int column) {
    List<String> values = new ArrayList<>();
    canned.at("/cells/1/outputs/1/rows").forEach(row -> values.add(row.get(column).asText()));
    assertEquals(TABLE_ROWS, values.size());
    return values;
  }

  private static List<String> shownColumn(int column) {
    return driver.findElements(By.cssSelector("#cell-2 table.data tbody tr td:nth-child(" + (column + 1) + ")"))
        .stream().map(e -> e.getAttribute("textContent")).toList();
  }

  private static WebElement header(int column) {
    return driver.findElement(By.cssSelector("#cell-2 table.data th:nth-child(" + (column + 1) + ") button"));
  }

  private static <T> int indexOf(List<T> list, Predicate<T> test) {
    for (int i = 0; i < list.size(); i++) {
      if (test.test(list.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
