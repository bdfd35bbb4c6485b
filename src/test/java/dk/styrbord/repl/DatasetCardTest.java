package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.data.Catalog;
import org.junit.jupiter.api.Test;

class DatasetCardTest {
  @Test
  void theUnitLineNamesThePriceBasisOfMoneyOnly() {
    Catalog catalog = Catalog.bundled();
    String spending = DatasetCard.of(catalog.entry("spending")).toString();
    assertTrue(spending.contains("\n  unit:    DKK, current prices\n"), spending);
    String population = DatasetCard.of(catalog.entry("population")).toString();
    assertTrue(population.contains("\n  unit:    persons\n"), population);
  }
}
