package dk.styrbord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileTest {
  @TempDir Path dir;

  @Test
  void anExistingFileIsNotReplacedUnlessAsked() throws IOException {
    Path file = dir.resolve("lejre.csv");
    Files.writeString(file, "old");
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> SafeFile.write(file, "new".getBytes(StandardCharsets.UTF_8), false));
    assertTrue(e.getMessage().contains("lejre.csv exists already"), e.getMessage());
    assertTrue(e.getMessage().contains("lejre-2.csv"), e.getMessage());
    assertEquals("old", Files.readString(file));
    SafeFile.write(file, "new".getBytes(StandardCharsets.UTF_8), true);
    assertEquals("new", Files.readString(file));
  }

  @Test
  void aWriteThatFailsMidwayLeavesTheOldFileAndNoLeftovers() throws IOException {
    Path file = dir.resolve("report.html");
    Files.writeString(file, "the old report");
    assertThrows(WorkbenchException.class, () -> SafeFile.write(file, out -> {
      out.write("half of the new rep".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }, true));
    assertEquals("the old report", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void nextFreeNumbersTheName() throws IOException {
    Files.writeString(dir.resolve("a.csv"), "");
    Files.writeString(dir.resolve("a-2.csv"), "");
    assertEquals(dir.resolve("a-3.csv"), SafeFile.nextFree(dir.resolve("a.csv")));
    assertEquals(dir.resolve("b.csv"), SafeFile.nextFree(dir.resolve("b.csv")));
  }

  @Test
  void namesFromDataCannotClimbOutOfTheFolder() {
    assertEquals(dir.resolve("Lejre.html").toAbsolutePath(), SafeFile.inside(dir, "Lejre.html"));
    for (String bad : new String[] {"../escape.html", "a/../../escape.html", "/etc/passwd", ".."}) {
      WorkbenchException e = assertThrows(WorkbenchException.class, () -> SafeFile.inside(dir, bad), bad);
      assertTrue(e.getMessage().contains("points outside"), e.getMessage());
    }
  }
}
