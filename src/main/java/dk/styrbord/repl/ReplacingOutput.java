package dk.styrbord.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * An output stream that passes everything through, except one awaited text, which it replaces
 * with another when it is the next thing written, whole. Bytes that start like the awaited text are
 * held until they either complete it (then the replacement is written instead) or differ (then
 * they are written as they came, and nothing more is awaited). So at worst the original text is
 * shown: never half of it, never both. Should the awaited text stop short (a JDK that prints less),
 * what was held comes out at the latest with the next {@link #await} or {@link #clear}, which the
 * prompt calls for every snippet.
 *
 * <p>Example: {@code out.await("|  Error:\n|  cannot find symbol\n…", "|  Error: Did you mean level?\n")}.
 */
final class ReplacingOutput extends OutputStream {
  private final OutputStream target;
  private final Charset charset;
  private final ByteArrayOutputStream held = new ByteArrayOutputStream();
  private byte[] awaited;
  private byte[] replacement;

  ReplacingOutput(OutputStream target, Charset charset) {
    this.target = target;
    this.charset = charset;
  }

  /** From now on, {@code text} is written as {@code instead}; replaces what was awaited before. */
  synchronized void await(String text, String instead) {
    release();
    awaited = text.getBytes(charset);
    replacement = instead.getBytes(charset);
  }

  /** Awaits nothing any more (what was held is written as it came). */
  synchronized void clear() {
    release();
    awaited = null;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    if (awaited == null) {
      target.write(b);
      return;
    }
    if (awaited[held.size()] != (byte) b) {
      release();
      awaited = null;
      target.write(b);
      return;
    }
    held.write(b);
    if (held.size() == awaited.length) {
      held.reset();
      awaited = null;
      target.write(replacement);
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    if (awaited == null) {
      target.write(bytes, offset, length);
      return;
    }
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  /** Flushes what was written through; held bytes wait for the rest of the awaited text. */
  @Override
  public synchronized void flush() throws IOException {
    target.flush();
  }

  private void release() {
    if (held.size() == 0) {
      return;
    }
    try {
      held.writeTo(target);
      target.flush();
    } catch (IOException e) {
      // the prompt's own stream failed; the tool notices that on its next write
    }
    held.reset();
  }
}
