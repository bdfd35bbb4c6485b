package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BenchmarkTest {
  // per inhabitant: 100, 150, 200, 250, 300
  private final Table perInhabitant = Fixtures.csv("spending per inhabitant",
      "code,municipality,year,dkk,population,per_inhabitant\n"
          + "1,A,2024,1000,10,100\n2,B,2024,3000,20,150\n3,C,2024,2000,10,200\n4,D,2024,1250,5,250\n5,E,2024,6000,20,300\n");

  @Test
  void rankPercentileAndZAreWorkedByHand() {
    Benchmark b = Benchmark.of(perInhabitant, 4, 2024, List.of(2, 3, 4, 5), Fixtures.info(PriceBasis.CURRENT));
    assertEquals(2, b.rank());
    assertEquals(5, b.count());
    // 3 of the 4 others spend less
    assertEquals(75.0, b.percentile(), 1e-9);
    // mean 200, sample sd sqrt(25000 / 4) = 79.0569
    assertEquals(50 / Math.sqrt(6250), b.zScore(), 1e-12);
    // all spending / all inhabitants = 13,250 / 65
    assertEquals(13250.0 / 65, b.nationalLevel(), 1e-9);
  }

  @Test
  void theGroupExcludesItselfAndItsLevelIsARatioOfSums() {
    Benchmark b = Benchmark.of(perInhabitant, 4, 2024, List.of(2, 3, 4, 5), Fixtures.info(PriceBasis.CURRENT));
    assertEquals(3, b.groupSize());
    // (3,000 + 2,000 + 6,000) / (20 + 10 + 20) = 220; mean of 150, 200, 300 = 216.67; median 200
    assertEquals(220.0, b.groupLevel(), 1e-9);
    assertEquals(650.0 / 3, b.groupMean(), 1e-9);
    assertEquals(200.0, b.groupMedian(), 1e-9);
  }

  @Test
  void theGapIsPerInhabitantTimesOwnInhabitants() {
    Benchmark b = Benchmark.of(perInhabitant, 4, 2024, List.of(2, 3, 5), Fixtures.info(PriceBasis.CURRENT));
    assertEquals(30.0, b.gapPerInhabitant(), 1e-9);
    assertEquals(30.0 * 5 / 1e6, b.gapMillions(), 1e-15);
  }
}
