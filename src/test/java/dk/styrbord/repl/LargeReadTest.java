package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.data.imports.ImportBenchmark;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read larger than the heap ends in one line that names the file, its size, the heap and how to
 * give the workbench more, and the session goes on: a prompt in a JVM of 64 MB reads a 2-million-row
 * StatBank file (about 216 MB, made here).
 */
class LargeReadTest {
  @TempDir Path dir;

  @Test
  void aReadThatDoesNotFitIsOneLineAndTheSessionGoesOn() throws Exception {
    Path big = dir.resolve("REGK31_bulk.csv");
    ImportBenchmark.main(new String[] {"generate", big.toString(), "2000000"});
    String javaExe = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder start = new ProcessBuilder(List.of(javaExe, "-Xmx64m", "-XX:TieredStopAtLevel=1",
        "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED", "-javaagent:" + Path.of("target", "styrbord-agent.jar").toAbsolutePath(),
        "-Dstyrbord.home=" + Path.of("").toAbsolutePath(), "-Dstyrbord.data=bundled",
        // the workbench's own class path, as ./workbench runs it (the build makes it before the tests)
        "-cp", Path.of("target", "styrbord.jar").toAbsolutePath() + File.pathSeparator + Path.of("target", "lib").toAbsolutePath()
            + File.separator + "*", Main.class.getName()))
        .redirectErrorStream(true)
        .redirectInput(Files.writeString(dir.resolve("in.jsh"), "var t = readStatbank(\"" + big.toString().replace("\\", "/")
            + "\");\n1 + 1\nlevel(\"5.38\", 2024).rowCount()\n/exit\n").toFile());
    start.environment().put("STYRBORD_PREFS", dir.resolve("prefs").toString());
    Process prompt = start.start();
    String out = new String(prompt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(prompt.waitFor(120, TimeUnit.SECONDS), out);
    String line = out.lines().filter(l -> l.contains("needs more memory")).findFirst().orElseThrow(() -> new AssertionError(out));
    assertTrue(line.contains(big + " (") && line.contains(" MB) needs more memory than the workbench has (a heap of at most ")
        && line.contains("Start it with more, e.g. STYRBORD_HEAP=2g ./workbench (or java -Xmx2g -jar styrbord.jar)"), line);
    assertEquals(0, out.lines().filter(l -> l.contains("OutOfMemoryError") || l.startsWith("\tat ")).count(),
        "no stack trace or bare OutOfMemoryError: " + out);
    assertTrue(out.contains("styrbord> 2\n"), "the session answers after it: " + out);
    assertTrue(out.contains("styrbord> 98\n"), "and still has its data: " + out);
    assertTrue(new File(big.toString()).delete());
  }
}
