package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.Parties.EUROPEAN_UNION;
import static dev.parley.examples.seeds.Parties.JAPAN;
import static dev.parley.examples.seeds.Parties.MIC;
import static dev.parley.examples.seeds.Release.body;
import static dev.parley.examples.seeds.Release.bound;
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
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatementAct;
import java.time.LocalDate;

/**
 * The Japan-EU ICT Strategy Workshop, a series of its own beside the Japan-EU ICT Policy Dialogue,
 * and its 10th meeting (web conference, 1 to 2 October 2020) as MIC's release of 6 October 2020
 * reports it.
 */
public final class JapanEuStrategyWorkshop {
  /** The series: a public-private workshop of MIC and the European Commission. */
  public static final Dialogue DIALOGUE =
      Dialogue.builder()
          .id("japan-eu-ict-strategy-workshop")
          .name("Japan-EU ICT Strategy Workshop")
          .addParty(JAPAN)
          .addParty(EUROPEAN_UNION)
          .level(DialogueLevel.WORKSHOP)
          .build();

  /** The European Commission. */
  static final Organization EUROPEAN_COMMISSION =
      body("European Commission", null, EUROPEAN_UNION, OrganizationKind.INTERNATIONAL_BODY);

  private JapanEuStrategyWorkshop() {}

  /**
   * The 10th Japan-EU ICT Strategy Workshop, 1 to 2 October 2020, online.
   *
   * @return the session
   */
  public static Session tenth() {
    return Session.builder()
        .dialogue(DIALOGUE)
        .ordinal(10)
        .title("10th Japan-EU ICT Strategy Workshop")
        .start(PartialDate.of(2020, 10, 1))
        .end(PartialDate.of(2020, 10, 2))
        .mode(MeetingMode.ONLINE)
        .addSegment(workshop())
        .addSource(
            Source.builder()
                .publisher(Parties.PUBLISHER)
                .title("Results of 10th Japan-EU ICT Strategy Workshop")
                .published(LocalDate.of(2020, 10, 6))
                .division("International Policy Division, Global Strategy Bureau")
                .build())
        .addNote(
            "Item 2 reads \"Japan and the EU confirmed that discussions to promote the cooperation"
                + " of information sharing organizations of Japan and the EU\": the sentence is"
                + " incomplete in the release and is kept as published.")
        .build();
  }

