package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.styrbord.analysis.Benchmark;
import dk.styrbord.analysis.NeedVersusPractice;
import dk.styrbord.analysis.PriceVolumeSplit;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README is a test: every input of its prompt blocks ({@code styrbord> …}) and its {@code ```java}
 * blocks runs at the real prompt, block by block in one session each and in the README's order, and
 * prints no error but the one its comment shows. Files the examples write go to a temporary folder;
 * {@code show(…)} writes one there too, as the test runs headless; the inputs of {@link #NOT_RUN} are
 * compiled only.
 */
class ReadmeExamplesTest {
  private static final Path README = Path.of("README.md");

  /** What JShell or the workbench prints when an input fails. */
  private static final List<String> ERRORS = List.of("|  Error:", "cannot find symbol", "|  Exception", "|  Caused by",
      "|  No such", "|  Unknown", "|  Invalid");

  /** README inputs this test compiles but does not run, each with its reason; the README says so beside them. */
  static final Map<String, String> NOT_RUN = Map.of(
      "statbank(\"FOLK1A\").select(\"OMRÅDE\", \"*\").select(\"Tid\", \">=2020K1\").fetch()",
      "needs the StatBank API, and the tests reach no network");

  /** The prompt's preferences, shared by the blocks so its feedback mode is set up once. */
  private static final Map<String, String> PREFS = new HashMap<>();

  @TempDir Path work;
  private String workdirBefore;

  @BeforeEach
  void writeIntoATemporaryFolder() {
    workdirBefore = System.getProperty("styrbord.workdir");
    System.setProperty("styrbord.workdir", work.toString());
  }

  @AfterEach
  void restore() {
    if (workdirBefore == null) {
      System.clearProperty("styrbord.workdir");
    } else {
      System.setProperty("styrbord.workdir", workdirBefore);
    }
    PlotPrompt.danish(false);
  }

  static List<ReadmeBlocks.Block> blocks() throws IOException {
    return ReadmeBlocks.of(Files.readString(README, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void everyExampleRunsAsPrinted(ReadmeBlocks.Block block) throws IOException {
    assertTrue(GraphicsEnvironment.isHeadless(), "run headless (the pom's -Djava.awt.headless=true): show(...) must write a file, not open a browser");
    List<ReadmeBlocks.Example> examples = block.examples().stream().map(ReadmeExamplesTest::compiledOnlyIfNotRun).toList();
    Map<String, Long> projectBefore = projectFiles();

    String input = examples.stream().map(ReadmeBlocks.Example::input).collect(Collectors.joining("\n", "", "\n"));
    Map<ReadmeBlocks.Example, String> printed = byExample(examples, PipedPrompt.run(input, PREFS));

    List<String> problems = new ArrayList<>();
    printed.forEach((example, output) -> problems.addAll(problems(example, output)));
    assertEquals(List.of(), problems, "README examples that do not run as printed");
    assertEquals(projectBefore, projectFiles(), "the examples write nothing into the project (data/ included)");
  }

  @Test
  void everyInputNotRunIsInTheReadme() throws IOException {
    List<String> codes = blocks().stream().flatMap(b -> b.examples().stream()).map(ReadmeBlocks.Example::code).toList();
    for (String code : NOT_RUN.keySet()) {
      assertTrue(codes.contains(code), "NOT_RUN names an input the README no longer has: " + code);
    }
  }

  @Test
  void theReadmesSetUpIsWhatCiRuns() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String ci = Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8);
    String testCommand = firstGroup("(?m)^(\\./mvnw [^\\n#]*?)\\s*$", ci);
    List<String> commands = firstGroup("(?s)```bash\\n(.*?)```", readme).lines()
        .map(l -> l.replaceFirst("#.*", "").strip()).toList();
    assertEquals(List.of("./workbench", testCommand), commands, "the README's two commands: start, and .ci/run's test command");
    String ciPackages = firstGroup("apt-get install -y ([a-z0-9 -]+)\\)", ci);
    String readmePackages = firstGroup("`apt-get install ([a-z0-9 \\n-]+)`", readme).replace('\n', ' ');
    for (String p : ciPackages.split(" ")) {
      assertTrue(List.of(readmePackages.split(" +")).contains(p), "the README's apt-get line installs " + p + " as .ci/run does: " + readmePackages);
    }
    assertTrue(Files.isExecutable(Path.of("workbench")), "./workbench is there to run");
    assertTrue(Files.isExecutable(Path.of("mvnw")), "./mvnw is there to run: no Maven install needed");
  }

  @Test
  void theFiguresTheReadmeQuotesAreWhatTheHelpersGive() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    PriceVolumeSplit split = AnalysisPrompt.priceVolume("Lolland", "adults", 2024);
    Benchmark benchmark = AnalysisPrompt.benchmark("Lolland", "adults", 2024);
    String lolland = String.format(Locale.ROOT,
        "Lolland 2024: gap %,.0f DKK per 18–64-year-old = %,.0f volume − %,.0f price + %,.0f not split (%.1f million DKK).",
        split.gap(), split.volumeEffect(), -split.priceEffect(), split.notSplit(), benchmark.gapMillions());
    assertTrue(readme.contains(lolland), "the README quotes priceVolume(\"Lolland\", \"adults\", 2024) as: " + lolland);
    NeedVersusPractice need = AnalysisPrompt.needVsPractice("Hørsholm", "5.38", 2016, 2024);
    String hoersholm = String.format(Locale.ROOT,
        "Hørsholm's rise of %,.0f DKK per 18–64-year-old is %+,.0f need, %+,.0f national development and %+,.0f not explained"
            + " by need (%.0f %% from need,", need.change(), need.need(), need.national(), need.rest(), 100 * need.needShare());
    assertTrue(readme.contains(hoersholm), "the README quotes needVsPractice(\"Hørsholm\", \"5.38\", 2016, 2024) as: " + hoersholm);
  }

  /** The output of each example: from its echoed first line to the next example's (the last one's runs to the final prompt). */
  private static Map<ReadmeBlocks.Example, String> byExample(List<ReadmeBlocks.Example> examples, String out) {
    List<String> segments = new ArrayList<>(List.of(out.split("\n(?=" + Pattern.quote(ReadmeBlocks.PROMPT) + ")", -1)));
    Map<ReadmeBlocks.Example, String> printed = new LinkedHashMap<>();
    int s = 1;
    for (int k = 0; k < examples.size(); k++) {
      ReadmeBlocks.Example example = examples.get(k);
      if (s >= segments.size() || !segments.get(s).startsWith(echo(example))) {
        fail("README line " + example.line() + ": the prompt's output is out of step with the input here:\n" + out);
      }
      StringBuilder text = new StringBuilder(segments.get(s++));
      String next = k + 1 < examples.size() ? echo(examples.get(k + 1)) : null;
      while (s < segments.size() - 1 && (next == null || !segments.get(s).startsWith(next))) {
        text.append('\n').append(segments.get(s++));
      }
      printed.put(example, withoutEcho(text.toString()));
    }
    return printed;
  }

  /** An input of {@link #NOT_RUN} as the body of a lambda that is never called: JShell compiles it, nothing runs. */
  private static ReadmeBlocks.Example compiledOnlyIfNotRun(ReadmeBlocks.Example example) {
    return NOT_RUN.containsKey(example.code())
        ? new ReadmeBlocks.Example(example.line(), "Runnable notRun = () -> " + example.code() + ";")
        : example;
  }

  private static String echo(ReadmeBlocks.Example example) {
    return ReadmeBlocks.PROMPT + example.input().lines().findFirst().orElse("");
  }

  private static String withoutEcho(String text) {
    return text.lines().filter(l -> !l.startsWith(ReadmeBlocks.PROMPT) && !l.startsWith(ReadmeBlocks.CONTINUATION))
        .collect(Collectors.joining("\n"));
  }

  /** An error the input printed that the README does not show, or an error it shows that did not come. */
  private static List<String> problems(ReadmeBlocks.Example example, String output) {
    String shown = example.shownError();
    String where = "README line " + example.line() + ": " + example.input() + "\n";
    if (shown != null && !output.contains(shown)) {
      return List.of(where + "  shows " + shown + "\n  but printed:\n" + output);
    }
    String rest = shown == null ? output : output.replace(shown, "");
    return ERRORS.stream().anyMatch(rest::contains) ? List.of(where + "  printed:\n" + output) : List.of();
  }

  private static String firstGroup(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), "no " + regex + " in:\n" + text);
    return m.group(1);
  }

  /** Every file and folder of the project but target/ and .git, a file with its time of last change. */
  private static Map<String, Long> projectFiles() throws IOException {
    Path root = Path.of(".");
    try (Stream<Path> files = Files.walk(root)) {
      Map<String, Long> times = new LinkedHashMap<>();
      for (Path f : files.filter(f -> f.getNameCount() < 2 || !List.of("target", ".git").contains(f.getName(1).toString()))
          .sorted().toList()) {
        times.put(f.toString(), Files.isDirectory(f) ? 0 : Files.getLastModifiedTime(f).toMillis());
      }
      return times;
    }
  }
}
