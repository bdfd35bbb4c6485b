package dk.styrbord.data.imports;

/**
 * How large a region of a file one thread reads: the whole file below {@link #PARALLEL_FROM} bytes
 * (starting threads and joining dictionaries costs more than it saves there), else a quarter of a
 * core's share (at least 4 MB), so that a core slowed by other work hands regions to the other. Not
 * capped: at 20M rows, 260 MB regions peak at 970 MB under G1 where 64 MB ones peak at 1,250 MB, in
 * the same time (medians of 3, interleaved).
 */
final class RegionSize {
  static final long PARALLEL_FROM = 8L << 20;

  private RegionSize() {}

  /** The region size for a file of {@code size} bytes. Example: {@code RegionSize.of(2_000_000_000L)} gives 250 MB on 2 cores. */
  static long of(long size) {
    if (size < PARALLEL_FROM) {
      return size;
    }
    long share = size / (4L * Runtime.getRuntime().availableProcessors());
    return Math.max(4L << 20, share);
  }
}
