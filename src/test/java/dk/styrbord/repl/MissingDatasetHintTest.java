package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset variable whose dataset was not loaded is one line naming the dataset, the problem and the fix. */
class MissingDatasetHintTest {
  @TempDir Path home;

  @Test
  void usingADatasetWhoseFileWasDeletedNamesTheFileAndTheFix() throws IOException {
    copy(Path.of("data"), home.resolve("data"));
    Files.delete(home.resolve("data/regions.csv"));
    String before = System.getProperty("styrbord.home");
    System.setProperty("styrbord.home", home.toString());
    String out;
    try {
      out = PipedPrompt.run("regions.rowCount()\nmunicipalities.rowCount()\n/exit\n", new HashMap<>()).replace("\r\n", "\n");
    } finally {
      if (before == null) {
        System.clearProperty("styrbord.home");
      } else {
        System.setProperty("styrbord.home", before);
      }
      // the next test's session reads the project's own data again
      Session.startInBackground(() -> Main.openSession(dk.styrbord.data.Catalog.current()));
    }

    String expected = "|  Exception Styrbord: The dataset regions was not loaded, so regions is null: "
        + home.resolve("data/regions.csv") + " is missing. Restore the bundled data with: git checkout -- data/regions.csv;"
        + " then start the workbench again.\n";
    assertTrue(out.contains("regions.rowCount()\n" + expected), out);
    assertTrue(out.contains("municipalities.rowCount()\n98\n"), "the other datasets answer: " + out);
  }

  @Test
  void aDatasetVariableSetToNullSaysHowToGetItBack() {
    try (Shell shell = new Shell()) {
      shell.eval("import static dk.styrbord.repl.DatasetVariables.*;");
      shell.eval("dk.styrbord.repl.DatasetVariables.bind();");
      shell.eval("budget = null;");
      var events = shell.eval("budget.rowCount()");
      assertTrue(events.get(0).exception().getMessage()
          .equals("budget is null: it was set to null in this session; /reset gives it its dataset again."),
          events.get(0).exception().getMessage());
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
