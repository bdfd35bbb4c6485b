package dk.styrbord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.data.DatasetLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data sharing archive the launcher makes in {@code cds/} beside the jar: the same
 * tables with it as without, stale when the jar or a library is newer, and holding no data, so
 * changed data are read as they are now without making it again. Runs on a copy of the built jar,
 * its libraries, data and notebooks laid out as an unzipped bundle is.
 */
class StartupArchiveTest {
  private static final String FINGERPRINT =
      "for (var e : dk.styrbord.data.Catalog.bundled().entries()) System.out.println(\"FP \" + e.name() + \" \""
          + " + dataset(e.name()).rowCount() + \" \" + dataset(e.name()).printAll().hashCode());";

  @TempDir static Path root;
  private static StartupArchive archive;
  private static WorkbenchJvm jvm;
  private static String training;

  @BeforeAll
  static void layOutABundleAndMakeTheArchive() throws IOException {
    Path built = Path.of(System.getProperty("styrbord.jar", "target/styrbord.jar"));
    Path jar = root.resolve("styrbord.jar");
    Files.copy(built, jar);
    copyFiles(built.resolveSibling("lib"), root.resolve("lib"));
    copyFiles(Path.of("data"), root.resolve("data"));
    copyFiles(Path.of("notebooks"), root.resolve("notebooks"));
    archive = StartupArchive.beside(jar);
    jvm = WorkbenchJvm.of(jar, root, List.of());
    assertTrue(archive.isStale(), "no archive yet");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertTrue(archive.make(jvm, new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
    training = err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theArchiveIsMadeBesideTheJarAndGivesTheSameTables() throws Exception {
    assertEquals(root.resolve("cds"), archive.file().getParent());
    assertTrue(archive.file().getFileName().toString().startsWith("styrbord-" + Runtime.version().feature()), archive.file().toString());
    assertTrue(Files.size(archive.file()) > 1_000_000, "an archive of the workbench's classes");
    assertFalse(archive.isStale());
    assertEquals("Styrbord: preparing a faster start (once after each build, about ten seconds)...", training.strip());
    List<String> left;
    try (Stream<Path> files = Files.list(root.resolve("cds"))) {
      left = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of(archive.file().getFileName().toString(), "training.log"),
        left.stream().filter(name -> !name.startsWith("data-")).toList(), "the training's folder and part file are gone");
    assertEquals(11, left.stream().filter(name -> name.startsWith("data-") && name.endsWith(".bin")).count(),
        "the training start left a binary copy of each dataset (DatasetCache): " + left);
    String with = withArchive();
    assertEquals(11, with.lines().count(), with);
    assertEquals(fingerprints(List.of("-Xshare:off")), with);
    assertTrue(with.contains("FP spending 9702 "), with);
  }

  @Test
  void aNewerJarOrLibraryMakesTheArchiveStale() throws IOException {
    Path jar = root.resolve("styrbord.jar");
    Path library = root.resolve("lib/commons-math3-3.6.1.jar");
    // the JVM checks the jars' times against the archive's record too, so they are put back as they were
    FileTime jarTime = Files.getLastModifiedTime(jar);
    FileTime libraryTime = Files.getLastModifiedTime(library);
    long made = Files.getLastModifiedTime(archive.file()).toMillis();
    try {
      Files.setLastModifiedTime(jar, FileTime.fromMillis(made + 60_000));
      assertTrue(archive.isStale(), "the jar was rebuilt after the archive");
      Files.setLastModifiedTime(jar, jarTime);
      assertFalse(archive.isStale());
      Files.setLastModifiedTime(library, FileTime.fromMillis(made + 60_000));
      assertTrue(archive.isStale(), "a library is newer than the archive");
    } finally {
      Files.setLastModifiedTime(jar, jarTime);
      Files.setLastModifiedTime(library, libraryTime);
    }
    assertFalse(archive.isStale());
    assertTrue(archive.madeFrom().contains(Path.of(System.getProperty("java.home"), "release")), "a new JDK makes it stale too");
  }

  @Test
  void theArchiveHoldsNoDataSoChangedDataIsReadAsItIsNow() throws Exception {
    Path regions = root.resolve("data/regions.csv");
    Path sums = root.resolve("data/SHA256SUMS");
    String csv = Files.readString(regions);
    String checksums = Files.readString(sums);
    String before = withArchive();
    try {
      // a corrected region name, with its checksum, as a data update would bring it
      String changed = csv.replace("Region Nordjylland", "Region Nordjylland (rettet)");
      Files.writeString(regions, changed);
      Files.writeString(sums, checksums.replace(DatasetLoader.sha256(csv.getBytes(StandardCharsets.UTF_8)),
          DatasetLoader.sha256(changed.getBytes(StandardCharsets.UTF_8))));
      String with = withArchive();
      assertEquals(fingerprints(List.of("-Xshare:off")), with);
      assertNotEquals(line(before, "FP regions "), line(with, "FP regions "), "the new region name is read");
      assertEquals(line(before, "FP spending "), line(with, "FP spending "));
      assertFalse(archive.isStale());
    } finally {
      Files.writeString(regions, csv);
      Files.writeString(sums, checksums);
    }
  }

  private static String line(String output, String prefix) {
    return output.lines().filter(l -> l.contains(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix + " in " + output));
  }

  /**
   * The fingerprints from the launcher's JVM that read the workbench's own classes from the
   * archive. The JVM may fail to map an archive at its address (address-space randomisation), so
   * the class-load log shows where they came from, and a start that did not map it is tried again,
   * up to three times.
   */
  private static String withArchive() throws Exception {
    Path log = root.resolve("classes.log");
    for (int attempt = 1; ; attempt++) {
      List<String> options = new ArrayList<>(archive.options());
      options.add("-Xlog:class+load=info:file=" + log);
      String out = fingerprints(options);
      boolean mapped = Files.readAllLines(log).stream()
          .anyMatch(l -> l.contains(" dk.styrbord.repl.Main ") && l.contains("shared objects file"));
      if (mapped) {
        return out;
      }
      if (attempt == 3) {
        throw new AssertionError("three starts did not read dk.styrbord.repl.Main from the archive; see " + log);
      }
    }
  }

  /** The snippet's fingerprint lines from the workbench's JVM, with {@code extra} options. */
  private static String fingerprints(List<String> extra) throws Exception {
    ProcessBuilder start = new ProcessBuilder(jvm.command(extra, List.of())).redirectError(ProcessBuilder.Redirect.INHERIT);
    start.environment().put("STYRBORD_PREFS", root.resolve("prefs").toString());
    Process p = start.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write((FINGERPRINT + "\n/exit\n").getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return String.join("\n", out.lines().filter(l -> l.contains("FP ")).toList());
  }

  private static void copyFiles(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
