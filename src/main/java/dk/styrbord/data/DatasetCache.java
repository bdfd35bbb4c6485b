package dk.styrbord.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A binary copy of each bundled dataset as read from its CSV file, so that a start reads columns of
 * numbers instead of parsing text (the CSV files cost about 0.5 s of CPU, which on two cores slows
 * the prompt's own start). A copy is named after the SHA-256 of the CSV file, already checked
 * against the catalog, and the catalog's column types, so it is never stale: changed data or types
 * have another name and are read from the CSV again; a copy carries the SHA-256 of its own bytes, so one
 * changed after it was written is not taken either. It lives beside the start-up archive ({@code
 * -Dstyrbord.cache}, set by the launcher); without that property there is no cache.
 *
 * <p>Example: {@code DatasetCache.configured().flatMap(c -> c.read(entry))}.
 *
 * @param folder where the copies are
 */
public record DatasetCache(Path folder) {
  /** Bump when the layout below changes. */
  private static final int VERSION = 2;
  /** A copy starts with the SHA-256 of the rest, in hex, so that one changed after it was written is not taken. */
  private static final int SUM = 64;

  /** The cache the launcher chose ({@code -Dstyrbord.cache=DIR}), or none. */
  public static Optional<DatasetCache> configured() {
    String folder = System.getProperty("styrbord.cache");
    return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(new DatasetCache(Path.of(folder)));
  }

  /** The dataset as last cached for exactly this file and these column types, or empty. */
  public Optional<Table> read(DatasetEntry entry) {
    Path file = file(entry);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String sum = new String(bytes, 0, SUM, StandardCharsets.US_ASCII);
      if (!sum.equals(DatasetLoader.sha256(Arrays.copyOfRange(bytes, SUM, bytes.length)))) {
        return Optional.empty(); // changed since it was written: the CSV is read again
      }
      return Optional.of(readTable(new DataInputStream(new ByteArrayInputStream(bytes, SUM, bytes.length - SUM)), entry.name()));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty(); // a half-written or damaged copy: the CSV is read and the copy written again
    }
  }

  /** Keeps a binary copy of {@code table}, in place of older copies of the same dataset; a failure only costs speed. */
  public void write(DatasetEntry entry, Table table) {
    Path file = file(entry);
    Path written = folder.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.createDirectories(folder);
      ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
      try (DataOutputStream out = new DataOutputStream(body)) {
        writeTable(out, table);
      }
      try (OutputStream out = Files.newOutputStream(written)) {
        out.write(DatasetLoader.sha256(body.toByteArray()).getBytes(StandardCharsets.US_ASCII));
        body.writeTo(out);
      }
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      deleteOlder(entry, file);
    } catch (IOException | RuntimeException e) {
      // no copy: the next start parses the CSV again
    } finally {
      try {
        Files.deleteIfExists(written);
      } catch (IOException e) {
        // a leftover temporary file is replaced by the next write
      }
    }
  }

  /** {@code data-NAME-KEY.bin}, KEY from the file's SHA-256 and the column names and types. */
  Path file(DatasetEntry entry) {
    StringBuilder key = new StringBuilder(entry.sha256()).append(VERSION);
    entry.columns().forEach(c -> key.append(',').append(c.name()).append(':').append(c.type()));
    String hash = DatasetLoader.sha256(key.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    return folder.resolve("data-" + entry.name() + "-" + hash + ".bin");
  }

  private void deleteOlder(DatasetEntry entry, Path kept) throws IOException {
    try (DirectoryStream<Path> older = Files.newDirectoryStream(folder, "data-" + entry.name() + "-*.bin")) {
      for (Path p : older) {
        if (!p.equals(kept)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void writeTable(DataOutputStream out, Table table) throws IOException {
    out.writeInt(table.rowCount());
    out.writeInt(table.columnCount());
    for (Column<?> column : table.columns()) {
      out.writeUTF(column.name());
      out.writeUTF(column.type().name());
      writeColumn(out, column);
    }
  }

  private static void writeColumn(DataOutputStream out, Column<?> column) throws IOException {
    int rows = column.size();
    ColumnType type = column.type();
    if (type == ColumnType.INTEGER) {
      for (int v : ((IntColumn) column).asIntArray()) {
        out.writeInt(v);
      }
    } else if (type == ColumnType.LONG) {
      for (long v : ((LongColumn) column).asLongArray()) {
        out.writeLong(v);
      }
    } else if (type == ColumnType.DOUBLE) {
      for (double v : ((DoubleColumn) column).asDoubleArray()) {
        out.writeDouble(v);
      }
    } else if (type == ColumnType.LOCAL_DATE) {
      for (int i = 0; i < rows; i++) {
        out.writeInt(((DateColumn) column).getIntInternal(i));
      }
    } else if (type == ColumnType.BOOLEAN) {
      for (int i = 0; i < rows; i++) {
        out.writeByte(((BooleanColumn) column).getByte(i));
      }
    } else if (type == ColumnType.STRING) {
      StringColumn strings = (StringColumn) column;
      for (int i = 0; i < rows; i++) {
        byte[] text = strings.get(i).getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
      }
    } else {
      throw new IllegalArgumentException("no binary copy of a " + type.name() + " column");
    }
  }

  private static Table readTable(DataInputStream in, String name) throws IOException {
    int rows = in.readInt();
    int columns = in.readInt();
    Table table = Table.create(name);
    for (int c = 0; c < columns; c++) {
      table.addColumns(readColumn(in, in.readUTF(), in.readUTF(), rows));
    }
    return table;
  }

  /** {@code rows} ints: an int column's values, or a date column's packed days. */
  private static int[] ints(DataInputStream in, int rows) throws IOException {
    int[] v = new int[rows];
    for (int i = 0; i < rows; i++) {
      v[i] = in.readInt();
    }
    return v;
  }

  private static Column<?> readColumn(DataInputStream in, String name, String type, int rows) throws IOException {
    switch (type) {
      case "INTEGER":
        return IntColumn.create(name, ints(in, rows));
      case "LONG": {
        long[] v = new long[rows];
        for (int i = 0; i < rows; i++) {
          v[i] = in.readLong();
        }
        return LongColumn.create(name, v);
      }
      case "DOUBLE": {
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
          v[i] = in.readDouble();
        }
        return DoubleColumn.create(name, v);
      }
      case "LOCAL_DATE":
        return DateColumn.createInternal(name, ints(in, rows));
      case "BOOLEAN": {
        BooleanColumn v = BooleanColumn.create(name);
        for (int i = 0; i < rows; i++) {
          v.append(in.readByte());
        }
        return v;
      }
      case "STRING": {
        String[] v = new String[rows];
        for (int i = 0; i < rows; i++) {
          byte[] text = new byte[in.readInt()];
          in.readFully(text);
          v[i] = new String(text, StandardCharsets.UTF_8);
        }
        return StringColumn.create(name, v);
      }
      default:
        throw new IOException("unknown column type " + type);
    }
  }
}
