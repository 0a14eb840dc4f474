package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.Parties.GERMANY;
import static dev.parley.examples.seeds.Parties.JAPAN;
import static dev.parley.examples.seeds.Parties.MIC;
import static dev.parley.examples.seeds.Release.body;
import static dev.parley.examples.seeds.Release.bound;
import static dev.parley.examples.seeds.Release.person;
import static dev.parley.examples.seeds.Release.said;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Place;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatementAct;
import java.time.LocalDate;

/**
 * The Japan-Germany ICT Policy Dialogue, and its 4th meeting (Tokyo, 7 February 2020) as MIC's
 * release of 12 February 2020 reports it: the government dialogue with six numbered items and the
 * 2nd public-private meeting with three unnumbered ones.
 */
public final class JapanGermanyPolicyDialogue {
  /** The series: vice-ministerial, MIC and the Federal Ministry for Economic Affairs and Energy. */
  public static final Dialogue DIALOGUE =
      Dialogue.builder()
          .id("japan-germany-ict-policy-dialogue")
          .name("Japan-Germany ICT Policy Dialogue")
          .addParty(JAPAN)
          .addParty(GERMANY)
          .level(DialogueLevel.VICE_MINISTERIAL)
          .build();

  private static final Organization BMWI =
      body(
          "Federal Ministry for Economic Affairs and Energy",
          null,
          GERMANY,
          OrganizationKind.MINISTRY);

  private static final Participant YAMADA =
      person("Makiko Yamada", "Vice-Minister for Policy Coordination", MIC);

  private static final Participant HIRTE =
      person("Christian Hirte", "Parliamentary State Secretary", BMWI);

  private JapanGermanyPolicyDialogue() {}

  /**
   * The 4th Japan-Germany ICT Policy Dialogue, 7 February 2020, Tokyo.
   *
   * @return the session
   */
  public static Session fourth() {
    return Session.builder()
        .dialogue(DIALOGUE)
        .ordinal(4)
        .title("Fourth Japan-Germany ICT Policy Dialogue")
        .start(PartialDate.of(2020, 2, 7))
        .place(Place.builder().city("Tokyo").country("Japan").build())
        // "held ... in Tokyo": both delegations met there; 2020-02 predates online meetings.
        .mode(MeetingMode.IN_PERSON)
        .addSegment(policyDialogue())
        .addSegment(publicPrivateMeeting())
        .addSource(
            Source.builder()
                .publisher(Parties.PUBLISHER)
                .title("Results of Fourth Japan-Germany ICT Policy Dialogue")
                .published(LocalDate.of(2020, 2, 12))
                .division("International Policy Division, Global Strategy Bureau")
                .build())
        .addNote(
            "\"Osaka Truck\" in the release is a typo for \"Osaka Track\"; the statement keeps the"
                + " release's wording.")
        .addNote(
            "In the public-private meeting the release writes \"German explained the GAIA-X"
                + " project\" (for Germany) and leaves the parenthesis after \"Shinkeiren (Japan"
                + " Association of New Economy\" unclosed.")
        .build();
  }