  private static Segment workshop() {
    return Segment.builder()
        .title("10th Japan-EU ICT Strategy Workshop")
        // "held for the public and private sectors to exchange opinions freely".
        .kind(SegmentKind.PUBLIC_PRIVATE_MEETING)
        .summary(
            "In this workshop, a wide range of agenda items related to ICT was taken up. As for 5G"
                + " and Beyond 5G, in particular, Japan and the European Commission pointed out"
                + " the importance of international standardization, as well as research and"
                + " development, and agreed on their cooperation toward the early realization of"
                + " Beyond 5G.\n"
                + "In response to the results of this workshop, Japan and the European Commission"
                + " will further discuss matters, including specific cooperation contents, for the"
                + " next Japan-EU ICT policy dialogue.\n"
                + "The 10th Japan-EU ICT Strategy Workshop was recently held for the public and"
                + " private sectors to exchange opinions freely on important digital economy"
                + " issues. Considering the policy trends in Japan and the EU’s real business"
                + " environments, the dialogue was mainly held on the following matters.")
        .addDelegation(Delegation.builder().party(JAPAN).addOrganization(MIC).build())
        .addDelegation(
            Delegation.builder().party(EUROPEAN_UNION).addOrganization(EUROPEAN_COMMISSION).build())
        .addItem(
            AgendaItem.builder()
                .number(1)
                .title("5G and Beyond 5G (6G)")
                .addStatement(
                    said(
                        StatementAct.INTRODUCED,
                        "Japan and the EU introduced the respective situations of 5G services that"
                            + " started and those of Beyond 5G.",
                        JAPAN,
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.SHOWED_INTEREST,
                        "The EU side also showed a high interest in Japan’s “Beyond 5G Promotion"
                            + " Strategy”.",
                        EUROPEAN_UNION))
                .addOutcome(
                    bound(
                        Commitment.SHARED_VIEW,
                        "Japan and the EU pointed out the importance of the international"
                            + " standardization of Beyond 5G, as well as Beyond 5G research and"
                            + " development.",
                        JAPAN,
                        EUROPEAN_UNION))
                .addOutcome(
                    bound(
                        Commitment.AGREED_TO_COOPERATE,
                        "They agreed that Japan and the EU would cooperate toward the early"
                            + " realization of Beyond 5G.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(2)
                .title("Cybersecurity")
                .addStatement(
                    said(
                        StatementAct.INTRODUCED,
                        "Japan and the EU introduced security assurance and security policies for"
                            + " 5G and the IoT.",
                        JAPAN,
                        EUROPEAN_UNION))
                .addOutcome(
                    bound(
                        Commitment.SHARED_VIEW,
                        "In particular, they pointed out the importance of baseline requirements"
                            + " and scheme settings for ensuring the security of IoT devices.",
                        JAPAN,
                        EUROPEAN_UNION))
                .addOutcome(
                    // "confirmed", with the object lost in the source: read at the verb's level.
                    bound(
                        Commitment.REAFFIRMED,
                        "Furthermore, Japan and the EU confirmed that discussions to promote the"
                            + " cooperation of information sharing organizations of Japan and the"
                            + " EU.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(3)
                .title("Digital and smart cities for climate change response")
                .addStatement(
                    said(
                        StatementAct.INTRODUCED,
                        "The EU side introduced digitalization for the greening of the economy and"
                            + " society, that of ICT service and technology, and the Destination"
                            + " Earth project.",
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.INTRODUCED,
                        "Japan introduced security solutions for smart cities",
                        JAPAN))
                .addOutcome(
                    // The subject of "recognized" is Japan alone; "with the EU" qualifies the
                    // guidelines, so the EU is not recorded as bound.
                    bound(
                        Commitment.SHARED_VIEW,
                        "Japan introduced security solutions for smart cities and recognized the"
                            + " importance of smart city security guidelines with the EU.",
                        JAPAN))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(4)
                .title("AI")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "The EU side explained AI policies, including the AI White Paper,"
                            + " published in February this year.",
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained the 2020 Report of the Conference toward AI Network"
                            + " Society, which was released in July this year.",
                        JAPAN))
                .addOutcome(
                    bound(
                        Commitment.SHARED_VIEW,
                        "Japan and the EU have pointed out that the definition of AI shown in the"
                            + " AI White Paper and the strict definition of high-risk AI are"
                            + " necessary.",
                        JAPAN,
                        EUROPEAN_UNION))
                .addOutcome(
                    bound(
                        Commitment.CONTINUE_DIALOGUE,
                        "Both parties required the deepening of discussions with various"
                            + " stakeholders continuously.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(5)
                .title("Digital action for COVID-19")
                .addStatement(
                    said(
                        StatementAct.INTRODUCED,
                        "Japan and the EU introduced digital measures, such as tracking apps for"
                            + " COVID-19 in Japan and the EU, and the status of support by private"
                            + " companies.",
                        JAPAN,
                        EUROPEAN_UNION))
                .addOutcome(
                    // "confirmed ... the importance of": a shared view, not a reaffirmed pledge.
                    bound(
                        Commitment.SHARED_VIEW,
                        "Both parties confirmed the maintenance of social activities by ICT while"
                            + " preventing infection and the importance of the further"
                            + " development of ICT to facilitate activities without close-contact"
                            + " settings.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(6)
                .title("Platform")
                .addStatement(
                    said(
                        StatementAct.PRESENTED,
                        "The EU side gave an overview of a new Digital Services Act package and the"
                            + " European platform of regulatory authorities.",
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained the outline of the Act Partially Amending the"
                            + " Telecommunications Business Act (for the strengthening of the"
                            + " effectiveness of law enforcement for foreign corporations, etc.),"
                            + " which was enacted in May this year, and the situation of studying"
                            + " digital market rulemaking.",
                        JAPAN))
                .addOutcome(
                    bound(
                        Commitment.SHARED_VIEW,
                        "Japan and the EU shared concerns about monopoly platformers.",
                        JAPAN,
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.SHOWED_INTEREST,
                        "They showed a high interest in the issue.",
                        JAPAN,
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.POINTED_OUT,
                        "At the same time, Japan pointed out the need for platform definition in"
                            + " response to the EU’s regulatory proposals",
                        JAPAN))
                .addOutcome(
                    bound(
                        Commitment.CONTINUE_DIALOGUE,
                        "At the same time, Japan pointed out the need for platform definition in"
                            + " response to the EU’s regulatory proposals, and both parties"
                            + " decided to continue exchanging opinions.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(7)
                .title("Data")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "The EU side explained the results of public comments on the data"
                            + " strategy announced in July this year",
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained the cross-border distribution of personal data and"
                            + " Personal Data Trust Bank.",
                        JAPAN))
                .addOutcome(
                    bound(
                        Commitment.CONTINUE_DIALOGUE,
                        "Both Japan and the EU pointed out the importance of ensuring appropriate"
                            + " protection and reliability for data utilization and decided to"
                            + " continue discussions.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(8)
                .title("Trust services")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained the efforts to institutionalize trust services",
                        JAPAN))
                .addOutcome(
                    bound(
                        Commitment.AGREED_TO_COOPERATE,
                        "Japan explained the efforts to institutionalize trust services, and both"
                            + " parties decided to continue their cooperation in this field.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .build();
  }
}
