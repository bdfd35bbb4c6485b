package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesFileTest {
  @TempDir Path dir;

  @Test
  void savedValuesComeBackInTheNextSession() {
    Path file = dir.resolve("sub").resolve("jshell.properties");
    PreferencesFile first = PreferencesFile.at(file);
    first.put("HISTORY_LINE_0", "kommune(\"Lejre\")");
    first.put("FEEDBACK", "styrbord");
    first.remove("FEEDBACK");
    first.save();
    PreferencesFile second = PreferencesFile.at(file);
    assertEquals("kommune(\"Lejre\")", second.get("HISTORY_LINE_0"));
    assertFalse(second.containsKey("FEEDBACK"));
  }

  @Test
  void savingLeavesNoTemporaryFilesBehind() throws IOException {
    PreferencesFile prefs = PreferencesFile.at(dir.resolve("p.properties"));
    prefs.put("a", "æøå");
    prefs.save();
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
    assertEquals("æøå", PreferencesFile.at(dir.resolve("p.properties")).get("a"));
  }
}
