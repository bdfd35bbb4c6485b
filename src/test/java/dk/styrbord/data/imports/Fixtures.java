package dk.styrbord.data.imports;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import java.nio.file.Path;

/** Paths of the import fixtures and one shared municipality registry. */
final class Fixtures {
  static final Path ROOT = Path.of("src/test/resources/imports");
  static final Path SOURCES = Path.of("data/sources");
  static final Municipalities MUNICIPALITIES = Municipalities.of(Datasets.of(Catalog.bundled()));

  private Fixtures() {}

  static Path fixture(String relative) {
    return ROOT.resolve(relative);
  }
}
