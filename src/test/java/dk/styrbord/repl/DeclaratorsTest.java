package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeclaratorsTest {
  @Test
  void eachVariableOfALineGetsTheLinesTypeAndItsOwnInitializer() {
    String line = "int a = 1, b = f(x, y), c;";
    assertEquals(Optional.of("int a = 1;"), Declarators.of(line, "a"));
    assertEquals(Optional.of("int b = f(x, y);"), Declarators.of(line, "b"));
    assertEquals(Optional.of("int c;"), Declarators.of(line, "c"));
  }

  @Test
  void commasInsideGenericsCallsAndLambdasDoNotSplitAndModifiersAreKept() {
    String line = "final Map<String, Integer> m = Map.of(\"a\", 1), n = "
        + "java.util.stream.IntStream.of(1, 2).boxed().collect(Collectors.toMap(i -> \"k\" + i, i -> { return i * 2; })) // both";
    assertEquals(Optional.of("final Map<String, Integer> m = Map.of(\"a\", 1);"), Declarators.of(line, "m"));
    assertEquals(Optional.of("final Map<String, Integer> n = java.util.stream.IntStream.of(1, 2).boxed()"
        + ".collect(Collectors.toMap(i -> \"k\" + i, i -> { return i * 2; }));"), Declarators.of(line, "n"));
  }

  @Test
  void aLineWithOneVariableOrNoneThatParsesIsLeftAsItIs() {
    assertEquals(Optional.empty(), Declarators.of("Table t = level(\"5.38\", 2024)", "t"));
    assertEquals(Optional.empty(), Declarators.of("int a = , b", "b"));
  }
}
