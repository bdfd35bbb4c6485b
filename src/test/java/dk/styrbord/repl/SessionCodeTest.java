package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saveSession} and {@code /open}: a session saved and opened in a new one gives the same
 * values and tables. The first session runs on the workbench's engine with the prompt's start-up,
 * through the JShell API where a snippet has to be stopped and through the prompt itself otherwise;
 * the saved file is always opened by the prompt's {@code /open}, under a time limit.
 */
class SessionCodeTest {
  @TempDir Path dir;

  /** The typed lines of the replace-a-declaration cases, and the values they leave. */
  private static final String REPLACED = """
      int x = 3;
      int y = x * 2;
      String x = "a";
      int f() { return 1; }
      var v = f();
      int f() { return 2; }
      Table t = spending.where(spending.stringColumn("area").isEqualTo("adults"));
      int rows = t.rowCount();
      double total = t.numberColumn("net_dkk").sum();
      Table t = spending.where(spending.stringColumn("area").isEqualTo("children"));
      """;

  private static final List<String> REPLACED_VALUES =
      List.of("x", "y", "v", "f()", "rows", "total", "t.rowCount()", "t.numberColumn(\"net_dkk\").sum()");

  @Test
  void aReplacedDeclarationStaysWhereLaterCodeUsedItSoTheValuesComeBack() throws IOException {
    Path file = dir.resolve("today.jsh");
    Map<String, String> before;
    try (Shell first = promptShell()) {
      first.eval(REPLACED);
      first.eval(save(file));
      before = values(first, REPLACED_VALUES);
    }
    assertEquals("6", before.get("y"), "y was computed from the first x");
    assertEquals("1", before.get("v"), "v was computed with the first f");
    assertEquals("a", before.get("x"));
    assertEquals(REPLACED.strip(), snippets(file), "all of it ran and was used, so all of it is saved, as typed");
    assertEquals(before, valuesAfterOpen(file, REPLACED_VALUES));
  }

  @Test
  void aStoppedLoopAndFailedSnippetsAreLeftOutAndTheSavedSessionOpensWithoutHanging() throws Exception {
    Path file = dir.resolve("today.jsh");
    Map<String, String> before;
    List<String> names = List.of("kept", "stopped", "adults.rowCount()", "sum");
    try (Shell first = promptShell()) {
      first.eval("int kept = 42;");
      SnippetEvent loop = first.evalStopped("while (true) {}").get(0);
      assertEquals(Snippet.Status.VALID, loop.status(), "a stopped snippet is VALID ...");
      assertNull(loop.value(), "... with no value ...");
      assertNull(loop.exception(), "... and no exception, on this JDK");
      // reduce with the snippet's own lambda, not sum(): JShell stops a snippet with Thread.stop, and a stop that
      // lands while the JDK links LongPipeline.sum's Long::sum for the first time leaves that call site failed for
      // the whole JVM (BootstrapMethodError in every later LongStream.sum and Stream.count of the test run)
      first.evalStopped("long stopped = java.util.stream.LongStream.iterate(1, i -> i).reduce(0, (a, b) -> a + b);");
      first.eval("Table adults = spending.where(spending.stringColumn(\"area\").isEqualTo(\"adults\"));");
      first.eval("Integer.parseInt(\"12,5\")");
      first.eval("int broken = \"text\";");
      first.eval("double sum = adults.numberColumn(\"net_dkk\").sum();");
      first.eval("if (kept < 0) { while (true) { kept++; } }");
      first.eval(save(file));
      before = values(first, names);
    }
    String script = snippets(file);
    assertEquals("""
        int kept = 42;
        long stopped; // declared only: its initializer did not complete
        Table adults = spending.where(spending.stringColumn("area").isEqualTo("adults"));
        double sum = adults.numberColumn("net_dkk").sum();
        if (kept < 0) { while (true) { kept++; } }""", script);
    assertEquals("0", before.get("stopped"));
    assertEquals(before, valuesAfterOpen(file, names));
  }

  @Test
  void aLineDeclaringSeveralVariablesIsSavedOneVariableAtATime() throws IOException {
    Path file = dir.resolve("today.jsh");
    List<String> names = List.of("a", "b", "c", "m.get(\"l\")");
    Map<String, String> before;
    try (Shell first = promptShell()) {
      first.eval("int a = 1, b = Integer.parseInt(\"z\"), c = a + 4;");
      first.eval("final Map<String, Integer> m = Map.of(\"k\", 1, \"l\", 2), n = undefinedName();");
      first.eval(save(file));
      before = values(first, names);
    }
    assertEquals(List.of("1", "0", "5", "2"), List.copyOf(before.values()));
    assertEquals("""
        int a = 1;
        int b; // declared only: its initializer did not complete
        int c = a + 4;
        final Map<String, Integer> m = Map.of("k", 1, "l", 2);""", snippets(file));
    assertEquals(before, valuesAfterOpen(file, names));
  }

  @Test
  void aMethodReplacedBeforeAnythingRanIsLeftOutAndAnExpressionGetsItsSemicolon() throws IOException {
    Path file = dir.resolve("today.jsh");
    try (Shell first = promptShell()) {
      first.eval("int a = 40;");
      first.eval("int twice(int x) { return 2 * x; }");
      first.eval("int twice(int x) { return x + x; }");
      first.eval("var b = twice(a) + 2 // the answer");
      first.eval("a + b // the sum");
      first.eval("b - a; // the difference");
      first.eval(save(file));
    }
    assertEquals("""
        int a = 40;
        int twice(int x) { return x + x; }
        var b = twice(a) + 2; // the answer
        a + b // the sum
        ;
        b - a; // the difference""", snippets(file));
    assertEquals(Map.of("b", "82", "twice(a)", "80"), valuesAfterOpen(file, List.of("b", "twice(a)")));
  }

