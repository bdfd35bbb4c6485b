package dk.styrbord.launcher;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The workbench JVM's options as a java argument file, {@code jvm.args} beside the start-up archive,
 * so that {@code ./workbench} starts that JVM itself ({@code java @cds/jvm.args -jar styrbord.jar})
 * instead of through the launcher's JVM, one JVM start less. Its first two lines, comments to java,
 * name the {@code java} and the archive it was written for; the script takes the file only while it
 * names the script's own {@code java}, the archive exists, and neither the jar, a library nor the
 * JDK is newer than the file, and otherwise runs the launcher, which writes it again.
 *
 * <p>Example: {@code ArgFile.beside(archive).write(jvm, archive)} writes {@code target/cds/jvm.args}.
 *
 * @param file the argument file
 */
public record ArgFile(Path file) {
  /** The argument file in the archive's folder. */
  public static ArgFile beside(StartupArchive archive) {
    return new ArgFile(archive.file().resolveSibling("jvm.args"));
  }

  /**
   * Writes the file for {@code jvm} (made without the user's options) with the archive's options,
   * when the archive exists; false when it could not be written, which only costs the quicker start.
   */
  public boolean write(WorkbenchJvm jvm, StartupArchive archive) {
    if (archive.options().isEmpty()) {
      return false;
    }
    Path written = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      String text = text(jvm.java().toRealPath(), archive.file(), jvm.command(archive.options(), List.of()));
      Files.writeString(written, text, Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")));
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    } finally {
      try {
        Files.deleteIfExists(written);
      } catch (IOException e) {
        // a leftover temporary file costs only its few bytes
      }
    }
  }

  /** The file's text: the two comment lines, then each JVM option of {@code command} (between java and -jar) quoted. */
  static String text(Path java, Path archive, List<String> command) {
    StringBuilder s = new StringBuilder("# java=").append(java).append('\n');
    s.append("# archive=").append(archive).append('\n');
    for (String option : command.subList(1, command.indexOf("-jar"))) {
      s.append('"').append(option.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
    }
    return s.toString();
  }
}
