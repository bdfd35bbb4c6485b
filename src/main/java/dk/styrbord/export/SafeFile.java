package dk.styrbord.export;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing a file so that nothing is lost: never over an existing file unless asked, and always
 * through a temporary file in the same folder that is then moved into place, so a write stopped
 * midway leaves the old file (or no file) intact, never half a file.
 *
 * <p>Example: {@code SafeFile.write(Path.of("out/lejre.csv"), bytes, false)}.
 */
public final class SafeFile {
  private SafeFile() {}

  /**
   * Writes {@code bytes} to {@code target} atomically. Without {@code overwrite} an existing file
   * is refused with a one-line message naming it and the two ways out.
   */
  public static Path write(Path target, byte[] bytes, boolean overwrite) {
    return write(target, out -> out.write(bytes), overwrite);
  }

  /** Something that writes a file's content to a stream; it may fail midway. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Streams {@code content} to {@code target} atomically: if it fails midway the old file (or no
   * file) is left as it was, and the temporary file is removed.
   */
  public static Path write(Path target, Content content, boolean overwrite) {
    Path file = target.toAbsolutePath().normalize();
    if (Files.isDirectory(file)) {
      throw new WorkbenchException(file + " is a folder; give a file name, e.g. " + file.resolve("export.csv"));
    }
    if (Files.exists(file) && !overwrite) {
      throw new WorkbenchException(file + " exists already. Pass overwrite = true to replace it, or use "
          + nextFree(file).getFileName() + ".");
    }
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temporary)) {
          content.writeTo(out);
        }
        move(temporary, file);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new WorkbenchException("Could not write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /** The first of {@code name.ext}, {@code name-2.ext}, {@code name-3.ext}, … that does not exist. */
  public static Path nextFree(Path file) {
    if (!Files.exists(file)) {
      return file;
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    for (int i = 2; ; i++) {
      Path candidate = file.resolveSibling(stem + "-" + i + extension);
      if (!Files.exists(candidate)) {
        return candidate;
      }
    }
  }

  /**
   * The file {@code name} inside {@code folder}, refusing names that would climb out of it
   * ({@code ../x}, an absolute path, a drive letter) — for file names that come from data.
   */
  public static Path inside(Path folder, String name) {
    Path base = folder.toAbsolutePath().normalize();
    Path file = base.resolve(name).normalize();
    if (!file.startsWith(base) || file.equals(base)) {
      throw new WorkbenchException("The file name \"" + name + "\" points outside " + base + "; use a plain name such as \"report.html\".");
    }
    return file;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
