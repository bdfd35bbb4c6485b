package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeBlocksTest {
  private static final String README = String.join("\n",
      "# Title",
      "```bash",
      "./workbench        # not an example",
      "```",
      "```text",
      "styrbord> kommune(\"lejre\")   // 350 Lejre",
      "styrbord> var x = List.of(1,",
      "     ...>     2)   // two lines, one input",
      "styrbord> kommune(\"Lejer\")   // |  Exception Styrbord: Unknown municipality \"Lejer\". Did you mean Lejre?",
      "```",
      "```text",
      "Figure   value   (printed output, not typed)",
      "```",
      "```java",
      "var nb = notebook(\"a // b.jsh\");   // the cells",
      "nb.run(1,",
      "    2);",
      "```");

  @Test
  void promptLinesAndJavaSnippetsAreExamplesWithTheirLines() {
    List<ReadmeBlocks.Block> blocks = ReadmeBlocks.of(README);
    assertEquals(2, blocks.size(), "the bash block and the output block are no examples");
    List<ReadmeBlocks.Example> typed = blocks.get(0).examples();
    assertEquals(List.of(6, 7, 9), typed.stream().map(ReadmeBlocks.Example::line).toList());
    assertEquals("var x = List.of(1,\n    2)   // two lines, one input", typed.get(1).input());
    assertEquals("kommune(\"lejre\")", typed.get(0).code());
    List<ReadmeBlocks.Example> snippets = blocks.get(1).examples();
    assertEquals(List.of(15, 16), snippets.stream().map(ReadmeBlocks.Example::line).toList());
    assertEquals("var nb = notebook(\"a // b.jsh\");", snippets.get(0).code(), "// inside a string is no comment");
    assertEquals("nb.run(1,\n    2);", snippets.get(1).input());
  }

  @Test
  void anErrorIsShownOnlyByAnExceptionComment() {
    List<ReadmeBlocks.Example> typed = ReadmeBlocks.of(README).get(0).examples();
    assertNull(typed.get(0).shownError());
    assertEquals("|  Exception Styrbord: Unknown municipality \"Lejer\". Did you mean Lejre?", typed.get(2).shownError());
  }

  @Test
  void outputInsideAPromptBlockIsRefusedWithItsLine() {
    String mixed = "```text\nstyrbord> kommune(\"lejre\")\n350 Lejre\n```\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReadmeBlocks.of(mixed));
    assertTrue(e.getMessage().startsWith("README line 3 is in a block typed at the prompt"), e.getMessage());
  }
}
