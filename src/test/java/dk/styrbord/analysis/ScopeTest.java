package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private static final List<String> FUNCTIONS = List.of("5.38.50", "5.38.52", "5.28.22");

  @Test
  void areaWordsInBothLanguagesResolve() {
    for (String word : List.of("5.38", "adults", "Voksne", "voksen")) {
      assertEquals(Area.ADULTS, Area.of(word), word);
    }
    for (String word : List.of("5.28", "children", "børn", "boern", "Børn og unge")) {
      assertEquals(Area.CHILDREN, Area.of(word), word);
    }
  }

  @Test
  void aFunctionBelongsToItsMainFunctionsArea() {
    Scope s = Scope.parse("5.38.52", FUNCTIONS);
    assertEquals(Area.ADULTS, s.area());
    assertTrue(s.includes("5.38.52"));
    assertFalse(s.includes("5.38.50"));
    Scope all = Scope.parse("5.38", FUNCTIONS);
    assertNull(all.function());
    assertTrue(all.includes("5.38.50"));
    assertFalse(all.includes("5.28.22"));
  }

  @Test
  void unknownAreasAndFunctionsNameTheValidChoices() {
    WorkbenchException area = assertThrows(WorkbenchException.class, () -> Area.of("vokne"));
    assertTrue(area.getMessage().startsWith("Unknown area \"vokne\". Did you mean voksne?"), area.getMessage());
    WorkbenchException function = assertThrows(WorkbenchException.class, () -> Scope.parse("5.38.51", FUNCTIONS));
    assertEquals("Unknown account function \"5.38.51\". Did you mean 5.38.50 or 5.38.52? Functions: 5.28.22, 5.38.50, 5.38.52.",
        function.getMessage());
  }
}
