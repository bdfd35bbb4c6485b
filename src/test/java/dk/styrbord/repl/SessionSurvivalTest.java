package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import jdk.jshell.EvalException;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

/**
 * The user's session is sacred: whatever one snippet does — throw, loop for ever, exhaust memory —
 * the session answers the next one and keeps the variables it had. Driven through the JShell API on
 * the workbench's engine, as the prompt runs it.
 */
class SessionSurvivalTest {

  @Test
  void aSnippetThatThrowsLeavesTheSessionAndItsVariables() {
    try (Shell shell = new Shell()) {
      shell.eval("int kept = 42;");
      List<SnippetEvent> events = shell.eval("Integer.parseInt(\"12,5\")");
      EvalException error = assertInstanceOf(EvalException.class, events.get(0).exception());
      assertFalse(error.getMessage().contains("\n"), "one line: " + error.getMessage());
      assertTrue(error.getMessage().contains("lastError()"), error.getMessage());
      assertTrue(LastError.trace().contains("at java.base/java.lang.Integer.parseInt"), LastError.trace());
      assertEquals("42", shell.value("kept"));
      assertEquals("43", shell.value("kept + 1"));
    }
  }

  @Test
  void anEndlessLoopIsStoppedFromAnotherThreadAndTheSessionAnswers() throws Exception {
    try (Shell shell = new Shell()) {
      shell.eval("int kept = 42;");
      // JShell.stop() does nothing while no snippet runs, so the stopper keeps asking until the loop
      // has ended, and is joined before the next snippet so it can never stop that one.
      // On JDK 17 the engine stops the snippet's thread with Thread.stop, which also ends library
      // code; on JDK 21 and later stopping is cooperative: only the snippet's own code is
      // instrumented to check for it, so a loop inside a library call runs on until it returns.
      Thread stopper = new Thread(() -> {
        try {
          while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(300);
            shell.jshell.stop();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "stopper");
      stopper.start();
      try {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> shell.eval("while (true) {}"));
      } finally {
        stopper.interrupt();
        stopper.join();
      }
      assertEquals("42", shell.value("kept"));
      assertEquals("answers", shell.value("\"answers\"").replace("\"", ""));
    }
  }

  @Test
  void aSnippetThatExhaustsMemoryLeavesTheSessionAndItsVariables() {
    try (Shell shell = new Shell()) {
      shell.eval("int kept = 42;");
      // The test JVM's heap has no -Xmx, so each step asks for the largest array there is
      // (16 GB of longs): it fails at once when the heap is smaller, and a larger heap fills in
      // at most maxMemory / 16 GB + 1 steps. The list lives inside the block, so what it held is
      // garbage once the error is thrown; a list kept in a session variable would hold on to it.
      List<SnippetEvent> events = shell.eval(
          "{ var hog = new java.util.ArrayList<long[]>(); while (true) hog.add(new long[Integer.MAX_VALUE - 8]); }");
      EvalException error = assertInstanceOf(EvalException.class, events.get(events.size() - 1).exception());
      assertEquals("java.lang.OutOfMemoryError", error.getExceptionClassName());
      assertFalse(error.getMessage().contains("\n"), "one line: " + error.getMessage());
      assertEquals("42", shell.value("kept"));
      assertEquals("1000000", shell.value("new long[1_000_000].length"));
      assertTrue(LastError.trace().contains("OutOfMemoryError"), LastError.trace());
    }
  }
}
