package dk.styrbord.data.imports;

/**
 * How large a region of a file one thread reads: the whole file below {@link #PARALLEL_FROM} bytes
 * (starting threads and joining dictionaries costs more than it saves there), else about a quarter
 * of a core's share, between 4 and 64 MB, so that a core slowed by other work hands regions to the
 * other.
 */
final class RegionSize {
  static final long PARALLEL_FROM = 8L << 20;

  private RegionSize() {}

  /** The region size for a file of {@code size} bytes. Example: {@code RegionSize.of(2_000_000_000L)} gives 64 MB. */
  static long of(long size) {
    if (size < PARALLEL_FROM) {
      return size;
    }
    long share = size / (4L * Runtime.getRuntime().availableProcessors());
    return Math.max(4L << 20, Math.min(64L << 20, share));
  }
}
