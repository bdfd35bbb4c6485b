package dk.styrbord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle {@code mvn package} hands out (built before the tests, see pom.xml), unzipped into a
 * fresh folder whose name has a space and æøå, started with {@code java -jar} alone: no
 * {@code ./workbench}, no Maven on the PATH (only the JDK's bin), a fresh HOME (and {@code user.home})
 * holding the temporary folder (as on Windows, where it is in the user's profile). It answers with every dataset loaded,
 * runs a notebook to a report, and writes nothing outside its folder and HOME.
 */
class BundleTest {
  @TempDir static Path temp;
  private static Path bundle;
  private static Path home;
  private static TreeSet<String> outsideBefore;
  private static TreeSet<String> projectBefore;

  @BeforeAll
  static void unzipTheBundle() throws IOException {
    Path zip = Path.of(System.getProperty("styrbord.bundle", "target/styrbord-0.1.0-SNAPSHOT.zip"));
    assertTrue(Files.isRegularFile(zip), "the bundle is built before the tests (process-test-classes): " + zip);
    Path folder = Files.createDirectories(temp.resolve("Min mappe æøå"));
    unzip(zip, folder);
    try (Stream<Path> top = Files.list(folder)) {
      bundle = top.findFirst().orElseThrow();
    }
    home = Files.createDirectories(temp.resolve("home æøå"));
    Files.createDirectories(home.resolve("tmp"));
    outsideBefore = listing(temp, bundle, home);
    projectBefore = listing(Path.of("").toAbsolutePath(), Path.of("target").toAbsolutePath(), Path.of(".git").toAbsolutePath());
  }

  @Test
  void itAnswersWithEveryDatasetRunsANotebookAndWritesOnlyInItsFolderAndHome() throws Exception {
    assertTrue(Files.isRegularFile(bundle.resolve("styrbord.jar")) && Files.isRegularFile(bundle.resolve("workbench.cmd"))
        && Files.isRegularFile(bundle.resolve("README.md")) && Files.isRegularFile(bundle.resolve("notebooks/00-tour.jsh")),
        "the jar, the launchers, the README and the notebooks are in the bundle");

    String prompt = start(String.join("\n",
        "level(\"5.38\", 2024).rowCount()",
        "System.out.println(\"DATA \" + dataFolder())",
        "var f = Class.forName(\"dk.styrbord.repl.RedefiningAgent\").getDeclaredField(\"instrumentation\");",
        "f.setAccessible(true);",
        "System.out.println(\"AGENT \" + (f.get(null) != null))",
        "System.out.println(\"OPTIONS \" + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())",
        "saveSession(\"session.jsh\")",
        "/exit", ""));
    assertTrue(prompt.contains("styrbord> 98"), "98 municipalities:\n" + prompt);
    assertTrue(prompt.contains("DATA " + bundle.resolve("data")), prompt);
    assertTrue(!prompt.contains("NOT LOADED") && !prompt.contains("Exception"), prompt);
    assertTrue(prompt.contains("AGENT true"), "the manifest's launcher agent is there to redefine classes:\n" + prompt);
    assertTrue(prompt.contains("-XX:TieredStopAtLevel=1, -XX:+UseSerialGC") && prompt.contains("-XX:SharedArchiveFile="
        + bundle.resolve("cds")), "the workbench's JVM runs with C1, the serial collector and the archive:\n" + prompt);
    assertTrue(prompt.contains("-Djava.io.tmpdir=" + home.resolve("tmp")), "the options given to java -jar pass on:\n" + prompt);
    assertTrue(Files.readString(bundle.resolve("session.jsh")).contains("level(\"5.38\", 2024)"),
        "saveSession reads JShell's snippets through the manifest's Add-Opens");

    assertTrue(Files.isRegularFile(home.resolve(".styrbord/jshell.properties")), "the history is kept in HOME");

    String run = start("", "run", "notebooks/00-tour.jsh");
    assertTrue(run.contains("Report: reports/00-tour.html"), "the report in the folder it was started in:\n" + run);
    assertTrue(Files.readString(bundle.resolve("reports/00-tour.html")).contains("Plotly"), "a report with its charts");

    assertEquals(outsideBefore, listing(temp, bundle, home), "nothing written beside the bundle's folder and HOME");
    assertEquals(projectBefore, listing(Path.of("").toAbsolutePath(), Path.of("target").toAbsolutePath(),
        Path.of(".git").toAbsolutePath()), "nothing written into the project the bundle was built from");
  }

  /** {@code java -jar styrbord.jar ARGS} in the bundle's folder, {@code input} piped in; returns its output. */
  private static String start(String input, String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // Java takes its home from the user database on Linux, not from HOME, so user.home names the fresh one too
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Duser.home=" + home,
        "-Djava.io.tmpdir=" + home.resolve("tmp"), "-jar", "styrbord.jar"));
    command.addAll(List.of(args));
    ProcessBuilder start = new ProcessBuilder(command).directory(bundle.toFile()).redirectErrorStream(true);
    Map<String, String> env = start.environment();
    env.keySet().removeIf(k -> k.startsWith("STYRBORD_") || k.startsWith("MAVEN") || k.startsWith("M2")
        || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS") || k.equals("CLASSPATH"));
    env.put("PATH", java.getParent().toString());
    env.put("HOME", home.toString());
    if (!env.getOrDefault("LANG", "").toUpperCase().contains("UTF")) {
      env.put("LANG", "C.UTF-8"); // file names with æøå need a UTF-8 locale on Linux, as any user's has
    }
    Process p = start.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", command) + "\n" + out);
    return out;
  }

  /** Every path under {@code root} with its size, except under the {@code skipped} folders. */
  private static TreeSet<String> listing(Path root, Path... skipped) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      TreeSet<String> listing = new TreeSet<>();
      files.filter(p -> Stream.of(skipped).noneMatch(p::startsWith))
          .forEach(p -> listing.add(root.relativize(p) + (Files.isRegularFile(p) ? " " + p.toFile().length() : "/")));
      return listing;
    }
  }

  private static void unzip(Path zip, Path folder) throws IOException {
    try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file, StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path target = folder.resolve(e.getName()).normalize();
        assertTrue(target.startsWith(folder), "no entry outside the folder: " + e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
        }
      }
    }
  }
}
