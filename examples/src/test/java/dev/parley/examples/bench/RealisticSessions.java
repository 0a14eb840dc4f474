package dev.parley.examples.bench;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Party;
import dev.parley.core.model.Place;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.Statement;
import dev.parley.core.model.StatementAct;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic sessions shaped like the seed press releases: two segments (a government dialogue
 * and a public-private meeting), 6 to 10 agenda items titled with labels of the default scheme in
 * varying spellings, four delegations with named participants, and statements and outcomes of
 * press-release length. The same index and seed always give the same session.
 */
final class RealisticSessions {
  static final Party JAPAN = Party.of("jp", "Japan");
  static final Party EU = Party.of("eu", "European Union");
  static final Dialogue DIALOGUE =
      Dialogue.builder()
          .id("japan-eu-ict-policy-dialogue")
          .name("Japan-EU ICT Policy Dialogue")
          .addParty(JAPAN)
          .addParty(EU)
          .level(DialogueLevel.DIRECTOR_GENERAL)
          .build();
  private static final Organization MIC =
      Organization.builder()
          .name("Ministry of Internal Affairs and Communications")
          .acronym("MIC")
          .party(JAPAN)
          .kind(OrganizationKind.MINISTRY)
          .build();
  private static final Organization CONNECT =
      Organization.builder()
          .name("Directorate-General for Communications Networks, Content and Technology")
          .acronym("DG-CONNECT")
          .party(EU)
          .kind(OrganizationKind.INTERNATIONAL_BODY)
          .build();
  private static final Organization KEIDANREN =
      Organization.builder()
          .name("Japan Business Federation")
          .acronym("Keidanren")
          .party(JAPAN)
          .kind(OrganizationKind.BUSINESS_ASSOCIATION)
          .build();
  private static final Organization DIGITALEUROPE =
      Organization.builder()
          .name("DIGITALEUROPE")
          .party(EU)
          .kind(OrganizationKind.BUSINESS_ASSOCIATION)
          .build();
  private static final String[] SURNAMES = {
    "Yamada",
    "Tanaka",
    "Suzuki",
    "Sato",
    "Kobayashi",
    "Müller",
    "Rossi",
    "Dubois",
    "García",
    "Nowak",
    "Jansen",
    "Lindqvist"
  };
  private static final String[] VERBS = {
    "explained the status of",
    "introduced recent initiatives on",
    "presented the outline of",
    "gave an overview of the policy framework for",
    "reported on the progress of"
  };
  private static final String[] OUTCOMES = {
    "Both sides will continue exchanging opinions on %s, including the regulatory approaches"
        + " of the two sides and the experience of the private sector.",
    "Japan and the EU agreed to cooperate on %s, in particular on international standardization"
        + " and joint research, and to report on the progress at the next meeting.",
    "The two sides reaffirmed their commitment to close cooperation on %s in international fora,"
        + " including the G7, the G20, the OECD and the ITU.",
    "Both sides pointed out the importance of %s for the digital transformation of society as a"
        + " whole and shared the view that trust is essential.",
    "Japan and the EU decided to promote cooperation on %s through information exchange, joint"
        + " projects and the involvement of stakeholders."
  };
  private static final Commitment[] LEVELS = {
    Commitment.CONTINUE_DIALOGUE,
    Commitment.AGREED_TO_COOPERATE,
    Commitment.REAFFIRMED,
    Commitment.SHARED_VIEW,
    Commitment.AGREED_TO_COOPERATE
  };

  private final List<Topic> topics = TopicScheme.defaultScheme().topics();
  private final long seed;

  RealisticSessions(long seed) {
    this.seed = seed;
  }

