package dk.styrbord.analysis;

/**
 * The unit of a result's main figure, in English and Danish, e.g. "DKK per 18–64-year-old" /
 * "kr. pr. 18-64-årig". Charts put it on their axis, exports in their header, printouts under the
 * table.
 *
 * <p>Example: {@code Unit.dkkPer(Area.ADULTS).english()} is "DKK per 18–64-year-old".
 *
 * @param english the unit in English
 * @param danish the unit in Danish
 */
public record Unit(String english, String danish) {

  /** Kroner per inhabitant of the area's age group. */
  public static Unit dkkPer(Area area) {
    return new Unit("DKK per " + area.ages() + "-year-old", "kr. pr. " + area.ages() + "-årig");
  }

  /** Recipients per 1,000 inhabitants of the area's age group. */
  public static Unit per1000(Area area) {
    return new Unit("recipients per 1,000 " + area.ages() + "-year-olds", "modtagere pr. 1.000 " + area.ages() + "-årige");
  }

  /** Kroner in total. */
  public static Unit dkk() {
    return new Unit("DKK", "kr.");
  }

  /** Citizens (persons). */
  public static Unit citizens() {
    return new Unit("citizens", "borgere");
  }

  /** Cases. */
  public static Unit cases() {
    return new Unit("cases", "sager");
  }

  /** Days. */
  public static Unit days() {
    return new Unit("days", "dage");
  }

  /** A unit in both languages, for a figure the helpers above do not name. */
  public static Unit of(String english, String danish) {
    return new Unit(english, danish);
  }

  @Override
  public String toString() {
    return english;
  }
}
