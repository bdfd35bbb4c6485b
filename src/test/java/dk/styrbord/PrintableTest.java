package dk.styrbord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void controlCharactersAreShownEscapedAndPlainTextIsKept() {
    assertEquals("a\\u001B[2Jb", Printable.escaped("a\u001B[2Jb"));
    assertEquals("x\\u0007\\u009B\\u202Ey", Printable.escaped("x\u0007\u009B\u202Ey"));
    assertEquals("line\\u000Anext", Printable.escaped("line\nnext"));
    String plain = "Hørsholm § 85 – 1.234,56 kr.";
    assertSame(plain, Printable.escaped(plain));
  }

  @Test
  void escapingKeepingLinesKeepsLineBreaksAndTabsOnly() {
    assertEquals("a\tb\nq\\u001B[2Jz\r\nend\\u000D!", Printable.escapedKeepingLines("a\tb\nq\u001B[2Jz\r\nend\r!"));
    assertEquals("\\u202Eevil", Printable.escapedKeepingLines("\u202Eevil"));
  }
}
