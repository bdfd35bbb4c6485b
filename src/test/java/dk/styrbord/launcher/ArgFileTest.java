package dk.styrbord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The argument file ./workbench starts the workbench's JVM with: java itself reads back the options it holds. */
class ArgFileTest {
  @Test
  void javaReadsBackEveryOptionAsWrittenEvenWithSpacesBackslashesAndQuotes(@TempDir Path dir) throws Exception {
    String home = dir.resolve("a b\\c\"d æø").toString();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = List.of(java.toString(), "-Dstyrbord.home=" + home, "-Dstyrbord.launched=true", "-jar", "x.jar");
    Path file = dir.resolve("jvm.args");
    Files.writeString(file, ArgFile.text(java, dir.resolve("x.jsa"), command), StandardCharsets.UTF_8);

    Process p = new ProcessBuilder(java.toString(), "@" + file, "-XshowSettings:properties", "-version")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("styrbord.home = " + home + System.lineSeparator()), out);
    assertTrue(out.contains("styrbord.launched = true"), out);
  }

  @Test
  void theFirstLinesNameTheJavaAndTheArchiveForTheScript() {
    String text = ArgFile.text(Path.of("/jdk/bin/java"), Path.of("/w/cds/s.jsa"), List.of("/jdk/bin/java", "-XX:+UseSerialGC", "-jar", "w.jar", "run"));
    assertEquals(List.of("# java=/jdk/bin/java", "# archive=/w/cds/s.jsa", "\"-XX:+UseSerialGC\""), text.lines().toList());
  }

  @Test
  void nothingIsWrittenWithoutAnArchive(@TempDir Path dir) throws IOException {
    Path jar = Files.createFile(dir.resolve("styrbord.jar"));
    StartupArchive archive = StartupArchive.beside(jar);
    ArgFile file = ArgFile.beside(archive);
    assertFalse(file.write(WorkbenchJvm.of(jar, dir, List.of()), archive));
    assertFalse(Files.exists(file.file()));
  }
}