  @Test
  void aSessionSavedAtThePromptOpensAtTheNextOneWithoutItsStartUp() throws IOException {
    Path file = dir.resolve("today.jsh");
    String print = "System.out.println(\"y=\" + y + \" total=\" + total + \" w=\" + w)";
    String typed = REPLACED + """
        int unused() { return 1; }
        /drop unused
        int h() { return 5; }
        int w = h();
        /drop h
        """;
    String out = PipedPrompt.run(typed + print + "\n" + save(file) + "\n", new HashMap<>());
    assertTrue(out.contains("Saved 13 snippets to " + file), out);
    assertEquals(REPLACED + "int h() { return 5; }\nint w = h();\n" + print + ";", snippets(file),
        "no start-up (imports, datasets, banner); a method dropped before any use is left out, one used is kept");
    String again = openAtThePrompt(file, print.replace("\"y=", "\"again: y=") + "\n");
    String printed = out.substring(out.indexOf("y=6 total="));
    assertTrue(again.contains("again: " + printed.substring(0, printed.indexOf('\n'))), again);
  }

  @Test
  void aSnippetOfSeveralLinesThatOpenWouldCutAfterItsFirstIsSavedOnOneLine() throws IOException {
    Path file = dir.resolve("today.jsh");
    List<String> names = List.of("big.rowCount()", "n", "a");
    Map<String, String> before;
    try (Shell first = promptShell()) {
      // as a notebook cell or /edit sends it: whole; the prompt's /open reads a file line by line
      // and runs "Table big = spending" as soon as that line is complete on its own
      first.eval("""
          Table big = spending
              .where(spending.numberColumn("net_dkk").isGreaterThan(1e8));
          int n = big.rowCount();
          int a = 40
              + 2;
          """);
      first.eval(save(file));
      before = values(first, names);
    }
    assertEquals("42", before.get("a"));
    assertEquals("""
        Table big = spending .where(spending.numberColumn("net_dkk").isGreaterThan(1e8));
        int n = big.rowCount();
        int a = 40 + 2;""", snippets(file));
    assertEquals(before, valuesAfterOpen(file, names));
  }

  @Test
  void anExistingSessionFileIsNotReplacedUnlessAsked() throws IOException {
    Path file = dir.resolve("s.jsh");
    Files.writeString(file, "// mine");
    try (Shell shell = new Shell()) {
      var events = shell.eval(save(file));
      assertTrue(events.get(0).exception().getMessage().contains("exists already"));
    }
    assertEquals("// mine", Files.readString(file));
  }

  /**
   * A shell on the workbench's engine that ran what the prompt runs at start: JShell's DEFAULT
   * imports and the prompt's start-up, which ends with the banner (not shown: the engine runs
   * snippets in this JVM, so they print to its {@code System.out}).
   */
  private static Shell promptShell() {
    Shell shell = new Shell();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    try {
      shell.eval(StartupScript.forNotebook() + "dk.styrbord.repl.Banner.print();");
    } finally {
      System.setOut(stdout);
    }
    return shell;
  }

  private static String save(Path file) {
    return "dk.styrbord.repl.Prompt.saveSession(\"" + file.toString().replace("\\", "\\\\") + "\");";
  }

  /** Each expression's {@code String.valueOf}, as the prompt prints it after {@code /open}. */
  private static Map<String, String> values(Shell shell, List<String> expressions) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String e : expressions) {
      String quoted = shell.value("String.valueOf(" + e + ")");
      values.put(e, quoted.substring(1, quoted.length() - 1));
    }
    return values;
  }

  /** The saved snippets, without the header comment. */
  private static String snippets(Path file) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.startsWith("// Styrbord session saved "), text);
    return text.lines().dropWhile(line -> line.startsWith("// ")).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  /**
   * The values of {@code expressions} after {@code /open file} at a new prompt: each printed as
   * {@code [[expression]]=value}; one that fails prints no such line.
   */
  private Map<String, String> valuesAfterOpen(Path file, List<String> expressions) {
    StringBuilder prints = new StringBuilder();
    for (String e : expressions) {
      // the marker is split in the source, so the prompt's echo of the line is never taken for it
      prints.append("System.out.println(\"[\" + \"[").append(e.replace("\"", "\\\"")).append("]]=\" + String.valueOf(")
          .append(e).append("))\n");
    }
    String out = openAtThePrompt(file, prints.toString());
    Map<String, String> values = new LinkedHashMap<>();
    for (String e : expressions) {
      String marker = "[[" + e + "]]=";
      int at = out.indexOf(marker);
      assertTrue(at >= 0, e + " was not printed after /open:\n" + out);
      String rest = out.substring(at + marker.length());
      values.put(e, rest.substring(0, rest.indexOf('\n')));
    }
    return values;
  }

  /** What a new prompt prints for {@code /open file} and then {@code input}; fails, not hangs, after 120 s. */
  private static String openAtThePrompt(Path file, String input) {
    return assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> PipedPrompt.run("/open " + file + "\n" + input, new HashMap<>()), "/open " + file + " hung");
  }
}
