package dev.parley.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A part of a session with its own people and agenda: the government dialogue, the public-private
 * meeting held alongside it, or one of several bilateral talks during a visit.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Segment} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractSegment {
  /**
   * The segment's title as published, such as {@code Public-Private Meeting}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What sort of meeting this segment is.
   *
   * @return the kind
   */
  public abstract SegmentKind kind();

  /**
   * The day of this segment, when it differs from the session's dates or narrows them.
   *
   * @return the date, within the session's dates
   */
  public abstract Optional<PartialDate> date();

  /**
   * Where this segment was held, when it differs from the session's place.
   *
   * @return the place
   */
  public abstract Optional<Place> place();

  /**
   * The overview the source gives of this segment, before its agenda.
   *
   * @return the summary as published
   */
  public abstract Optional<String> summary();

  /**
   * The delegations present, one per party, in the order published.
   *
   * @return the delegations
   */
  public abstract List<Delegation> delegations();

  /**
   * The agenda items in the order published.
   *
   * @return the agenda
   */
  public abstract List<AgendaItem> agenda();

  /**
   * The delegation of the given party, if it was present.
   *
   * @param party the party
   * @return its delegation
   */
  public Optional<Delegation> delegation(Party party) {
    return delegations().stream().filter(d -> d.party().equals(party)).findFirst();
  }

  @Value.Check
  void check() {
    String subject = "Segment " + Invariants.quoted(title());
    Invariants.text(subject, "title", title());
    Invariants.text(subject, "summary", summary());
    Invariants.distinct(subject, "delegations", delegations(), d -> d.party().code());
    Set<Integer> numbers = new HashSet<>();
    for (AgendaItem item : agenda()) {
      if (item.number().isPresent() && !numbers.add(item.number().getAsInt())) {
        throw Invariants.violation(
            subject,
            "agenda",
            "agenda number " + item.number().getAsInt() + " is used more than once");
      }
    }
  }
}