  private static Segment policyDialogue() {
    return Segment.builder()
        .title("Fourth Japan-Germany ICT Policy Dialogue")
        .kind(SegmentKind.GOVERNMENT_DIALOGUE)
        .summary(
            "The Japan-Germany ICT Policy Dialogue is an opportunity between MIC and the Federal"
                + " Ministry for Economic Affairs and Energy to exchange views on ICT policies in"
                + " general. In the fourth policy dialogue, the following items were mainly"
                + " discussed with consideration of the policy trends of Japan and Germany.")
        .addDelegation(
            Delegation.builder()
                .party(JAPAN)
                .addMember(YAMADA)
                .andOthers(true)
                .othersDescription("other officials")
                .build())
        .addDelegation(
            Delegation.builder()
                .party(GERMANY)
                .addMember(HIRTE)
                .addMember(person("Stefan Schnorr", "Director General", BMWI))
                .andOthers(true)
                .othersDescription("other officials")
                .build())
        .addItem(
            AgendaItem.builder()
                .number(1)
                .title("International cooperation")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained the promotion of the Data Free Flow with Trust and the"
                            + " Osaka Truck, with consideration of the results of the G20 summit,"
                            + " which was held in Japan last June, and the Internet Governance"
                            + " Forum (IGF) in Germany last November.",
                        JAPAN))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Germany explained the results of the IGF and the follow-up to the UN"
                            + " High-Level Panel report.",
                        GERMANY))
                .addOutcome(
                    // "will continue to promote their cooperation": cooperation, not only talks.
                    bound(
                        Commitment.AGREED_TO_COOPERATE,
                        "Both countries will continue to promote their cooperation within an"
                            + " international framework, including the G7, G20, and IGF.",
                        JAPAN,
                        GERMANY))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(2)
                .title("AI/IoT")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Both Japan and Germany explained the start and progress of Japan-German"
                            + " joint research on AI/IoT utilization based on wireless"
                            + " communications in the manufacturing field",
                        JAPAN,
                        GERMANY))
                .addOutcome(
                    // "decided to continue their cooperation": the joint research already runs,
                    // but no new joint project is selected, so not joint-action.
                    bound(
                        Commitment.AGREED_TO_COOPERATE,
                        "Both Japan and Germany explained the start and progress of Japan-German"
                            + " joint research on AI/IoT utilization based on wireless"
                            + " communications in the manufacturing field and decided to continue"
                            + " their cooperation.",
                        JAPAN,
                        GERMANY))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained G7, G20, and OECD discussions on AI principles and new"
                            + " considerations for AI utilization guidelines and the value"
                            + " measurement and distribution promotion of data.",
                        JAPAN))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Germany explained recent AI initiatives in Germany and Europe.",
                        GERMANY))
                .addOutcome(
                    bound(
                        Commitment.AGREED_TO_COOPERATE,
                        "Both Japan and Germany agreed to continue promoting their cooperation in"
                            + " international discussion forums, such as the OECD.",
                        JAPAN,
                        GERMANY))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(3)
                .title("Review policies and regulations")
                // The title names no subject; the statements name privacy, fake news and
                // platforms, so these are stated as the item's topics.
                .addTopic("privacy")
                .addTopic("disinformation")
                .addTopic("platforms")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained privacy protection in the telecommunications business and"
                            + " initiatives for fake news and fake information.",
                        JAPAN))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Germany explained the trends on the platform, including efforts on fake"
                            + " news and hate speech.",
                        GERMANY))
                .addOutcome(
                    bound(
                        Commitment.CONTINUE_DIALOGUE,
                        "Both parties will continue sharing the status of their efforts between"
                            + " Japan and Germany.",
                        JAPAN,
                        GERMANY))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(4)
                .title("5G")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained the launch status of 5G commercial services, local 5G"
                            + " initiatives, and 5G security assurance initiatives.",
                        JAPAN))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Germany explained the current situation of 5G security assurance and the"
                            + " introduction of 5G in the region.",
                        GERMANY))
                .addOutcome(
                    bound(
                        Commitment.CONTINUE_DIALOGUE,
                        "Both parties will continue exchanging opinions between Japan and"
                            + " Germany.",
                        JAPAN,
                        GERMANY))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(5)
                .title("IoT security")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained MIC’s cybersecurity initiatives.",
                        JAPAN))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Germany explained the status of security certification of IoT devices in"
                            + " Europe and Germany, the state of their studies, and"
                            + " awareness-raising for small and medium-sized enterprises.",
                        GERMANY))
                .addOutcome(
                    bound(
                        Commitment.CONTINUE_DIALOGUE,
                        "Both parties decided to continue sharing information between Germany and"
                            + " Japan.",
                        JAPAN,
                        GERMANY))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(6)
                .title("Data utilization")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Germany explained a GAIA-X project, which aims to build secure and"
                            + " reliable data infrastructure for Europe.",
                        GERMANY))
                .addOutcome(
                    bound(
                        Commitment.CONTINUE_DIALOGUE,
                        "Both parties will continue exchanging opinions on GAIA-X.",
                        JAPAN,
                        GERMANY))
                .build())
        .build();
  }

  private static Segment publicPrivateMeeting() {
    return Segment.builder()
        .title("Public-Private Meeting")
        .kind(SegmentKind.PUBLIC_PRIVATE_MEETING)
        .summary(
            "Along with the Japan-Germany ICT Policy Dialogue, the second public-private meeting"
                + " was held as an opportunity for public and private parties to exchange"
                + " opinions on important issues in the ICT field freely. With consideration of"
                + " the policy trends of both Japan and Germany and issues in actual business"
                + " situations, the following items were mainly discussed.")
        .addDelegation(
            Delegation.builder()
                .party(JAPAN)
                .addMember(YAMADA)
                .addOrganization(
                    body(
                        "Japan Business Federation",
                        "Keidanren",
                        JAPAN,
                        OrganizationKind.BUSINESS_ASSOCIATION))
                .addOrganization(
                    body(
                        "Japan Association of New Economy",
                        "Shinkeiren",
                        JAPAN,
                        OrganizationKind.BUSINESS_ASSOCIATION))
                .andOthers(true)
                .othersDescription("affiliated companies, and others")
                .build())
        .addDelegation(
            Delegation.builder()
                .party(GERMANY)
                .addMember(HIRTE)
                .addOrganization(
                    body(
                        "German Chamber of Commerce and Industry in Japan",
                        null,
                        GERMANY,
                        OrganizationKind.BUSINESS_ASSOCIATION))
                .andOthers(true)
                .othersDescription("affiliated companies, and others")
                .build())
        .addItem(
            AgendaItem.builder()
                .title("Data economy and Internet governance")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained how personal data should be protected and used to realize"
                            + " Society 5.0 and the current status and issues of Internet"
                            + " governance.",
                        JAPAN))
                .addStatement(
                    said(StatementAct.EXPLAINED, "German explained the GAIA-X project.", GERMANY))
                .addStatement(
                    said(
                        StatementAct.EXCHANGED_VIEWS,
                        "In particular, lively discussions were held on the GAIA-X project.",
                        JAPAN,
                        GERMANY))
                .build())
        .addItem(
            AgendaItem.builder()
                .title("New technologies (autonomous driving and AI)")
                .addStatement(
                    said(
                        StatementAct.EXCHANGED_VIEWS,
                        "Both sides exchanged views on initiatives and issues related to"
                            + " autonomous driving and AI utilization.",
                        JAPAN,
                        GERMANY))
                .addStatement(
                    // The industries' remark, not a commitment of the parties.
                    said(
                        StatementAct.MENTIONED,
                        "The Japanese and German industries mentioned that it is essential to"
                            + " deepen the consideration of specific use cases for practical"
                            + " use.",
                        JAPAN,
                        GERMANY))
                .build())
        .addItem(
            AgendaItem.builder()
                .title("IoT security")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained security measures for IoT devices and efforts to"
                            + " strengthen industrial cybersecurity for Society 5.0.",
                        JAPAN))
                .addOutcome(
                    // "agreed that": agreement with a view, not an agreement to cooperate.
                    bound(
                        Commitment.SHARED_VIEW,
                        "Germany agreed that cybersecurity is a business challenge.",
                        GERMANY))
                .build())
        .build();
  }
}
