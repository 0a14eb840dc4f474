package dev.parley.testing;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.JointProject;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Party;
import dev.parley.core.model.Place;
import dev.parley.core.model.ProjectStatus;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.Statement;
import dev.parley.core.model.StatementAct;
import dev.parley.core.topic.TopicScheme;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of valid Parley records, for property tests of Parley and of code built on it.
 * The same seed always gives the same records, so a failing seed reproduces its failure: print it
 * in the test's name ({@code @ParameterizedTest(name = "seed {0}")}).
 *
 * <p>The records are valid but not tame: text mixes scripts (Latin, Japanese, Devanagari, Greek,
 * Cyrillic), characters that need escaping in JSON and XML, and characters outside the Basic
 * Multilingual Plane; dates run from year 1 to 9999 and include leap days and every precision;
 * collections are sometimes empty and sometimes large; every enumeration value occurs.
 */
public final class RandomRecords {
  private static final String[] WORDS = {
    "dialogue",
    "cooperation",
    "5G",
    "Beyond",
    "security",
    "data",
    "free",
    "flow",
    "trust",
    "platform",
    "AI",
    "IoT",
    "Open",
    "RAN",
    "submarine",
    "cable",
    "Věra",
    "Jourová",
    "情報通信",
    "総務省",
    "協力",
    "दूरसंचार",
    "सहयोग",
    "Ελλάδα",
    "Россия",
    "\"quoted\"",
    "back\\slash",
    "tab\there",
    "line\nbreak",
    "zero\u200bwidth",
    "no\u00a0break",
    "para\u2028graph",
    "🤝",
    "𝔘nicode",
    "</script>",
    "a&b",
    "<tag>",
    "'single'",
    "émigré",
    "naïve",
    "ß",
    "İstanbul"
  };

  private static final String[] TOPIC_IDS = {
    "5g",
    "beyond-5g",
    "cybersecurity",
    "iot-security",
    "ai",
    "data-free-flow",
    "platforms",
    "privacy",
    "smart-cities",
    "trust-services",
    "spectrum",
    "quantum"
  };

  private final RandomGenerator random;

  private RandomRecords(RandomGenerator random) {
    this.random = random;
  }

  /**
   * Generators fed by a {@link SplittableRandom} with the given seed.
   *
   * @param seed the seed; the same seed gives the same records
   * @return the generators
   */
  public static RandomRecords seeded(long seed) {
    return new RandomRecords(new SplittableRandom(seed));
  }

  /**
   * Generators fed by the given source of randomness.
   *
   * @param random the source; seed it so that failures reproduce
   * @return the generators
   */
  public static RandomRecords from(RandomGenerator random) {
    return new RandomRecords(random);
  }

  /**
   * A number in {@code [0, bound)}.
   *
   * @param bound the exclusive upper bound, positive
   * @return the number
   */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /**
   * True with probability {@code 1/n}.
   *
   * @param n the odds
   * @return whether the one-in-n chance came up
   */
  public boolean oneIn(int n) {
    return random.nextInt(n) == 0;
  }

