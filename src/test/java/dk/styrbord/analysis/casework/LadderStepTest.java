package dk.styrbord.analysis.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LadderStepTest {

  @Test
  void dayServicesAreOneStepAndChildrensMeasuresAreOffTheLadder() {
    assertEquals(Optional.of(LadderStep.DAY_SERVICES), LadderStep.of("§103"));
    assertEquals(Optional.of(LadderStep.DAY_SERVICES), LadderStep.of(" §104 "));
    assertEquals(Optional.empty(), LadderStep.of("anbringelse"));
    assertEquals(Optional.empty(), LadderStep.of(null));
  }

  @Test
  void longTermHousingIsHeavierThanSupportInOwnHome() {
    assertTrue(LadderStep.LONG_TERM_HOUSING.heavierThan(LadderStep.SUPPORT_IN_OWN_HOME));
    assertFalse(LadderStep.LIGHTER_HELP.heavierThan(LadderStep.DAY_SERVICES));
  }
}
