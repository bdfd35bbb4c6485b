package dk.styrbord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.data.DatasetLoader;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data sharing archive the launcher ({@code ./workbench}) makes: the same tables with it
 * as without, made again when a jar it was made from changes, and holding no data, so changed data
 * are read as they are now without making it again. Runs the launcher's own bash
 * functions on a copy of the build laid out as {@code target/} is.
 */
class StartupArchiveTest {
  private static final String FINGERPRINT =
      "for (var e : dk.styrbord.data.Catalog.bundled().entries()) System.out.println(\"FP \" + e.name() + \" \""
          + " + dataset(e.name()).rowCount() + \" \" + dataset(e.name()).printAll().hashCode());";

  @TempDir static Path root;

  @BeforeAll
  static void layOutABuild() throws IOException {
    Path lib = Files.createDirectories(root.resolve("target/lib"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (Files.isDirectory(p) && p.getFileName().toString().equals("classes")) {
        jar(p, root.resolve("target/styrbord.jar"));
      } else if (entry.endsWith(".jar")) {
        Files.copy(p, lib.resolve(p.getFileName()));
      }
    }
    Path data = Files.createDirectories(root.resolve("data"));
    try (Stream<Path> files = Files.list(Path.of("data"))) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Files.copy(f, data.resolve(f.getFileName()));
      }
    }
  }

  @Test
  void theArchiveIsMadeUsedAndGivesTheSameTables() throws Exception {
    Path archive = root.resolve("target/cds/test.jsa");
    assertEquals("stale", launcher("archive_is_stale \"$1\" \"$(class_path)\" && echo stale || echo fresh", archive));
    launcher("make_archive \"$1\" \"$(class_path)\"", archive);
    assertTrue(Files.size(archive) > 1_000_000, "an archive of the workbench's classes");
    assertEquals("fresh", launcher("archive_is_stale \"$1\" \"$(class_path)\" && echo stale || echo fresh", archive));

    String with = withArchive(archive);
    String without = fingerprints("-Xshare:off", archive);
    assertEquals(11, with.lines().filter(l -> l.contains("FP ")).count(), with);
    assertEquals(without, with);
    assertTrue(with.contains("FP spending 9702 "), with);
  }

  @Test
  void aNewerJarMakesTheArchiveStaleAndItIsMadeAgain() throws Exception {
    Path archive = root.resolve("target/cds/rebuilt.jsa");
    launcher("make_archive \"$1\" \"$(class_path)\"", archive);
    Path jar = root.resolve("target/styrbord.jar");
    // the archive made a minute before the jar: as if the jar had been rebuilt since (no clock race with the rebuild below)
    FileTime older = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
    Files.setLastModifiedTime(archive, older);
    assertEquals("stale", launcher("archive_is_stale \"$1\" \"$(class_path)\" && echo stale || echo fresh", archive));
    launcher("archive_is_stale \"$1\" \"$(class_path)\" && make_archive \"$1\" \"$(class_path)\"", archive);
    assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0, "made again after the jar");
    assertEquals("fresh", launcher("archive_is_stale \"$1\" \"$(class_path)\" && echo stale || echo fresh", archive));
  }

  @Test
  void theArchiveHoldsNoDataSoChangedDataIsReadAsItIsNow() throws Exception {
    Path archive = root.resolve("target/cds/data.jsa");
    launcher("make_archive \"$1\" \"$(class_path)\"", archive);
    Path regions = root.resolve("data/regions.csv");
    Path sums = root.resolve("data/SHA256SUMS");
    String csv = Files.readString(regions);
    String checksums = Files.readString(sums);
    String before = withArchive(archive);
    try {
      // a corrected region name, with its checksum, as a data update would bring it
      String changed = csv.replace("Region Nordjylland", "Region Nordjylland (rettet)");
      Files.writeString(regions, changed);
      Files.writeString(sums, checksums.replace(DatasetLoader.sha256(csv.getBytes(StandardCharsets.UTF_8)),
          DatasetLoader.sha256(changed.getBytes(StandardCharsets.UTF_8))));
      String with = withArchive(archive);
      assertEquals(fingerprints("-Xshare:off", archive), with);
      assertNotEquals(line(before, "FP regions "), line(with, "FP regions "), "the new region name is read");
      assertEquals(line(before, "FP spending "), line(with, "FP spending "));
      assertEquals("fresh", launcher("archive_is_stale \"$1\" \"$(class_path)\" && echo stale || echo fresh", archive));
    } finally {
      Files.writeString(regions, csv);
      Files.writeString(sums, checksums);
    }
  }

  private static String line(String output, String prefix) {
    return output.lines().filter(l -> l.contains(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix + " in " + output));
  }

  /**
   * The fingerprints from a JVM that read the workbench's own classes from the archive. The JVM
   * may fail to map an archive at its address (address-space randomisation; -Xshare:on then
   * refuses to start at all, which made this test fail at random under load), so the class-load log
   * shows where they came from, and a start that did not map it is tried again, up to three times.
   */
  private static String withArchive(Path archive) throws Exception {
    Path log = archive.resolveSibling(archive.getFileName() + ".classes.log");
    for (int attempt = 1; ; attempt++) {
      String out = fingerprints("-Xshare:auto -XX:SharedArchiveFile=\"$1\" -Xlog:class+load=info:file=\"" + log + "\"", archive);
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

  /** The same snippet's output, with the launcher's JVM flags plus {@code extra}. */
  private static String fingerprints(String extra, Path archive) throws Exception {
    return launcher("printf '%s\\n/exit\\n' '" + FINGERPRINT.replace("'", "'\\''") + "' | STYRBORD_PREFS=\"$ROOT/prefs\" "
        + "\"$JAVA\" $(jvm_flags) " + extra + " -Dstyrbord.home=\"$ROOT\" -cp \"$(class_path)\" dk.styrbord.repl.Main", archive);
  }

  /** Runs bash code with the launcher's functions, ROOT at the laid-out build, $1 the archive; returns stdout. */
  private static String launcher(String code, Path archive) throws Exception {
    String script = "set -euo pipefail; STYRBORD_SOURCE_ONLY=1 source \"" + Path.of("workbench").toAbsolutePath() + "\"; "
        + "ROOT=\"" + root + "\"; JAR=\"$ROOT/target/styrbord.jar\"; LIB=\"$ROOT/target/lib\"; " + code;
    List<String> command = new ArrayList<>(List.of("bash", "-c", script, "launcher", archive.toString()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), code + "\n" + out);
    return out.strip();
  }

  private static void jar(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }
}
