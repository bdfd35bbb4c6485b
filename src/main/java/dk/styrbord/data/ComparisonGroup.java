package dk.styrbord.data;

import java.util.List;

/**
 * The municipalities a municipality is compared with: by default its DST municipality group
 * (kommunegruppe), or a group the user names. The one place that decides who is in a group.
 *
 * <p>Example: {@code municipalities.comparisonGroup(lejre).others(lejre)} are the other
 * Oplandskommuner.
 *
 * @param name the group's name, e.g. "Oplandskommuner" or "your group of 3"
 * @param members the municipalities in the group, in code order; may include the one compared
 */
public record ComparisonGroup(String name, List<Municipality> members) {

  /** Copies the members, so a group never changes. */
  public ComparisonGroup {
    members = List.copyOf(members);
  }

  /** The members' codes. */
  public List<Integer> codes() {
    return members.stream().map(Municipality::code).toList();
  }

  /** The members other than {@code m}: whom {@code m} is compared with. */
  public List<Municipality> others(Municipality m) {
    return members.stream().filter(x -> x.code() != m.code()).toList();
  }

  /** The codes of the members other than {@code m}. */
  public List<Integer> otherCodes(Municipality m) {
    return others(m).stream().map(Municipality::code).toList();
  }

  /** Whether the municipality with this code is a member. */
  public boolean contains(int code) {
    return members.stream().anyMatch(x -> x.code() == code);
  }

  @Override
  public String toString() {
    return name + " (" + members.size() + ")";
  }
}
