package dk.styrbord.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Keeps a snippet from ending the workbench's JVM: its calls to {@code System.exit}, {@code
 * Runtime.exit} and {@code Runtime.halt} are renamed in its class file before it is loaded, so such
 * a call fails with a {@link NoSuchMethodError} that {@link #message} turns into one line, and the
 * session goes on. In the workbench's own JVM the call would end the prompt, or a whole batch of
 * notebooks, without a word.
 *
 * <p>Only the constant pool changes: every call, and every method reference such as {@code
 * System::exit}, names its target there, so renaming the target's name covers them all. This works on
 * every JDK, where a SecurityManager is deprecated (JDK 17), needs a flag (18+) and is gone (24). A
 * call through reflection or inside a library is not seen.
 *
 * <p>Example: {@code ExitRefusal.refused(bytes)} for {@code System.exit(0);} calls {@code
 * System.exit$refusedByStyrbord}, and running it gives {@code message(error)}: "System.exit would end
 * the workbench …".
 */
final class ExitRefusal {
  private static final String MARK = "$refusedByStyrbord";
  private static final int UTF8 = 1;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;
  private static final int CLASS = 7;
  private static final int METHODREF = 10;
  private static final int NAME_AND_TYPE = 12;
  private static final int METHOD_HANDLE = 15;

  private ExitRefusal() {}

  /** The class file with its JVM-ending calls renamed; the same array when it has none (or is no class file). */
  static byte[] refused(byte[] classFile) {
    try {
      return rewrite(classFile);
    } catch (IOException | RuntimeException e) {
      return classFile;
    }
  }

  /** The one-line message for an error a renamed call gave, or empty for any other error. */
  static Optional<String> message(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      String text = t.getMessage();
      if (t instanceof NoSuchMethodError && text != null && text.contains(MARK)) {
        String call = text.contains("Runtime.") ? "Runtime." + (text.contains("halt" + MARK) ? "halt" : "exit") : "System.exit";
        return Optional.of(call + " would end the workbench, so it was not run and your variables are kept: /exit ends the"
            + " workbench; to stop a snippet, throw an exception.");
      }
    }
    return Optional.empty();
  }

  private static byte[] rewrite(byte[] classFile) throws IOException {
    ByteArrayInputStream bytes = new ByteArrayInputStream(classFile);
    DataInputStream in = new DataInputStream(bytes);
    in.skipBytes(8); // magic, minor and major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] first = new int[count];
    int[] second = new int[count];
    int[] tag = new int[count];
    int[] at = new int[count];
    for (int i = 1; i < count; i++) {
      at[i] = classFile.length - bytes.available();
      tag[i] = in.readUnsignedByte();
      readEntry(tag[i], in, i, utf8, first, second);
      if (tag[i] == LONG || tag[i] == DOUBLE) {
        i++;
      }
    }
    int poolEnd = classFile.length - bytes.available();
    ByteBuffer patched = ByteBuffer.wrap(classFile.clone());
    ByteArrayOutputStream added = new ByteArrayOutputStream();
    DataOutputStream extra = new DataOutputStream(added);
    int next = count;
    for (int i = 1; i < count; i++) {
      if (tag[i] != METHODREF || tag[second[i]] != NAME_AND_TYPE) {
        continue;
      }
      String owner = utf8[first[first[i]]];
      String name = utf8[first[second[i]]];
      if (endsTheJvm(owner, name, utf8[second[second[i]]])) {
        extra.writeByte(UTF8);
        extra.writeUTF(name + MARK);
        extra.writeByte(NAME_AND_TYPE);
        extra.writeShort(next);
        extra.writeShort(second[second[i]]);
        patched.putShort(at[i] + 3, (short) (next + 1));
        next += 2;
      }
    }
    if (next == count) {
      return classFile;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(classFile.length + added.size());
    out.write(patched.array(), 0, 8);
    new DataOutputStream(out).writeShort(next);
    out.write(patched.array(), 10, poolEnd - 10);
    added.writeTo(out);
    out.write(patched.array(), poolEnd, classFile.length - poolEnd);
    return out.toByteArray();
  }

  /** Reads one constant's body, keeping what a method reference needs. */
  private static void readEntry(int tag, DataInputStream in, int i, String[] utf8, int[] first, int[] second)
      throws IOException {
    switch (tag) {
      case UTF8 -> utf8[i] = in.readUTF();
      case CLASS, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
      case METHOD_HANDLE -> in.skipBytes(3);
      case 3, 4, 9, 11, METHODREF, NAME_AND_TYPE, 17, 18 -> {
        first[i] = in.readUnsignedShort();
        second[i] = in.readUnsignedShort();
      }
      case LONG, DOUBLE -> in.skipBytes(8);
      default -> throw new IOException("unknown constant pool tag " + tag);
    }
  }

  private static boolean endsTheJvm(String owner, String name, String descriptor) {
    if (!"(I)V".equals(descriptor)) {
      return false;
    }
    return "java/lang/System".equals(owner) && "exit".equals(name)
        || "java/lang/Runtime".equals(owner) && ("exit".equals(name) || "halt".equals(name));
  }
}
