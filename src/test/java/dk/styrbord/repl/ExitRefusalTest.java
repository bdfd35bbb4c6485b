package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import jdk.jshell.EvalException;
import org.junit.jupiter.api.Test;

/**
 * A snippet's System.exit, Runtime.exit or halt is refused with one line and the session goes on.
 * Before, the call ended this JVM (the test run itself).
 */
class ExitRefusalTest {
  private static final String REFUSED = " would end the workbench, so it was not run and your variables are kept:"
      + " /exit ends the workbench; to stop a snippet, throw an exception.";

  @Test
  void exitAtThePromptIsOneLineAndTheSessionKeepsItsVariables() {
    String out = PipedPrompt.run("int kept = 42;\nSystem.exit(0)\nRuntime.getRuntime().halt(1);\nkept + 1\n/exit\n", new HashMap<>()).replace("\r\n", "\n");

    assertTrue(out.contains("|  Exception Styrbord: System.exit" + REFUSED + "\n"), out);
    assertTrue(out.contains("|  Exception Styrbord: Runtime.halt" + REFUSED + "\n"), out);
    assertTrue(out.contains("kept + 1\n$3 ==> 43") || out.contains("kept + 1\n43"), out);
  }

  @Test
  void everyWayOfCallingExitIsRefused() {
    try (Shell shell = new Shell()) {
      shell.eval("void bye() { System.exit(1); }");
      assertEquals("System.exit" + REFUSED, refusal(shell, "bye();"));
      assertEquals("Runtime.exit" + REFUSED, refusal(shell, "Runtime.getRuntime().exit(2);"));
      assertEquals("System.exit" + REFUSED, refusal(shell, "java.util.function.IntConsumer c = System::exit; c.accept(3);"));
      assertEquals("Runtime.exit" + REFUSED,
          refusal(shell, "java.util.function.IntConsumer d = Runtime.getRuntime()::exit; d.accept(4);"));
      assertEquals("3", shell.value("1 + 2"), "the session answers");
    }
  }

  @Test
  void aClassWithoutExitCallsIsLeftAsItIs() throws Exception {
    byte[] bytes = ExitRefusalTest.class.getResourceAsStream("ExitRefusalTest.class").readAllBytes();
    assertTrue(ExitRefusal.refused(bytes) == bytes);
  }

  private static String refusal(Shell shell, String source) {
    // a method reference is refused where it is made, the call where it runs: the first failing snippet says so
    var thrown = shell.eval(source).stream().filter(ev -> ev.exception() != null).findFirst().orElseThrow();
    EvalException e = assertInstanceOf(EvalException.class, thrown.exception(), source);
    assertEquals("Styrbord", e.getExceptionClassName(), e.getMessage() + " " + java.util.Arrays.toString(e.getStackTrace()));
    return e.getMessage();
  }
}
