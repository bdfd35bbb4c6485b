package dk.styrbord.data.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a file into regions of about the same size that start right after a line end (LF, or a CR
 * not followed by LF), never between the CR and LF of one line end, so that each region can be
 * parsed on its own. A cut can still fall inside a quoted field that spans lines; the reader of
 * the region before it notices (see {@link ByteRecordReader.OpenAtRegionEnd}).
 *
 * <p>Example: {@code FileRegions.split(file, 3, size, 64 << 20)} for a file with a byte-order mark.
 */
final class FileRegions {
  private static final int PROBE = 1 << 16;

  /** Bytes {@code [start, end)} of the file; {@code first} holds the file's first record, {@code last} its end. */
  record Region(long start, long end, boolean first, boolean last) {
    long length() {
      return end - start;
    }
  }

  private FileRegions() {}

  /** The bytes from {@code start} to {@code end} in regions of about {@code bytes} each (one region when that is all). */
  static List<Region> split(Path file, long start, long end, long bytes) {
    List<Region> regions = new ArrayList<>();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long from = start;
      while (from < end) {
        long to = end - from <= bytes + bytes / 2 ? end : lineStartAfter(channel, from + bytes, end);
        regions.add(new Region(from, to, from == start, to == end));
        from = to;
      }
    } catch (IOException e) {
      throw ImportProblem.of(file, "cannot be read (" + e.getMessage() + ")", "Check that the file is not locked or on a disconnected drive", e);
    }
    if (regions.isEmpty()) {
      regions.add(new Region(start, end, true, true));
    }
    return regions;
  }

  /** The position just after the first line end at or after {@code from}, or {@code end} when there is none. */
  private static long lineStartAfter(FileChannel channel, long from, long end) throws IOException {
    ByteBuffer probe = ByteBuffer.allocate(PROBE);
    long at = from;
    while (at < end) {
      probe.clear();
      int n = channel.read(probe, at);
      if (n <= 0) {
        return end;
      }
      byte[] bytes = probe.array();
      for (int i = 0; i < n; i++) {
        if (bytes[i] == '\n') {
          return at + i + 1;
        }
        if (bytes[i] == '\r') {
          if (i + 1 < n) {
            if (bytes[i + 1] != '\n') {
              return at + i + 1;
            }
          } else if (at + i + 1 >= end) {
            return end;
          } else {
            at += i;
            break;
          }
        }
        if (i == n - 1) {
          at += n;
        }
      }
    }
    return end;
  }
}
