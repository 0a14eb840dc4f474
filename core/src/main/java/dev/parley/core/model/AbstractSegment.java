package dev.parley.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
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
   * The day of this segment, when it differs from the session's dates or narrows them: a day of the
   * session, or a neighbouring day for a segment held alongside it (a workshop the day before).
   *
   * @return the date, within {@value AbstractSession#NEIGHBOURING_DAYS} days of the session's dates
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
   * What the segment as a whole bound the parties to, apart from any one agenda item ("the three
   * ministries will advance efforts ..."): lead outcomes, which diffs and timelines treat as the
   * meeting's, giving a level only to the topics they name.
   *
   * @return the lead outcomes, in the order published
   */
  public abstract List<Outcome> outcomes();

  /**
   * How completely the sources show this segment: its people, its summary and its agenda.
   *
   * @return the completeness; complete unless said otherwise
   */
  @Value.Default
  public Completeness completeness() {
    return Completeness.complete();
  }

  /**
   * How completely the sources show this segment's agenda ("the English release lists the first
   * three items").
   *
   * @return the completeness of the agenda; complete unless said otherwise
   */
  @Value.Default
  public Completeness agendaCompleteness() {
    return Completeness.complete();
  }

  /**
   * Whether this segment's agenda is known in full: neither the segment nor its agenda is marked
   * partial or unknown.
   *
   * @return true if both are complete
   */
  public boolean isAgendaComplete() {
    return completeness().isComplete() && agendaCompleteness().isComplete();
  }

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
    Supplier<String> subject = () -> "Segment " + Invariants.quoted(title());
    Invariants.text(subject, "title", title());
    Invariants.text(subject, "summary", summary());
    Invariants.distinct(subject, "delegations", delegations(), d -> d.party().code());
    int[] numbers = new int[agenda().size()];
    int count = 0;
    for (int i = 0; i < agenda().size(); i++) {
      OptionalInt number = agenda().get(i).number();
      if (number.isPresent()) {
        numbers[count++] = number.getAsInt();
      }
    }
    Arrays.sort(numbers, 0, count);
    for (int i = 1; i < count; i++) {
      if (numbers[i] == numbers[i - 1]) {
        throw Invariants.violation(
            subject, "agenda", "agenda number " + numbers[i] + " is used more than once");
      }
    }
  }
}
