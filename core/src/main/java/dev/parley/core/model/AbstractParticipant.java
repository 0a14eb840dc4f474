package dev.parley.core.model;

import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A named person at a meeting, such as {@code Makiko Yamada}, {@code Vice-Minister for Policy
 * Coordination}, of MIC, for Japan.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Participant} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractParticipant {
  /**
   * The person's name as published, without honorific.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The person's title or role as published, such as {@code Parliamentary State Secretary}.
   *
   * @return the title, if the source gives one
   */
  public abstract Optional<String> title();

  /**
   * The organization the person represents, if the source names it.
   *
   * @return the organization
   */
  public abstract Optional<Organization> organization();

  /**
   * The party the person speaks for; the same as the organization's party when there is one.
   *
   * @return the party
   */
  public abstract Party party();

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Participant " + Invariants.quoted(name());
    Invariants.text(subject, "name", name());
    Invariants.text(subject, "title", title());
    organization()
        .filter(o -> !o.party().equals(party()))
        .ifPresent(
            o -> {
              throw Invariants.violation(
                  subject,
                  "party",
                  "party "
                      + party().code()
                      + " differs from party "
                      + o.party().code()
                      + " of organization "
                      + Invariants.quoted(o.name()));
            });
  }
}
