package dev.parley.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One meeting of a {@link Dialogue}, such as the 27th Japan-EU ICT Policy Dialogue held as a web
 * conference on 3 February 2022: when, where and how it was held, its segments with their
 * delegations and agendas, the next meeting it planned, and the sources that report it.
 *
 * <p>A session is self-contained: it carries its dialogue, so one meeting can be stored, read and
 * compared on its own.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Session} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractSession {
  /**
   * The series this session belongs to.
   *
   * @return the dialogue
   */
  public abstract Dialogue dialogue();

  /**
   * The session's number in its series ("27th"); talks outside a numbered series have none.
   *
   * @return the ordinal, at least 1
   */
  public abstract OptionalInt ordinal();

  /**
   * The session's title as published, such as {@code 27th Japan-EU ICT Policy Dialogue}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The first (or only) day of the session, as precisely as the source states it.
   *
   * @return the start date
   */
  public abstract PartialDate start();

  /**
   * The last day of a session that spans several days; inclusive.
   *
   * @return the end date, absent for a one-day session or when unknown
   */
  public abstract Optional<PartialDate> end();

  /**
   * Where the session was held; absent for a web conference or when unknown.
   *
   * @return the place
   */
  public abstract Optional<Place> place();

  /**
   * How the participants met.
   *
   * @return the mode, if the source says or implies it
   */
  public abstract Optional<MeetingMode> mode();

  /**
   * The parts of the session, in the order published; at least one.
   *
   * @return the segments
   */
  public abstract List<Segment> segments();

  /**
   * The number of people at the session in total, if the source states it ("There were 37
   * participants in total").
   *
   * @return the participant count, at least 1
   */
  public abstract OptionalInt participantCount();

  /**
   * The next meeting as this session planned it.
   *
   * @return the plan, if the source gives one
   */
  public abstract Optional<NextMeeting> nextMeeting();

  /**
   * The documents this record is taken from; at least one.
   *
   * @return the sources
   */
  public abstract List<Source> sources();

  /**
   * Remarks on the sources that a reader must know, such as errata ("the heading inside the release
   * says 26th"), kept as found and never silently fixed in the data.
   *
   * @return the notes, in order
   */
  public abstract List<String> notes();

  /**
   * How a person names this session: {@code Session 27}, or {@code Session '<title>'} when it has
   * no ordinal.
   *
   * @return the label
   */
  public String label() {
    return ordinal().isPresent()
        ? "Session " + ordinal().getAsInt()
        : "Session " + Invariants.quoted(title());
  }

  /**
   * The last day the session may have been held on: the end date's last day, or else the start
   * date's.
   *
   * @return the last possible day of the session
   */
  public LocalDate lastDay() {
    return end().orElse(start()).latest();
  }

  /**
   * Every party at the table: the dialogue's parties, then those of delegations from other parties
   * (Italy, during a visit around a Japan-EU meeting), each once.
   *
   * @return the parties in order of appearance
   */
  public List<Party> parties() {
    Map<String, Party> parties = new LinkedHashMap<>();
    dialogue().parties().forEach(p -> parties.putIfAbsent(p.code(), p));
    for (Segment segment : segments()) {
      segment.delegations().forEach(d -> parties.putIfAbsent(d.party().code(), d.party()));
    }
    return List.copyOf(parties.values());
  }

  /**
   * All agenda items of all segments, in order.
   *
   * @return the agenda items
   */
  public List<AgendaItem> agendaItems() {
    List<AgendaItem> items = new ArrayList<>();
    segments().forEach(s -> items.addAll(s.agenda()));
    return items;
  }

  @Value.Check
  void check() {
    String subject = label();
    Invariants.positive(subject, "ordinal", ordinal());
    Invariants.text(subject, "title", title());
    end()
        .filter(e -> e.isCertainlyBefore(start()))
        .ifPresent(
            e -> {
              throw Invariants.violation(
                  subject, "end", "end date " + e + " is before start date " + start());
            });
    Invariants.notEmpty(subject, "segments", segments());
    Invariants.positive(subject, "participantCount", participantCount());
    Invariants.notEmpty(subject, "sources", sources());
    Invariants.texts(subject, "notes", notes());
    for (int i = 0; i < sources().size(); i++) {
      Source source = sources().get(i);
      if (source.published().isPresent() && source.published().get().isBefore(start().earliest())) {
        throw Invariants.violation(
            subject,
            "sources",
            "sources["
                + i
                + "] "
                + Invariants.quoted(source.title())
                + " is published on "
                + source.published().get()
                + ", before the session starts on "
                + start());
      }
    }
    for (int i = 0; i < segments().size(); i++) {
      checkSegment(subject, i, segments().get(i));
    }
    checkPartyNames(subject);
  }

  private void checkSegment(String subject, int index, Segment segment) {
    String where = "segments[" + index + "] " + Invariants.quoted(segment.title());
    segment
        .date()
        .filter(d -> d.isCertainlyBefore(start()) || end().orElse(start()).isCertainlyBefore(d))
        .ifPresent(
            d -> {
              throw Invariants.violation(
                  subject,
                  "segments",
                  where
                      + " date "
                      + d
                      + " is outside the session's dates "
                      + start()
                      + end().map(e -> " to " + e).orElse(""));
            });
    Map<String, Party> present = new HashMap<>();
    dialogue().parties().forEach(p -> present.put(p.code(), p));
    segment.delegations().forEach(d -> present.put(d.party().code(), d.party()));
    for (AgendaItem item : segment.agenda()) {
      List<Party> named = new ArrayList<>();
      item.remarks().forEach(r -> named.addAll(r.parties()));
      for (Party party : named) {
        if (!present.containsKey(party.code())) {
          throw Invariants.violation(
              subject,
              "segments",
              where
                  + ", "
                  + item.label().toLowerCase(Locale.ROOT)
                  + ": party "
                  + party.code()
                  + " is neither a party of the dialogue nor of a delegation present");
        }
      }
    }
  }

  /** A party code means one party: the same display name wherever it appears. */
  private void checkPartyNames(String subject) {
    Map<String, Party> byCode = new HashMap<>();
    List<Party> all = new ArrayList<>(dialogue().parties());
    for (Segment segment : segments()) {
      for (Delegation d : segment.delegations()) {
        all.add(d.party());
      }
      for (AgendaItem item : segment.agenda()) {
        item.remarks().forEach(r -> all.addAll(r.parties()));
      }
    }
    for (Party party : all) {
      Party first = byCode.putIfAbsent(party.code(), party);
      if (first != null && !first.name().equals(party.name())) {
        throw Invariants.violation(
            subject,
            "parties",
            "parties name "
                + party.code()
                + " both "
                + Invariants.quoted(first.name())
                + " and "
                + Invariants.quoted(party.name()));
      }
    }
  }
}
