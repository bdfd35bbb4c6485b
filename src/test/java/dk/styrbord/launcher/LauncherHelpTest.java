package dk.styrbord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ./workbench --help}: says what there is and exits, without building or starting Java. */
class LauncherHelpTest {

  @Test
  void helpListsEachCommandWithAnExampleAndTheEnvironment() throws Exception {
    for (String flag : List.of("--help", "-h")) {
      Run run = workbench(flag);
      assertEquals(0, run.code, flag + ":\n" + run.out);
      for (String example : List.of("| ./workbench", "e.g. ./workbench run notebooks/", "e.g. ./workbench notebook ",
          "e.g. ./workbench update", "e.g. ./workbench bench ")) {
        assertTrue(run.out.contains(example), example + " missing from:\n" + run.out);
      }
      // the variables the launcher and the workbench read (workbench, InstallFolder, PreferencesFile, DataLayers)
      for (String variable : List.of("JAVA_HOME", "STYRBORD_HOME", "STYRBORD_DATA ", "STYRBORD_DATA_HOME", "STYRBORD_PREFS", "STYRBORD_WARM ", "STYRBORD_WARM_MINUTES")) {
        assertTrue(run.out.contains("\n  " + variable), variable + " missing from:\n" + run.out);
      }
    }
  }

  @Test
  void javaJarPrintsTheSameHelpWithoutStartingTheWorkbench() throws Exception {
    Path jar = Path.of(System.getProperty("styrbord.jar", "target/styrbord.jar"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // no data/ beside a jar in an empty folder: reaching the install folder would fail with exit code 2
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--help").redirectErrorStream(true);
    builder.environment().put("STYRBORD_HOME", "/nonexistent");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), out);
    assertEquals(workbench("--help").out, out);
    assertTrue(out.contains("java -jar styrbord.jar ..."), out);
  }

  private record Run(int code, String out) {}

  /** Runs the launcher with a JAVA_HOME that has no java: reaching Java would fail with exit code 1. */
  private static Run workbench(String argument) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", "workbench", argument).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", "/nonexistent");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out);
  }
}
