package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The awaited text is replaced only when it is the next thing written, whole; anything else comes out as written, once. */
class ReplacingOutputTest {
  private final ByteArrayOutputStream target = new ByteArrayOutputStream();
  private final ReplacingOutput replacing = new ReplacingOutput(target, StandardCharsets.UTF_8);
  private final PrintStream out = new PrintStream(replacing, true, StandardCharsets.UTF_8);

  private String written() {
    return target.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theAwaitedTextIsReplacedEvenWhenItArrivesInPieces() {
    out.print("before\n");
    replacing.await("|  Error:\n|  Hørsholm\n", "|  Error: one line\n");
    out.print("|  Err");
    out.printf("or:%n|  Hørs");
    out.print("holm\nafter\n");
    assertEquals("before\n|  Error: one line\nafter\n", written());
  }

  @Test
  void textThatDiffersComesOutAsWrittenAndNothingMoreIsAwaited() {
    replacing.await("|  Error:\n|  cannot find symbol\n", "hint\n");
    out.print("|  Error:\n|  incompatible types\n");
    out.print("|  Error:\n|  cannot find symbol\n");
    assertEquals("|  Error:\n|  incompatible types\n|  Error:\n|  cannot find symbol\n", written());
  }

  @Test
  void clearingWritesWhatWasHeld() {
    replacing.await("|  Error:\n|  cannot find symbol\n", "hint\n");
    out.print("|  Error:\n");
    replacing.clear();
    out.print("next\n");
    assertEquals("|  Error:\nnext\n", written());
  }
}
