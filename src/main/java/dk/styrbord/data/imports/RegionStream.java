package dk.styrbord.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of one region of a file as a stream, read by large positional reads on a channel of
 * its own, so that several regions of one file are read at once without a copy of the whole file
 * on the heap. Example: {@code RegionStream.open(file, region)}.
 */
final class RegionStream extends InputStream {
  private final FileChannel channel;
  private final long end;
  private long position;

  private RegionStream(FileChannel channel, long start, long end) {
    this.channel = channel;
    this.position = start;
    this.end = end;
  }

  /** Opens the file for reading the bytes of {@code region}. */
  static RegionStream open(Path file, FileRegions.Region region) {
    try {
      return new RegionStream(FileChannel.open(file, StandardOpenOption.READ), region.start(), region.end());
    } catch (IOException e) {
      throw ImportProblem.of(file, "cannot be read (" + e.getMessage() + ")", "Check that the file is not locked", e);
    }
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    if (position >= end) {
      return -1;
    }
    int n = channel.read(ByteBuffer.wrap(bytes, offset, (int) Math.min(length, end - position)), position);
    if (n > 0) {
      position += n;
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
