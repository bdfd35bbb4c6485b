package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * The prompt of {@code ./workbench} in this JVM for tests: the real jshell tool, with input piped in
 * and its messages through {@link PromptHints}, as {@link Main#main} sets it up.
 */
final class PipedPrompt {
  private PipedPrompt() {}

  /** Runs the prompt on {@code input} with these preferences and returns all it printed. */
  static String run(String input, Map<String, String> prefs) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PrintStream stdout = System.out;
    System.setOut(capture);
    try {
      JavaShellToolBuilder tool =
          JavaShellToolBuilder.builder()
              .in(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), null)
              .out(PromptHints.output(capture, StandardCharsets.UTF_8), capture, capture)
              .err(capture);
      assertEquals(0, Main.prompt(tool, prefs, capture));
    } finally {
      System.setOut(stdout);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
