package dk.styrbord.analysis.casework;

import java.util.Optional;
import java.util.Set;

/**
 * The steps of the intervention ladder (indsatstrappen) for adults, heaviest first: §108 long-term
 * housing, §107 temporary housing, §85 support in own home, §103/§104 day services, §82 lighter
 * help. The least intrusive measure principle (mindsteindgrebsprincippet) asks citizens to be
 * helped as far down as their needs allow. Children's measures are not on this ladder.
 *
 * <p>Example: {@code LadderStep.of("§104")} gives {@code DAY_SERVICES}.
 */
public enum LadderStep {
  /** §108 længerevarende botilbud: the heaviest step. */
  LONG_TERM_HOUSING("§108 long-term housing", Set.of("§108")),
  /** §107 midlertidigt botilbud. */
  TEMPORARY_HOUSING("§107 temporary housing", Set.of("§107")),
  /** §85 socialpædagogisk støtte in the citizen's own home. */
  SUPPORT_IN_OWN_HOME("§85 support in own home", Set.of("§85")),
  /** §103 beskyttet beskæftigelse and §104 aktivitets- og samværstilbud, one step. */
  DAY_SERVICES("§103/§104 day services", Set.of("§103", "§104")),
  /** §82 early and lighter help: the lightest step. */
  LIGHTER_HELP("§82 lighter help", Set.of("§82"));

  private final String label;
  private final Set<String> measures;

  LadderStep(String label, Set<String> measures) {
    this.label = label;
    this.measures = measures;
  }

  /** The step's name as tables show it, e.g. "§85 support in own home". */
  public String label() {
    return label;
  }

  /** The step a measure (e.g. "§107") belongs to, or empty for a measure not on the ladder. */
  public static Optional<LadderStep> of(String measure) {
    for (LadderStep step : values()) {
      if (measure != null && step.measures.contains(measure.trim())) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** True if this step is more intrusive than {@code other} (higher up the ladder). */
  public boolean heavierThan(LadderStep other) {
    return ordinal() < other.ordinal();
  }
}
