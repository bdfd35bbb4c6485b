package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionCodeTest {
  @TempDir Path dir;

  @Test
  void aSavedSessionRunsAgainInANewOneAndRemakesItsValues() throws IOException {
    Path file = dir.resolve("today.jsh");
    try (Shell first = new Shell()) {
      first.eval("int a = 40;");
      first.eval("int twice(int x) { return 2 * x; }");
      first.eval("int twice(int x) { return x + x; }");
      first.eval("var b = twice(a) + 2");
      first.eval("a + b");
      first.eval("int broken = \"text\";");
      first.eval("dk.styrbord.repl.Prompt.saveSession(\"" + file.toString().replace("\\", "\\\\") + "\");");
    }
    String script = Files.readString(file);
    assertFalse(script.contains("return 2 * x"), "the overwritten method is not saved:\n" + script);
    assertFalse(script.contains("broken"), "a rejected snippet is not saved:\n" + script);
    assertFalse(script.contains("saveSession"), script);
    assertTrue(script.contains("var b = twice(a) + 2;"), "an expression gets its ';':\n" + script);
    try (Shell second = new Shell()) {
      second.eval(script);
      assertEquals("82", second.value("b"));
      assertEquals("80", second.value("twice(a)"));
    }
  }

  @Test
  void anExistingSessionFileIsNotReplacedUnlessAsked() throws IOException {
    Path file = dir.resolve("s.jsh");
    Files.writeString(file, "// mine");
    try (Shell shell = new Shell()) {
      var events = shell.eval("dk.styrbord.repl.Prompt.saveSession(\"" + file.toString().replace("\\", "\\\\") + "\");");
      assertTrue(events.get(0).exception().getMessage().contains("exists already"));
    }
    assertEquals("// mine", Files.readString(file));
  }
}
