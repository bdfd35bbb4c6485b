package dk.styrbord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
      // the variables the launcher and the workbench read (workbench, PreferencesFile, DataLayers)
      for (String variable : List.of("JAVA_HOME", "STYRBORD_DATA ", "STYRBORD_DATA_HOME", "STYRBORD_PREFS")) {
        assertTrue(run.out.contains("\n  " + variable), variable + " missing from:\n" + run.out);
      }
    }
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
