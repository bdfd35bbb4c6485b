package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a snippet's texts, comments and single-quoted runs are, and which call a position is in. */
class SnippetSourceTest {
  @Test
  void singleQuotedRunsOutsideTextAreFound() {
    SnippetSource s = SnippetSource.of("f('Lejre', \"it's\") // don't");
    assertEquals(1, s.singleQuoted().size());
    assertArrayEquals(new int[] {2, 9}, s.singleQuoted().get(0));
  }

  @Test
  void positionsInTextAndCommentsAreText() {
    SnippetSource s = SnippetSource.of("level(\"5.38\", 2024) /* 5.28 */");
    assertTrue(s.inText(8), "inside \"5.38\"");
    assertFalse(s.inText(14), "2024");
    assertTrue(s.inText(25), "inside the comment");
  }

  @Test
  void theCallAroundAPositionIsTheInnermostUnqualifiedOne() {
    String source = "chart(level(5.38, 2024), Math.max(1, 2))";
    SnippetSource s = SnippetSource.of(source);
    assertEquals("level", s.callAround(source.indexOf("5.38")));
    assertEquals("chart", s.callAround(source.indexOf("Math")));
    assertEquals("", s.callAround(source.indexOf("1,")), "Math.max is qualified");
    assertEquals("", s.callAround(0));
  }
}
