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
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatementAct;
import java.time.LocalDate;

/**
 * The Japan-EU ICT Policy Dialogue, and its 27th meeting (web conference, 3 February 2022) as MIC's
 * release of 7 February 2022 reports it.
 */
public final class JapanEuPolicyDialogue {
  /**
   * The series. The release does not state its level; the EU side is the European Commission's
   * Directorate-General for Communications Networks, Content and Technology, so it is recorded as
   * director-general level.
   */
  public static final Dialogue DIALOGUE =
      Dialogue.builder()
          .id("japan-eu-ict-policy-dialogue")
          .name("Japan-EU ICT Policy Dialogue")
          .addParty(JAPAN)
          .addParty(EUROPEAN_UNION)
          .level(DialogueLevel.DIRECTOR_GENERAL)
          .build();

  private JapanEuPolicyDialogue() {}

  /**
   * The 27th Japan-EU ICT Policy Dialogue, 3 February 2022, online.
   *
   * @return the session
   */
  public static Session twentySeventh() {
    return Session.builder()
        .dialogue(DIALOGUE)
        .ordinal(27)
        .title("27th Japan-EU ICT Policy Dialogue")
        .start(PartialDate.of(2022, 2, 3))
        .mode(MeetingMode.ONLINE)
        .addSegment(dialogue())
        .addSource(
            Source.builder()
                .publisher(Parties.PUBLISHER)
                .title("Result of 27th Japan-EU ICT Policy Dialogue")
                .published(LocalDate.of(2022, 2, 7))
                .division("Global Strategy Division, Global Strategy Bureau")
                .build())
        .addNote(
            "The heading inside the release reads \"Major achievements of the 26th Japan-EU ICT"
                + " Policy Dialogue\"; its title and text say 27th, which is recorded.")
        .addNote(
            "Footnote to \"ISAC*\" in the release: \"ISAC: An abbreviation for the Information"
                + " Sharing and Analysis Center. An organization established in each business"
                + " field to collect and analyze information on cyberattack incidents in a"
                + " specific industry and share\" (the footnote ends there in the release).")
        .addNote(
            "The release names the EU's \"Digital Services Bill\" and \"Digital Marketing Bill\";"
                + " kept as published.")
        .build();
  }

  private static Segment dialogue() {
    return Segment.builder()
        .title("27th Japan-EU ICT Policy Dialogue")
        .kind(SegmentKind.GOVERNMENT_DIALOGUE)
        .summary(
            "This policy dialogue aims to deepen the mutual understanding of Japan and EU"
                + " governments and promote their cooperation and collaboration on policies in"
                + " ICT. A lively discussion was made on various current issues in ICT between"
                + " Japan and the EU to contribute to the digitization of society as a whole.\n"
                + "Based on the results of this meeting, Japan and the EU will discuss how to"
                + " further deepen and concretize their cooperation in the future.")
        .addDelegation(Delegation.builder().party(JAPAN).addOrganization(MIC).build())
        .addDelegation(
            Delegation.builder()
                .party(EUROPEAN_UNION)
                .addOrganization(
                    body(
                        "Directorate-General for Communications Networks, Content and Technology"
                            + " of the European Commission",
                        null,
                        EUROPEAN_UNION,
                        OrganizationKind.INTERNATIONAL_BODY))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(1)
                .title("5G/Beyond 5G (6G)")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained its efforts for Beyond 5G (6G), the status of"
                            + " international joint research, and efforts for 5G/6G vendor"
                            + " diversification.",
                        JAPAN))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "The EU explained a Smart Networks and Services project on Horizon Europe,"
                            + " a European R&D program, for 6G.",
                        EUROPEAN_UNION))
                .addOutcome(
                    bound(
                        Commitment.AGREED_TO_COOPERATE,
                        "Considering the above, Japan and the EU also decided to promote"
                            + " cooperation in terms of information exchange and joint research,"
                            + " especially in promoting B5G/6G.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(2)
                .title("Regulatory reform")
                .addStatement(
                    said(
                        StatementAct.PRESENTED,
                        "The EU presented the declaration of digital rights and principles, the"
                            + " Digital Services Bill, the Digital Marketing Bill, and the EU"
                            + " standardization strategy.",
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.INTRODUCED,
                        "Japan introduced the circumstances of studies on the proper handling of"
                            + " users’ information in the telecommunications business, measures"
                            + " against piracy on the Internet, and measures to deal with the"
                            + " problem of illegal and harmful information on platform services.",
                        JAPAN))
                .addOutcome(
                    // Both sides' common position, at the weakest level: "showed interest".
                    bound(
                        Commitment.INFORMED,
                        "Both sides showed a strong interest in strengthening future cooperation"
                            + " in these areas.",
                        JAPAN,
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.EXCHANGED_VIEWS,
                        "Furthermore, both sides exchanged opinions on international collaboration"
                            + " and other initiatives related to AI and the Data Free Flow with"
                            + " Trust (DFFT) and similarities and differences in these areas.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(3)
                .title("Cybersecurity")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained its response to the trend of international discussions on"
                            + " ICT architecture, basic policy on capacity-building support, and"
                            + " efforts for cooperation between Japan and Europe in cybersecurity"
                            + " through the international cooperation workshop of ISAC*, etc.",
                        JAPAN))
                .addStatement(
                    said(
                        StatementAct.INTRODUCED,
                        "The EU showed a strong interest and introduced the European cybersecurity"
                            + " strategy and efforts for security certification.",
                        EUROPEAN_UNION))
                .build())
        .build();
  }
}