  /**
   * One of the given values, uniformly.
   *
   * @param values the values to pick from
   * @param <T> their type
   * @return one of them
   */
  @SafeVarargs
  public final <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  /**
   * One of the given values, uniformly.
   *
   * @param values the values to pick from, not empty
   * @param <T> their type
   * @return one of them
   */
  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * A list of {@code 0} to {@code max} values; once in 25 calls up to four times as long.
   *
   * @param max the usual largest size
   * @param element makes one value
   * @param <T> the values' type
   * @return the list
   */
  public <T> List<T> listOf(int max, Supplier<T> element) {
    int size = oneIn(25) ? random.nextInt(max * 4 + 1) : random.nextInt(max + 1);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  /**
   * A non-blank text of one to {@code maxWords} words without surrounding white space, drawn from
   * several scripts and including characters that need escaping.
   *
   * @param maxWords the largest number of words
   * @return the text
   */
  public String text(int maxWords) {
    int words = 1 + random.nextInt(maxWords);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        s.append(oneIn(10) ? "  " : " ");
      }
      s.append(pick(WORDS));
    }
    return s.toString();
  }

  /**
   * A short text, as for a name or title.
   *
   * @return the text
   */
  public String name() {
    return text(4);
  }

  /**
   * An agenda title as press releases write them: one to three labels of the default topic scheme
   * joined by commas, slashes or "and", sometimes with a word that names no topic.
   *
   * @return the title
   */
  public String agendaTitle() {
    List<String> labels = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      labels.add(pick(pick(TopicScheme.defaultScheme().topics()).labels()));
    }
    if (oneIn(4)) {
      labels.add(pick("Opening", "Summary", "Others", "Future cooperation"));
    }
    StringBuilder title = new StringBuilder(labels.get(0));
    for (int i = 1; i < labels.size(); i++) {
      title.append(pick(", ", "/", " and ", ", and ")).append(labels.get(i));
    }
    return title.toString();
  }

  /**
   * A slug: lowercase letters, digits and single hyphens.
   *
   * @return the slug
   */
  public String slug() {
    int parts = 1 + random.nextInt(3);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        s.append('-');
      }
      int length = 1 + random.nextInt(6);
      for (int j = 0; j < length; j++) {
        s.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
      }
    }
    return s.toString();
  }

  /**
   * A full date from year 1 to 9999, often near an edge: leap days, year ends, the extremes.
   *
   * @return the date
   */
  public LocalDate localDate() {
    switch (random.nextInt(8)) {
      case 0:
        return LocalDate.of(pick(2000, 2016, 2020, 2024), 2, 29);
      case 1:
        return LocalDate.of(1 + random.nextInt(9999), 12, 31);
      case 2:
        return pick(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1970, 1, 1));
      default:
        return LocalDate.ofEpochDay(
            LocalDate.of(1990, 1, 1).toEpochDay() + random.nextInt(365 * 40));
    }
  }

  /**
   * A date of any precision.
   *
   * @return the partial date
   */
  public PartialDate partialDate() {
    LocalDate d = localDate();
    switch (random.nextInt(4)) {
      case 0:
        return PartialDate.of(d.getYear());
      case 1:
        return PartialDate.of(d.getYear(), d.getMonthValue());
      default:
        return PartialDate.from(d);
    }
  }

  /**
   * A party, usually one of a few real ones and sometimes a made-up one.
   *
   * @return the party
   */
  public Party party() {
    return oneIn(4)
        ? Party.of(slug(), name())
        : pick(
            Party.of("jp", "Japan"),
            Party.of("eu", "European Union"),
            Party.of("de", "Germany"),
            Party.of("us", "United States"),
            Party.of("in", "India"),
            Party.of("it", "Italy"));
  }

  /**
   * Two to {@code max} parties with distinct codes.
   *
   * @param max the largest number of parties, at least 2
   * @return the parties
   */
  public List<Party> parties(int max) {
    int size = 2 + random.nextInt(max - 1);
    Set<String> codes = new LinkedHashSet<>();
    List<Party> parties = new ArrayList<>();
    while (parties.size() < size) {
      Party p = party();
      if (codes.add(p.code())) {
        parties.add(p);
      }
    }
    return parties;
  }

  /**
   * An organization of the given party.
   *
   * @param party its party
   * @return the organization
   */
  public Organization organization(Party party) {
    return Organization.builder()
        .name(name())
        .acronym(
            oneIn(2)
                ? Optional.of(pick("MIC", "NIST", "PPC", "ACCJ", "DG-CNECT"))
                : Optional.empty())
        .party(party)
        .kind(pick(OrganizationKind.values()))
        .build();
  }

  /**
   * A named person speaking for the given party.
   *
   * @param party the party
   * @return the participant
   */
  public Participant participant(Party party) {
    Participant.Builder b = Participant.builder().name(name()).party(party);
    if (oneIn(2)) {
      b.title(name());
    }
    if (oneIn(2)) {
      b.organization(organization(party));
    }
    return b.build();
  }

  /**
   * A delegation of the given party.
   *
   * @param party the party
   * @return the delegation
   */
  public Delegation delegation(Party party) {
    List<Participant> members = listOf(3, () -> participant(party));
    Delegation.Builder b =
        Delegation.builder()
            .party(party)
            .members(members)
            .organizations(listOf(2, () -> organization(party)));
    if (oneIn(2)) {
      b.andOthers(true);
      if (oneIn(2)) {
        b.othersDescription(name());
      }
    }
    if (oneIn(3)) {
      b.headCount(Math.max(1, members.size()) + random.nextInt(50));
    }
    return b.build();
  }

  /**
   * A dialogue series.
   *
   * @return the dialogue
   */
  public Dialogue dialogue() {
    Dialogue.Builder b =
        Dialogue.builder()
            .id(slug())
            .name(name())
            .parties(parties(4))
            .level(pick(DialogueLevel.values()));
    if (oneIn(3)) {
      b.framework(name());
    }
    return b.build();
  }

  /**
   * A place with at least one part known.
   *
   * @return the place
   */
  public Place place() {
    Place.Builder b = Place.builder();
    boolean any = false;
    if (oneIn(2)) {
      b.venue(name());
      any = true;
    }
    if (oneIn(3)) {
      b.district(name());
      any = true;
    }
    if (oneIn(2)) {
      b.city(name());
      any = true;
    }
    if (!any || oneIn(2)) {
      b.country(name());
    }
    return b.build();
  }

  /**
   * A source published on or after the given day.
   *
   * @param notBefore the first day it may be published on
   * @return the source
   */
  public Source source(LocalDate notBefore) {
    LocalDate published =
        notBefore.getYear() >= 9999 ? notBefore : notBefore.plusDays(random.nextInt(10));
    if (published.getYear() > 9999) {
      published = notBefore;
    }
    Source.Builder b = Source.builder().publisher(name()).title(text(8));
    if (!oneIn(8)) {
      b.published(published);
    }
    if (oneIn(2)) {
      b.url(URI.create("https://www.example.org/press/" + slug() + ".html"));
    }
    if (oneIn(2)) {
      b.division(name());
    }
    return b.build();
  }

  /**
   * A plan for the next meeting: an exact date or a fuzzy one.
   *
   * @return the plan
   */
  public NextMeeting nextMeeting() {
    NextMeeting.Builder b = NextMeeting.builder();
    if (oneIn(2)) {
      b.date(partialDate());
    } else {
      b.text(text(8));
      LocalDate a = localDate();
      LocalDate z = localDate();
      if (oneIn(2)) {
        b.earliest(a.isBefore(z) ? a : z);
      }
      if (oneIn(2)) {
        b.latest(a.isBefore(z) ? z : a);
      }
    }
    if (oneIn(2)) {
      b.place(place());
    }
    return b.build();
  }

  /**
   * A joint project.
   *
   * @return the project
   */
  public JointProject jointProject() {
    JointProject.Builder b =
        JointProject.builder().name(name()).field(name()).status(pick(ProjectStatus.values()));
    if (oneIn(2)) {
      b.selectedAt(1 + random.nextInt(30));
    }
    return b.build();
  }

  /**
   * A statement by some of the given parties.
   *
   * @param present the parties at the table, not empty
   * @return the statement
   */
  public Statement statement(List<Party> present) {
    return Statement.builder()
        .parties(someOf(present))
        .act(pick(StatementAct.values()))
        .text(text(25))
        .build();
  }

  /**
   * An outcome binding some of the given parties.
   *
   * @param present the parties at the table, not empty
   * @return the outcome
   */
  public Outcome outcome(List<Party> present) {
    return Outcome.builder()
        .parties(someOf(present))
        .commitment(pick(Commitment.values()))
        .text(text(25))
        .build();
  }

  /**
   * One or more of the given parties, each once, in their order.
   *
   * @param parties the parties, not empty
   * @return a non-empty sub-list
   */
  public List<Party> someOf(List<Party> parties) {
    List<Party> some = new ArrayList<>();
    for (Party p : parties) {
      if (oneIn(2)) {
        some.add(p);
      }
    }
    return some.isEmpty() ? List.of(pick(parties)) : some;
  }

  /**
   * An agenda item with the given number (0 for an unnumbered one).
   *
   * @param number the number, or 0
   * @param present the parties at the table, not empty
   * @return the item
   */
  public AgendaItem agendaItem(int number, List<Party> present) {
    AgendaItem.Builder b = AgendaItem.builder().title(oneIn(2) ? agendaTitle() : name());
    if (number > 0) {
      b.number(number);
    }
    Set<String> topics = new LinkedHashSet<>(listOf(2, () -> pick(TOPIC_IDS)));
    return b.topics(topics)
        .statements(listOf(3, () -> statement(present)))
        .outcomes(listOf(2, () -> outcome(present)))
        .jointProjects(oneIn(5) ? listOf(4, this::jointProject) : List.of())
        .build();
  }

  /**
   * A segment of a session of the given dialogue, held within the given dates.
   *
   * @param dialogue the dialogue
   * @param start the session's start
   * @return the segment
   */
  public Segment segment(Dialogue dialogue, PartialDate start) {
    List<Party> present = new ArrayList<>(dialogue.parties());
    List<Delegation> delegations = new ArrayList<>();
    for (Party p : dialogue.parties()) {
      if (!oneIn(3)) {
        delegations.add(delegation(p));
      }
    }
    if (oneIn(6)) {
      Party guest = Party.of(slug() + "-guest", name());
      delegations.add(delegation(guest));
      present.add(guest);
    }
    boolean numbered = !oneIn(3);
    List<AgendaItem> agenda = new ArrayList<>();
    int items = oneIn(20) ? random.nextInt(40) : random.nextInt(9);
    for (int i = 1; i <= items; i++) {
      agenda.add(agendaItem(numbered ? i : 0, present));
    }
    Segment.Builder b =
        Segment.builder()
            .title(name())
            .kind(pick(SegmentKind.values()))
            .delegations(delegations)
            .agenda(agenda);
    if (oneIn(4)) {
      b.date(start);
    }
    if (oneIn(4)) {
      b.place(place());
    }
    if (oneIn(3)) {
      b.summary(text(30));
    }
    return b.build();
  }

  /**
   * The history of a new random dialogue: none to six sessions (once in 20, up to 30) with
   * increasing ordinals, some missing, and increasing dates of any precision.
   *
   * @return the history
   */
  public DialogueHistory history() {
    Dialogue dialogue = dialogue();
    int count = oneIn(20) ? random.nextInt(31) : random.nextInt(7);
    List<Session> sessions = new ArrayList<>();
    int ordinal = 1 + random.nextInt(10);
    LocalDate day = LocalDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1);
    for (int i = 0; i < count; i++) {
      Session s = session(dialogue);
      PartialDate start = PartialDate.from(day);
      if (oneIn(4)) {
        start = PartialDate.of(day.getYear(), day.getMonthValue());
      }
      Session.Builder b =
          Session.builder()
              .from(s)
              .ordinal(ordinal)
              .start(start)
              .end(Optional.empty())
              .sources(List.of(source(start.earliest())));
      List<Segment> segments = new ArrayList<>();
      for (Segment seg : s.segments()) {
        segments.add(seg.withDate(Optional.empty()));
      }
      sessions.add(b.segments(segments).build());
      ordinal += 1 + (oneIn(5) ? random.nextInt(3) : 0);
      day = day.plusMonths(13 + random.nextInt(12)).withDayOfMonth(1);
    }
    return DialogueHistory.of(dialogue, sessions);
  }

  /**
   * A session of a new random dialogue.
   *
   * @return the session
   */
  public Session session() {
    return session(dialogue());
  }

  /**
   * A session of the given dialogue.
   *
   * @param dialogue the dialogue
   * @return the session
   */
  public Session session(Dialogue dialogue) {
    PartialDate start = partialDate();
    Session.Builder b =
        Session.builder()
            .dialogue(dialogue)
            .title(name())
            .start(start)
            .segments(listOf(2, () -> segment(dialogue, start)));
    b.addSegment(segment(dialogue, start));
    if (!oneIn(4)) {
      b.ordinal(1 + random.nextInt(40));
    }
    if (oneIn(3) && start.latest().getYear() < 9999) {
      b.end(PartialDate.from(start.latest().plusDays(random.nextInt(3))));
    }
    if (oneIn(2)) {
      b.place(place());
    }
    if (oneIn(2)) {
      b.mode(pick(MeetingMode.values()));
    }
    if (oneIn(3)) {
      b.participantCount(1 + random.nextInt(200));
    }
    if (oneIn(2)) {
      b.nextMeeting(nextMeeting());
    }
    b.addSource(source(start.earliest()));
    if (oneIn(4)) {
      b.addSource(source(start.earliest()));
    }
    return b.notes(listOf(2, () -> text(12))).build();
  }
}
