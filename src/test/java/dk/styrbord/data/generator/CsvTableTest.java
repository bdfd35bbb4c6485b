package dk.styrbord.data.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void quotesOnlyFieldsWithACommaOrAQuoteAndWritesMissingAsEmpty() {
    CsvTable t = CsvTable.of("x.csv", "a", "b", "c");
    t.add("Hørsholm", "Tilbud (5.38), voksne", null);
    t.add("say \"hi\"", 1, true);
    assertEquals("a,b,c\nHørsholm,\"Tilbud (5.38), voksne\",\n\"say \"\"hi\"\"\",1,true\n", t.text());
  }

  @Test
  void decimalsAreFixedHalfUpWithAPoint() {
    assertEquals("1.000", CsvTable.decimal(0.99951, 3));
    assertEquals("6.3", CsvTable.decimal(6.25, 1));
    assertEquals("100.0", CsvTable.decimal(100, 1));
  }
}
