package dk.styrbord.data;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Finds the names a user most likely meant when they typed one we do not know.
 *
 * <p>Names are compared after {@link #key(String) folding} (case, æ/ø/å, accents, spaces and
 * hyphens), by the optimal-string-alignment distance: insertions, deletions, substitutions and
 * swaps of two neighbouring letters each cost 1, so "Lejer" is one step from "Lejre".
 *
 * <p>Example: {@code Suggestions.closest("Lejer", names, 3)} gives {@code [Lejre]}.
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Folds a name to the key we compare on: lower case, æ→ae, ø→oe, å→aa, accents dropped, and
   * every character that is not a letter or digit removed. "Høje-Taastrup" → "hoejetaastrup".
   */
  public static String key(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length() + 4);
    for (char c : lower.toCharArray()) {
      switch (c) {
        case 'æ' -> out.append("ae");
        case 'ø' -> out.append("oe");
        case 'å' -> out.append("aa");
        default -> out.append(c);
      }
    }
    String decomposed = Normalizer.normalize(out, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
  }

  /**
   * A looser key for ASCII spellings without the Danish digraphs: "ae"→"a", "oe"→"o", "aa"→"a"
   * after {@link #key(String)}, so "Horsholm", "Hoersholm" and "Hørsholm" meet.
   */
  public static String looseKey(String name) {
    return key(name).replace("aa", "a").replace("ae", "a").replace("oe", "o");
  }

  /** The optimal-string-alignment distance between two strings (Damerau–Levenshtein without re-edits). */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * Up to {@code limit} candidates close to what the user typed, nearest first: those that start
   * with it, and those within a distance that grows with the length of the word, but no further
   * than one step beyond the nearest (so "Sønderbrog" gives Sønderborg, not also Skanderborg).
   */
  public static List<String> closest(String typed, Collection<String> candidates, int limit) {
    String typedKey = key(typed);
    int tolerance = Math.max(1, Math.min(3, typedKey.length() / 3));
    Comparator<Scored> order =
        Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate);
    List<Scored> near =
        candidates.stream()
            .distinct()
            .map(c -> new Scored(c, score(typedKey, key(c))))
            .filter(s -> s.distance() <= tolerance)
            .sorted(order)
            .collect(Collectors.toList());
    int cutoff = near.isEmpty() ? 0 : near.get(0).distance() + 1;
    return near.stream()
        .filter(s -> s.distance() <= cutoff)
        .limit(limit)
        .map(Scored::candidate)
        .collect(Collectors.toList());
  }

  /**
   * A sentence ending a "not found" message: " Did you mean Lejre?" or " Did you mean Frederiksberg,
   * Frederikssund or Frederikshavn?", or the empty string when nothing is close.
   */
  public static String didYouMean(String typed, Collection<String> candidates) {
    List<String> near = closest(typed, candidates, 3);
    if (near.isEmpty()) {
      return "";
    }
    if (near.size() == 1) {
      return " Did you mean " + near.get(0) + "?";
    }
    String head = String.join(", ", near.subList(0, near.size() - 1));
    return " Did you mean " + head + " or " + near.get(near.size() - 1) + "?";
  }

  private static int score(String typedKey, String candidateKey) {
    if (typedKey.length() >= 3 && candidateKey.startsWith(typedKey)) {
      return 1;
    }
    return Math.min(distance(typedKey, candidateKey), distance(looseOf(typedKey), looseOf(candidateKey)));
  }

  private static String looseOf(String key) {
    return key.replace("aa", "a").replace("ae", "a").replace("oe", "o");
  }

  private record Scored(String candidate, int distance) {}
}
