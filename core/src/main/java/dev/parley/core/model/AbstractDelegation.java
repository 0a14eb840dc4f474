package dev.parley.core.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * One party's people at a segment of a session: its named members, head first; the organizations
 * present without named people ("Keidanren, Shinkeiren, affiliated companies"); and whether the
 * source adds "and other officials".
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Delegation} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractDelegation {
  /**
   * The party this delegation represents.
   *
   * @return the party
   */
  public abstract Party party();

  /**
   * The named members in the order published; the first is the head of the delegation.
   *
   * @return the members, possibly empty
   */
  public abstract List<Participant> members();

  /**
   * Organizations present without named people, in the order published.
   *
   * @return the organizations, possibly empty
   */
  public abstract List<Organization> organizations();

  /**
   * Whether the source says there were others than those named ("and other officials", "and
   * others").
   *
   * @return true if the delegation was larger than the named members and organizations
   */
  @Value.Default
  public boolean andOthers() {
    return false;
  }

  /**
   * How the source describes those not named, such as {@code other officials} or {@code other
   * stakeholders, including representatives of ICT-related enterprises}.
   *
   * @return the description as published, if any
   */
  public abstract Optional<String> othersDescription();

  /**
   * The number of people in the delegation, if the source states it.
   *
   * @return the head count, at least the number of named members
   */
  public abstract OptionalInt headCount();

  /**
   * The head of the delegation: the first named member.
   *
   * @return the head, or empty if no member is named
   */
  public Optional<Participant> head() {
    return members().isEmpty() ? Optional.empty() : Optional.of(members().get(0));
  }

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Delegation of " + party().code();
    for (int i = 0; i < members().size(); i++) {
      Participant member = members().get(i);
      if (!member.party().equals(party())) {
        throw Invariants.violation(
            subject,
            "members",
            "members["
                + i
                + "] "
                + Invariants.quoted(member.name())
                + " speaks for party "
                + member.party().code()
                + ", not for the delegation's party");
      }
    }
    for (int i = 0; i < organizations().size(); i++) {
      Organization organization = organizations().get(i);
      if (!organization.party().equals(party())) {
        throw Invariants.violation(
            subject,
            "organizations",
            "organizations["
                + i
                + "] "
                + Invariants.quoted(organization.name())
                + " belongs to party "
                + organization.party().code()
                + ", not to the delegation's party");
      }
    }
    Invariants.text(subject, "othersDescription", othersDescription());
    if (othersDescription().isPresent() && !andOthers()) {
      throw Invariants.violation(
          subject, "othersDescription", "othersDescription is given but andOthers is false");
    }
    Invariants.positive(subject, "headCount", headCount());
    if (headCount().isPresent() && headCount().getAsInt() < members().size()) {
      throw Invariants.violation(
          subject,
          "headCount",
          "headCount "
              + headCount().getAsInt()
              + " is less than the "
              + members().size()
              + " named members");
    }
  }
}
