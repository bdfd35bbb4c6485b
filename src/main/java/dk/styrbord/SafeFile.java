package dk.styrbord;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writing a file so that nothing is lost: never over an existing file unless asked, and always
 * through a temporary file beside it that is then moved into place, so a write stopped midway
 * leaves the old file (or no file) intact, never half a file. Every file the workbench writes —
 * exports, charts, reports, caches — goes through here.
 *
 * <p>Example: {@code SafeFile.write(Path.of("out/lejre.csv"), bytes, false)}.
 */
public final class SafeFile {
  private SafeFile() {}

  /** Something that writes a file's content to a stream; it may fail midway. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code bytes} to {@code target} atomically; see {@link #write(Path, Content, boolean)}. */
  public static Path write(Path target, byte[] bytes, boolean overwrite) {
    return write(target, out -> out.write(bytes), overwrite);
  }

  /**
   * Streams {@code content} to {@code target} atomically. Without {@code overwrite} an existing
   * file is refused with a one-line message naming it and the two ways out, also when it appears
   * while we write. If the content fails midway the old file (or no file) stays as it was and the
   * temporary file is removed.
   */
  public static Path write(Path target, Content content, boolean overwrite) {
    Path file = target.toAbsolutePath().normalize();
    if (Files.isDirectory(file)) {
      throw new WorkbenchException(file + " is a folder; give a file name, e.g. " + file.resolve("export.csv"));
    }
    if (Files.exists(file) && !overwrite) {
      throw exists(file);
    }
    try {
      Files.createDirectories(file.getParent());
      // Not Files.createTempFile: its files are private (rw-------), and what we write is for sharing.
      Path temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          content.writeTo(out);
        }
        if (overwrite) {
          replace(temporary, file);
        } else {
          placeWithoutReplacing(temporary, file);
        }
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
   * ({@code ../x}, an absolute path) — for file names that come from data.
   */
  public static Path inside(Path folder, String name) {
    Path base = folder.toAbsolutePath().normalize();
    Path file = base.resolve(name).normalize();
    if (!file.startsWith(base) || file.equals(base)) {
      throw new WorkbenchException("The file name \"" + name + "\" points outside " + base + "; use a plain name such as \"report.html\".");
    }
    return file;
  }

  private static WorkbenchException exists(Path file) {
    return new WorkbenchException(file + " exists already; pass true as the last argument to replace it, or use "
        + nextFree(file).getFileName() + ".");
  }

  private static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void placeWithoutReplacing(Path from, Path to) throws IOException {
    try {
      // A hard link fails if the target exists, so a file that appeared meanwhile is never replaced.
      Files.createLink(to, from);
    } catch (FileAlreadyExistsException e) {
      throw exists(to);
    } catch (UnsupportedOperationException | IOException noLinks) {
      if (Files.exists(to)) {
        throw exists(to);
      }
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
