package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jdk.jshell.JShell;
import org.junit.jupiter.api.Test;

/** Closing a session ({@code /reset}, a notebook's end) stops the threads its snippets started. */
class SnippetThreadsTest {

  @Test
  void aThreadStartedByASnippetEndsWhenTheSessionCloses() {
    Shell shell = new Shell();
    shell.eval("Thread t = new Thread(() -> { try { Thread.sleep(600_000); } catch (InterruptedException e) { } },"
        + " \"snippet-sleeper\"); t.start();");
    Thread started = thread("snippet-sleeper").orElseThrow();
    assertTrue(started.isAlive());

    shell.close();

    assertFalse(started.isAlive(), "the thread was stopped when the session closed");
  }

  @Test
  void aThreadThatIgnoresInterruptsIsNamedInOneLine() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    JShell shell = JShell.builder().executionEngine(WorkbenchExecutionProvider.NAME)
        .err(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    shell.eval("Thread t = new Thread(() -> { while (System.getProperty(\"snippet-stubborn.end\") == null) {"
        + " Thread.interrupted(); Thread.onSpinWait(); } }, \"snippet-stubborn\");");
    shell.eval("t.start();");
    Thread stubborn = thread("snippet-stubborn").orElseThrow();
    try {
      shell.close();
      String message = err.toString(StandardCharsets.UTF_8);
      assertEquals("A thread a snippet started (snippet-stubborn) did not stop when interrupted and runs on until the"
          + " workbench ends: let such a loop check Thread.currentThread().isInterrupted().\n", message);
    } finally {
      System.setProperty("snippet-stubborn.end", "yes");
      stubborn.join();
      System.clearProperty("snippet-stubborn.end");
    }
  }

  @Test
  void anEndlessLoopIsStillStoppedAndTheSessionAnswers() throws Exception {
    try (Shell shell = new Shell()) {
      shell.eval("int kept = 42;");
      shell.evalStopped("while (true) {}");
      assertEquals("42", shell.value("kept"));
    }
  }

  private static Optional<Thread> thread(String name) {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst();
  }
}