  /** The session with the given index: ordinal index + 1, held index * 3 days after 1800-01-01. */
  Session session(int index) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
    LocalDate day = LocalDate.of(1800, 1, 1).plusDays(index * 3L);
    List<AgendaItem> government = new ArrayList<>();
    List<AgendaItem> business = new ArrayList<>();
    int items = 6 + r.nextInt(5);
    for (int i = 0; i < items; i++) {
      AgendaItem item = item(r, i < items - 3 ? i + 1 : 0);
      (i < items - 3 ? government : business).add(item);
    }
    Session.Builder b =
        Session.builder()
            .dialogue(DIALOGUE)
            .ordinal(index + 1)
            .title((index + 1) + "th Japan-EU ICT Policy Dialogue")
            .start(PartialDate.from(day))
            .place(Place.builder().city(r.nextBoolean() ? "Tokyo" : "Brussels").build())
            .mode(MeetingMode.values()[r.nextInt(3)])
            .addSegment(
                Segment.builder()
                    .title((index + 1) + "th Japan-EU ICT Policy Dialogue")
                    .kind(SegmentKind.GOVERNMENT_DIALOGUE)
                    .summary(
                        "This policy dialogue aims to deepen the mutual understanding of Japan"
                            + " and EU governments and promote their cooperation on policies in"
                            + " ICT.")
                    .addDelegation(delegation(r, JAPAN, MIC, null))
                    .addDelegation(delegation(r, EU, CONNECT, null))
                    .agenda(government)
                    .build())
            .addSegment(
                Segment.builder()
                    .title("Public-Private Meeting")
                    .kind(SegmentKind.PUBLIC_PRIVATE_MEETING)
                    .addDelegation(delegation(r, JAPAN, MIC, KEIDANREN))
                    .addDelegation(delegation(r, EU, CONNECT, DIGITALEUROPE))
                    .agenda(business)
                    .build())
            .addSource(
                Source.builder()
                    .publisher("Ministry of Internal Affairs and Communications")
                    .title("Result of " + (index + 1) + "th Japan-EU ICT Policy Dialogue")
                    .published(day.plusDays(4))
                    .division("Global Strategy Division, Global Strategy Bureau")
                    .build());
    if (r.nextInt(3) == 0) {
      b.nextMeeting(
          NextMeeting.builder()
              .text("by the end of next year")
              .latest(LocalDate.of(day.getYear() + 1, 12, 31))
              .build());
    }
    return b.build();
  }

  private Delegation delegation(
      SplittableRandom r, Party party, Organization ministry, Organization business) {
    Delegation.Builder d = Delegation.builder().party(party);
    for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) {
      d.addMember(
          Participant.builder()
              .name((party == JAPAN ? "Ms. " : "Mr. ") + SURNAMES[r.nextInt(SURNAMES.length)])
              .title(i == 0 ? "Vice-Minister for Policy Coordination" : "Director General")
              .organization(ministry)
              .party(party)
              .build());
    }
    if (business != null) {
      d.addOrganization(business);
    }
    return d.andOthers(true).othersDescription("other officials").build();
  }

  private AgendaItem item(SplittableRandom r, int number) {
    Topic first = topics.get(r.nextInt(topics.size()));
    Topic second = topics.get(r.nextInt(topics.size()));
    String a = first.labels().get(r.nextInt(first.labels().size()));
    String b = second.labels().get(r.nextInt(second.labels().size()));
    String title = r.nextBoolean() ? a : a + (r.nextBoolean() ? " and " : "/") + b;
    AgendaItem.Builder item = AgendaItem.builder().title(title);
    if (number > 0) {
      item.number(number);
    }
    String subject = a.toLowerCase(java.util.Locale.ROOT);
    item.addStatement(
        Statement.builder()
            .addParty(JAPAN)
            .act(StatementAct.EXPLAINED)
            .text(
                "Japan "
                    + VERBS[r.nextInt(VERBS.length)]
                    + " "
                    + subject
                    + ", including its efforts in cooperation with the private sector and the"
                    + " results of recent international discussions.")
            .build());
    item.addStatement(
        Statement.builder()
            .addParty(EU)
            .act(StatementAct.PRESENTED)
            .text(
                "The EU "
                    + VERBS[r.nextInt(VERBS.length)]
                    + " "
                    + subject
                    + " in the European Union, and the state of the legislative proposals under"
                    + " discussion.")
            .build());
    int o = r.nextInt(OUTCOMES.length);
    item.addOutcome(
        Outcome.builder()
            .addParty(JAPAN)
            .addParty(EU)
            .commitment(LEVELS[o])
            .text(String.format(OUTCOMES[o], subject))
            .build());
    return item.build();
  }

  /** Sessions 0 to n - 1. */
  List<Session> sessions(int n) {
    List<Session> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(session(i));
    }
    return list;
  }
}
