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
import java.util.function.Supplier;
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
   * How many days before the session starts or after it ends a segment held alongside it may be
   * dated: a workshop two days before the dialogue belongs to the session that reports both.
   */
  public static final int NEIGHBOURING_DAYS = 7;

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
   * The title as each source published it, in its language, when sources differ or one is in
   * another language than {@link #title()}: {@code 日EU・ICT政策対話(第25回)} in the Japanese release.
   *
   * @return the published titles, each tied to one of {@link #sources()}
   */
  public abstract List<PublishedTitle> titles();

  /**
   * The rank of this meeting when it differs from the series' usual rank (vice-ministerial one
   * year, director-general another).
   *
   * @return the level, if this session overrides its dialogue's
   */
  public abstract Optional<DialogueLevel> level();

  /**
   * The rank this meeting was held at: its own level, or else its dialogue's.
   *
   * @return the level
   */
  public DialogueLevel effectiveLevel() {
    return level().orElse(dialogue().level());
  }

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
   * What the meeting as a whole bound the parties to, apart from any agenda item ("based on the
   * results, Japan and the EU will advance efforts to deepen cooperation"): lead outcomes, which
   * diffs and timelines treat as the meeting's, giving a level only to the topics they name.
   *
   * @return the lead outcomes, in the order published
   */
  public abstract List<Outcome> outcomes();

  /**
   * The facts on which the sources disagree, each with every source's value and the one this record
   * follows.
   *
   * @return the discrepancies, in order
   */
  public abstract List<Discrepancy> discrepancies();

  /**
   * How completely the sources show this session ("the copy at hand ends after item 2").
   *
   * @return the completeness; complete unless said otherwise
   */
  @Value.Default
  public Completeness completeness() {
    return Completeness.complete();
  }

  /**
   * Whether the session's whole agenda is known: neither the session, nor a segment, nor a
   * segment's agenda is marked partial or unknown. A topic absent from a session whose agenda is
   * not known in full is not reported there, rather than dropped.
   *
   * @return true if every agenda is known in full
   */
  public boolean isAgendaComplete() {
    if (!completeness().isComplete()) {
      return false;
    }
    for (int i = 0; i < segments().size(); i++) {
      if (!segments().get(i).isAgendaComplete()) {
        return false;
      }
    }
    return true;
  }

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
    Supplier<String> subject = () -> label();
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
      if (source.kind() == SourceKind.REPORT
          && source.published().isPresent()
          && source.published().get().isBefore(start().earliest())) {
        throw Invariants.violation(
            subject,
            "sources",
            "sources["
                + i
                + "] "
                + Invariants.quoted(source.title())
                + " is a report published on "
                + source.published().get()
                + ", before the session starts on "
                + start());
      }
    }
    for (int i = 0; i < segments().size(); i++) {
      checkSegment(subject, i, segments().get(i));
    }
    checkPartyNames(subject);
    checkSourcedFacts(subject);
  }

  private void checkSegment(Supplier<String> subject, int index, Segment segment) {
    Supplier<String> where = () -> "segments[" + index + "] " + Invariants.quoted(segment.title());
    segment
        .date()
        .filter(
            d ->
                d.latest().isBefore(start().earliest().minusDays(NEIGHBOURING_DAYS))
                    || d.earliest().isAfter(lastDay().plusDays(NEIGHBOURING_DAYS)))
        .ifPresent(
            d -> {
              throw Invariants.violation(
                  subject,
                  "segments",
                  where.get()
                      + " date "
                      + d
                      + " is more than "
                      + NEIGHBOURING_DAYS
                      + " days from the session's dates "
                      + start()
                      + end().map(e -> " to " + e).orElse(""));
            });
    Map<String, Party> present = new HashMap<>();
    dialogue().parties().forEach(p -> present.put(p.code(), p));
    segment.delegations().forEach(d -> present.put(d.party().code(), d.party()));
    checkLeadParties(subject, () -> where.get() + ", outcomes", segment.outcomes(), present);
    List<AgendaItem> agenda = segment.agenda();
    for (int a = 0; a < agenda.size(); a++) {
      AgendaItem item = agenda.get(a);
      for (int i = 0; i < item.statements().size(); i++) {
        checkPresent(subject, where, item, item.statements().get(i).parties(), present);
      }
      for (int i = 0; i < item.outcomes().size(); i++) {
        checkPresent(subject, where, item, item.outcomes().get(i).parties(), present);
      }
    }
  }

  private static void checkPresent(
      Supplier<String> subject,
      Supplier<String> where,
      AgendaItem item,
      List<Party> named,
      Map<String, Party> present) {
    Party absent = firstAbsent(named, present);
    if (absent != null) {
      throw Invariants.violation(
          subject,
          "segments",
          where.get() + ", " + item.label().toLowerCase(Locale.ROOT) + ": " + notAtTable(absent));
    }
  }

  /** A party code means one party: the same display name wherever it appears. */
  private void checkPartyNames(Supplier<String> subject) {
    Map<String, Party> byCode = new HashMap<>();
    checkNames(subject, byCode, dialogue().parties());
    for (int s = 0; s < segments().size(); s++) {
      Segment segment = segments().get(s);
      for (int d = 0; d < segment.delegations().size(); d++) {
        checkName(subject, byCode, segment.delegations().get(d).party());
      }
      List<AgendaItem> agenda = segment.agenda();
      for (int a = 0; a < agenda.size(); a++) {
        AgendaItem item = agenda.get(a);
        for (int i = 0; i < item.statements().size(); i++) {
          checkNames(subject, byCode, item.statements().get(i).parties());
        }
        checkOutcomeNames(subject, byCode, item.outcomes());
      }
      checkOutcomeNames(subject, byCode, segment.outcomes());
    }
    checkOutcomeNames(subject, byCode, outcomes());
  }

  private static void checkOutcomeNames(
      Supplier<String> subject, Map<String, Party> byCode, List<Outcome> outcomes) {
    for (int i = 0; i < outcomes.size(); i++) {
      checkNames(subject, byCode, outcomes.get(i).parties());
    }
  }

  private static void checkNames(
      Supplier<String> subject, Map<String, Party> byCode, List<Party> parties) {
    for (int i = 0; i < parties.size(); i++) {
      checkName(subject, byCode, parties.get(i));
    }
  }

  private static void checkName(Supplier<String> subject, Map<String, Party> byCode, Party party) {
    Party first = byCode.putIfAbsent(party.code(), party);
    if (first != null && first != party && !first.name().equals(party.name())) {
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

  /** The parties bound by lead outcomes are at the table. */
  private static void checkLeadParties(
      Supplier<String> subject,
      Supplier<String> where,
      List<Outcome> outcomes,
      Map<String, Party> present) {
    for (int i = 0; i < outcomes.size(); i++) {
      Party absent = firstAbsent(outcomes.get(i).parties(), present);
      if (absent != null) {
        throw Invariants.violation(
            subject, "outcomes", where.get() + "[" + i + "]: " + notAtTable(absent));
      }
    }
  }

  /** The first of the parties named that is not at the table, or null. */
  private static Party firstAbsent(List<Party> named, Map<String, Party> present) {
    for (int i = 0; i < named.size(); i++) {
      if (!present.containsKey(named.get(i).code())) {
        return named.get(i);
      }
    }
    return null;
  }

  private static String notAtTable(Party party) {
    return "party "
        + party.code()
        + " is neither a party of the dialogue nor of a delegation present";
  }

  /**
   * Lead outcomes bind parties at the table; published titles and claims name sources of this
   * session; a discrepancy on a checked fact follows the value the record holds.
   */
  private void checkSourcedFacts(Supplier<String> subject) {
    Map<String, Party> present = new HashMap<>();
    parties().forEach(p -> present.put(p.code(), p));
    checkLeadParties(subject, () -> "outcomes", outcomes(), present);
    int count = sources().size();
    for (int i = 0; i < titles().size(); i++) {
      int source = titles().get(i).source();
      if (source >= count) {
        throw sourceOutOfRange(subject, "titles", "titles[" + i + "]", source, count);
      }
    }
    for (int s = 0; s < segments().size(); s++) {
      List<AgendaItem> agenda = segments().get(s).agenda();
      for (int a = 0; a < agenda.size(); a++) {
        List<PublishedTitle> itemTitles = agenda.get(a).titles();
        for (int t = 0; t < itemTitles.size(); t++) {
          int source = itemTitles.get(t).source();
          if (source >= count) {
            throw sourceOutOfRange(
                subject,
                "segments",
                "segments[" + s + "].agenda[" + a + "].titles[" + t + "]",
                source,
                count);
          }
        }
      }
    }
    Invariants.distinct(subject, "discrepancies", discrepancies(), Discrepancy::fact);
    for (int d = 0; d < discrepancies().size(); d++) {
      Discrepancy discrepancy = discrepancies().get(d);
      String where = "discrepancies[" + d + "]";
      for (int c = 0; c < discrepancy.claims().size(); c++) {
        int source = discrepancy.claims().get(c).source();
        if (source >= count) {
          throw sourceOutOfRange(
              subject, "discrepancies", where + ".claims[" + c + "]", source, count);
        }
      }
      Optional<String> held = heldValue(discrepancy.fact());
      String followed = discrepancy.followedClaim().value();
      if (held.isPresent() && !held.get().equals(followed)) {
        throw Invariants.violation(
            subject,
            "discrepancies",
            where
                + " follows "
                + discrepancy.fact()
                + " "
                + Invariants.quoted(followed)
                + " but the record holds "
                + Invariants.quoted(held.get()));
      }
    }
  }

  private static InvalidRecordException sourceOutOfRange(
      Supplier<String> subject, String field, String where, int source, int count) {
    return Invariants.violation(
        subject,
        field,
        where + " names source " + source + " but the session has " + count + " sources");
  }

  /** The value the record holds for a fact it checks discrepancies against, as text. */
  private Optional<String> heldValue(String fact) {
    switch (fact) {
      case "ordinal":
        return Optional.of(ordinal().isPresent() ? String.valueOf(ordinal().getAsInt()) : "");
      case "start":
        return Optional.of(start().toString());
      case "end":
        return Optional.of(end().map(PartialDate::toString).orElse(""));
      default:
        return Optional.empty();
    }
  }
}
