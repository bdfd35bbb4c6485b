package dk.styrbord.repl;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/** A JShell on the workbench's engine for tests, with the test JVM's class path. */
final class Shell implements AutoCloseable {
  final JShell jshell;

  Shell() {
    jshell = JShell.builder().executionEngine(WorkbenchExecutionProvider.NAME).build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      jshell.addToClasspath(entry);
    }
  }

  /** Evaluates source that may hold several snippets; returns the events of the submitted ones. */
  List<SnippetEvent> eval(String source) {
    List<SnippetEvent> events = new ArrayList<>();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = jshell.sourceCodeAnalysis().analyzeCompletion(rest);
      for (SnippetEvent e : jshell.eval(info.source())) {
        if (e.causeSnippet() == null) {
          events.add(e);
        }
      }
      rest = info.remaining();
    }
    return events;
  }

  /**
   * Evaluates one snippet that does not end by itself (e.g. {@code while (true) {}}) and stops it
   * with {@link JShell#stop()} from another thread once its code is seen running: before that, a
   * stop does nothing. Returns the snippet's events; the stopper is joined before this returns.
   */
  List<SnippetEvent> evalStopped(String source) throws InterruptedException {
    Thread stopper = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          if (snippetCodeRuns()) {
            jshell.stop();
          }
          Thread.sleep(20);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "stopper");
    stopper.start();
    try {
      return eval(source);
    } finally {
      stopper.interrupt();
      stopper.join();
    }
  }

  /** True while some thread runs a snippet's own code: JShell compiles snippets into package REPL. */
  private static boolean snippetCodeRuns() {
    return Thread.getAllStackTraces().values().stream()
        .anyMatch(frames -> Arrays.stream(frames).anyMatch(frame -> frame.getClassName().startsWith("REPL.")));
  }

  /** The value of the last snippet in {@code source}. */
  String value(String source) {
    List<SnippetEvent> events = eval(source);
    return events.get(events.size() - 1).value();
  }

  @Override
  public void close() {
    jshell.close();
  }
}
