package dk.styrbord.data.imports;

import dk.styrbord.WorkbenchException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
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
  private ChunkedRead() {}

  /** The rows of each region, in file order; {@code whole} is the file as one region, for the fallback. */
  static List<ChunkRows> read(ChunkRows.Plan plan, List<FileRegions.Region> regions, FileRegions.Region whole) {
    if (regions.size() == 1) {
      return List.of(ChunkRows.read(plan, regions.get(0), 1));
    }
    List<Future<ChunkRows>> pending = new ArrayList<>();
    for (FileRegions.Region region : regions) {
      pending.add(ImportThreads.submit(() -> ChunkRows.read(plan, region, 1)));
    }
    try {
      List<ChunkRows> chunks = new ArrayList<>();
      long firstLine = 1;
      for (int k = 0; k < regions.size(); k++) {
        try {
          chunks.add(ImportThreads.result(pending.get(k)));
        } catch (ExecutionException e) {
          ImportThreads.cancel(pending);
          chunks.clear();
          if (e.getCause() instanceof ByteRecordReader.OpenAtRegionEnd) {
            return List.of(ChunkRows.read(plan, whole, 1));
          }
          if (e.getCause() instanceof WorkbenchException) {
            ChunkRows.read(plan, regions.get(k), firstLine);
          }
          throw ImportThreads.unchecked(e.getCause());
        }
        firstLine += chunks.get(k).lineBreaks();
      }
      return chunks;
    } finally {
      ImportThreads.cancel(pending);
    }
  }
}
