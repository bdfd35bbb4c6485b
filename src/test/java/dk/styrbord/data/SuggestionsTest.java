package dk.styrbord.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> NAMES =
      List.of("Lejre", "Lolland", "Morsø", "Hørsholm", "Sønderborg", "Frederiksberg", "Frederikssund",
          "Frederikshavn", "Fredericia", "Aarhus", "Aabenraa", "Varde");

  @Test
  void distanceCountsEditsAndSwapsOfNeighbours() {
    // Hand-worked: kitten→sitting needs k→s, e→i and an inserted g (the classic Levenshtein example).
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(1, Suggestions.distance("lejer", "lejre"));
    assertEquals(0, Suggestions.distance("", ""));
    assertEquals(4, Suggestions.distance("", "abcd"));
    // Optimal string alignment does not edit a swapped pair again: CA→ABC costs 3, not 2.
    assertEquals(3, Suggestions.distance("ca", "abc"));
  }

  @Test
  void keyFoldsCaseDanishLettersAccentsAndPunctuation() {
    assertEquals("hoejetaastrup", Suggestions.key("Høje-Taastrup"));
    assertEquals("hoejetaastrup", Suggestions.key(" høje taastrup "));
    assertEquals("aeroe", Suggestions.key("Ærø"));
    assertEquals("aarhus", Suggestions.key("Århus"));
    assertEquals("cafe", Suggestions.key("Café"));
    assertEquals("horsholm", Suggestions.looseKey("Hørsholm"));
    assertEquals("horsholm", Suggestions.looseKey("Hoersholm"));
  }

  @Test
  void typosGetTheNearestNames() {
    assertEquals(List.of("Lejre"), Suggestions.closest("Lejer", NAMES, 3));
    assertEquals(List.of("Sønderborg"), Suggestions.closest("Sønderbrog", NAMES, 3));
    assertEquals(List.of("Sønderborg"), Suggestions.closest("Sonderborg", NAMES, 3));
    assertEquals(List.of("Morsø"), Suggestions.closest("Mors", NAMES, 3));
  }

  @Test
  void aPrefixSuggestsEveryNameItStarts() {
    assertEquals(List.of("Frederiksberg", "Frederikshavn", "Frederikssund"),
        Suggestions.closest("Frederiks", NAMES, 3));
  }

  @Test
  void didYouMeanReadsAsASentenceOrIsEmpty() {
    assertEquals(" Did you mean Lejre?", Suggestions.didYouMean("Lejer", NAMES));
    assertEquals(" Did you mean Frederiksberg, Frederikshavn or Frederikssund?",
        Suggestions.didYouMean("frederiks", NAMES));
    assertEquals("", Suggestions.didYouMean("Oslo", NAMES));
  }
}
