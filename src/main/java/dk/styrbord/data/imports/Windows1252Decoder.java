package dk.styrbord.data.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes Windows-1252 and refuses what is UTF-8 in disguise: the bytes C2 or C3 followed by
 * one of 80–BF, which UTF-8 writes for every letter of Latin-1 (æ is C3 A6) and which Windows-1252
 * would show as "Ã¦". A file that is Windows-1252 in the part its encoding is detected from and UTF-8
 * further on would otherwise read with every æøå garbled and no word. Danish text in Windows-1252
 * has no such pairs ("Ã" or "Â" before a symbol such as "¦" or "¸"). The five bytes Windows-1252
 * leaves undefined are refused too.
 *
 * <p>Example: {@code new Windows1252Decoder().decode(ByteBuffer.wrap(new byte[] {(byte) 0xF8}))} is "ø".
 */
final class Windows1252Decoder extends CharsetDecoder {
  private static final char UNDEFINED = '\uFFFF';
  private static final char[] TABLE = table();

  Windows1252Decoder() {
    super(TextEncoding.WINDOWS_1252, 1, 1);
  }

  private static char[] table() {
    char[] table = new char[256];
    CharsetDecoder plain = TextEncoding.WINDOWS_1252.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int b = 0; b < 256; b++) {
      try {
        table[b] = plain.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
      } catch (CharacterCodingException e) {
        table[b] = UNDEFINED;
      }
    }
    return table;
  }

  @Override
  protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
    while (in.hasRemaining()) {
      int at = in.position();
      int b = in.get(at) & 0xFF;
      if (b == 0xC2 || b == 0xC3) {
        if (in.remaining() < 2) {
          return CoderResult.UNDERFLOW;
        }
        int next = in.get(at + 1) & 0xFF;
        if (next >= 0x80 && next <= 0xBF) {
          return CoderResult.malformedForLength(2);
        }
      }
      char c = TABLE[b];
      if (c == UNDEFINED) {
        return CoderResult.unmappableForLength(1);
      }
      if (!out.hasRemaining()) {
        return CoderResult.OVERFLOW;
      }
      out.put(c);
      in.position(at + 1);
    }
    return CoderResult.UNDERFLOW;
  }
}
