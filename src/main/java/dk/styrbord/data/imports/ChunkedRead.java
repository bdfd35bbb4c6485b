package dk.styrbord.data.imports;

import dk.styrbord.Daemons;
import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads the regions of one file on all cores and hands them back in file order, with the message a
 * single pass would give: the first problem in the file wins, at its exact line. Each region is read
 * as if it began on line 1 (its true first line is known only once the regions before it are
 * counted); the first region that fails is read again from its true first line, which fails in the
 * same place with the right line number. When a cut fell inside a quoted field that spans lines,
 * the whole file is read again in one piece.
 */
final class ChunkedRead {
  private static final ExecutorService THREADS = Daemons.idlePool("styrbord-import",
      Runtime.getRuntime().availableProcessors());

  private ChunkedRead() {}

  /** The rows of each region, in file order; {@code whole} is the file as one region, for the fallback. */
  static List<ChunkRows> read(ChunkRows.Plan plan, List<FileRegions.Region> regions, FileRegions.Region whole) {
    if (regions.size() == 1) {
      return List.of(ChunkRows.read(plan, regions.get(0), 1));
    }
    List<Future<ChunkRows>> pending = new ArrayList<>();
    for (FileRegions.Region region : regions) {
      pending.add(THREADS.submit(() -> ChunkRows.read(plan, region, 1)));
    }
    try {
      List<ChunkRows> chunks = new ArrayList<>();
      long firstLine = 1;
      for (int k = 0; k < regions.size(); k++) {
        try {
          chunks.add(pending.get(k).get());
        } catch (ExecutionException e) {
          cancel(pending);
          chunks.clear();
          if (e.getCause() instanceof ByteRecordReader.OpenAtRegionEnd) {
            return List.of(ChunkRows.read(plan, whole, 1));
          }
          if (e.getCause() instanceof WorkbenchException) {
            ChunkRows.read(plan, regions.get(k), firstLine);
          }
          throw unchecked(e.getCause());
        }
        firstLine += chunks.get(k).lineBreaks();
      }
      return chunks;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkbenchException("The import was interrupted; nothing was read.");
    } finally {
      cancel(pending);
    }
  }

  /** The failure of a region's reader as thrown in the caller (an OutOfMemoryError stays one, for {@link ImportProblem#withinMemory}). */
  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof Error error) {
      throw error;
    }
    return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
  }

  private static void cancel(List<Future<ChunkRows>> pending) {
    for (Future<ChunkRows> f : pending) {
      f.cancel(true);
    }
  }
}
