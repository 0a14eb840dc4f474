package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.Parties.JAPAN;
import static dev.parley.examples.seeds.Parties.MIC;
import static dev.parley.examples.seeds.Parties.UNITED_STATES;
import static dev.parley.examples.seeds.Release.body;
import static dev.parley.examples.seeds.Release.bound;
import static dev.parley.examples.seeds.Release.said;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Place;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatementAct;
import java.time.LocalDate;

/**
 * The Japan-U.S. Policy Cooperation Dialogue on the Internet Economy, and its 11th
 * director-general-level meeting (Tokyo, 17 to 18 September 2020) as MIC's release of 25 September
 * 2020 reports it.
 */
public final class JapanUsInternetEconomyDialogue {
  /** The series, held at director-general level by MIC and the U.S. Department of State. */
  public static final Dialogue DIALOGUE =
      Dialogue.builder()
          .id("japan-us-internet-economy-dialogue")
          .name("Japan-U.S. Policy Cooperation Dialogue on the Internet Economy")
          .addParty(JAPAN)
          .addParty(UNITED_STATES)
          .level(DialogueLevel.DIRECTOR_GENERAL)
          .build();

  private JapanUsInternetEconomyDialogue() {}

  /**
   * The 11th director-general-level meeting, 17 to 18 September 2020, Tokyo.
   *
   * @return the session
   */
  public static Session eleventh() {
    return Session.builder()
        .dialogue(DIALOGUE)
        .ordinal(11)
        .title(
            "11th Director General-level Meeting of the Japan-U.S. Policy Cooperation Dialogue on"
                + " the Internet Economy")
        .start(PartialDate.of(2020, 9, 17))
        .end(PartialDate.of(2020, 9, 18))
        .place(Place.builder().city("Tokyo").country("Japan").build())
        // No mode: "held ... in Tokyo" in September 2020, and the release does not say whether
        // the U.S. participants attended in person.
        .addSegment(publicSector())
        .addSegment(privateSector())
        .nextMeeting(
            NextMeeting.builder()
                .text("by the end of 2021")
                .latest(LocalDate.of(2021, 12, 31))
                .build())
        .addSource(
            Source.builder()
                .publisher(Parties.PUBLISHER)
                .title(
                    "Results of 11th Director General-level Meeting of the Japan-U.S. Policy"
                        + " Cooperation Dialogue on the Internet Economy")
                .published(LocalDate.of(2020, 9, 25))
                .division("International Policy Division, Global Strategy Bureau")
                .build())
        .addNote(
            "The release states twice that the two countries reaffirmed their commitment to a"
                + " current review of the implementation of the OECD Privacy Guidelines (\"further"
                + " reaffirmed\", then \"also reaffirmed\"); both sentences are kept as"
                + " outcomes.")
        .addNote(
            "The release calls Keidanren both \"the Japan Economic Organization Federation\" and"
                + " \"the Japan Business Federation\".")
        .addNote(
            "The release says the dialogue had two parts, a public sector's meeting and a private"
                + " sector's meeting, without saying which items belong to which; the \"Summary\""
                + " item, which describes the discussions with private-sector representatives, is"
                + " recorded under the private sector's meeting.")
        .build();
  }

  private static Segment publicSector() {
    return Segment.builder()
        .title("Public sector's meeting")
        .kind(SegmentKind.GOVERNMENT_DIALOGUE)
        .summary(
            "Japan and the United States held the 11th Director General-level Meeting of the"
                + " Japan-U.S. Policy Cooperation Dialogue on the Internet Economy on September 17"
                + " to 18, 2020, where they emphasized a continuous commitment to the open,"
                + " interoperable, reliable, and secure Internet.")
        .addDelegation(
            Delegation.builder()
                .party(JAPAN)
                .addOrganization(MIC)
                .addOrganization(
                    body(
                        "Personal Information Protection Committee",
                        "PPC",
                        JAPAN,
                        OrganizationKind.REGULATOR))
                .addOrganization(
                    body("Ministry of Foreign Affairs", "MOFA", JAPAN, OrganizationKind.MINISTRY))
                .addOrganization(
                    body(
                        "Ministry of Economy, Trade and Industry",
                        "METI",
                        JAPAN,
                        OrganizationKind.MINISTRY))
                .build())
        .addDelegation(
            Delegation.builder()
                .party(UNITED_STATES)
                .addOrganization(
                    body(
                        "U.S. Department of State", null, UNITED_STATES, OrganizationKind.MINISTRY))
                .addOrganization(
                    body("Department of Commerce", null, UNITED_STATES, OrganizationKind.MINISTRY))
                .addOrganization(
                    body(
                        "Agency for International Development",
                        "USAID",
                        UNITED_STATES,
                        OrganizationKind.MINISTRY))
                .addOrganization(
                    body(
                        "National Institute of Standards and Technology",
                        "NIST",
                        UNITED_STATES,
                        OrganizationKind.MINISTRY))
                .build())
        .addItem(fiveG())
        .addItem(internationalArena())
        .addItem(dataDistribution())
        .addItem(thirdCountries())
        .build();
  }

  private static Segment privateSector() {
    return Segment.builder()
        .title("Private sector's meeting")
        .kind(SegmentKind.PUBLIC_PRIVATE_MEETING)
        .addDelegation(
            Delegation.builder()
                .party(JAPAN)
                .addOrganization(
                    body(
                        "Japan Economic Organization Federation",
                        null,
                        JAPAN,
                        OrganizationKind.BUSINESS_ASSOCIATION))
                .build())
        .addDelegation(
            Delegation.builder()
                .party(UNITED_STATES)
                .addOrganization(
                    body(
                        "American Chamber of Commerce in Japan",
                        null,
                        UNITED_STATES,
                        OrganizationKind.BUSINESS_ASSOCIATION))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(1)
                .title("Summary")
                // The title names nothing; the discussions it lists are these topics.
                .addTopic("5g")
                .addTopic("third-country-cooperation")
                .addTopic("ai")
                .addTopic("iot-security")
                .addTopic("data-free-flow")
                .addStatement(
                    said(
                        StatementAct.PROPOSED,
                        "In this connection, the Japan Economic Organization Federation and the"
                            + " American Chamber of Commerce in Japan participated and submitted a"
                            + " joint statement addressed to the Japanese and U.S. governments.",
                        JAPAN,
                        UNITED_STATES))
                .addStatement(
                    said(
                        StatementAct.EXCHANGED_VIEWS,
                        "The dialogue included the following discussions with private sector"
                            + " representatives from both countries: The promotion of safe,"
                            + " reliable, and robust 5G networks and services, a public-private"
                            + " partnership to support the development of the digital economy in"
                            + " third countries, a public-private partnership to support the"
                            + " responsible management of reliable AI, international cooperation"
                            + " on sharing best practices related to IoT security, the promotion"
                            + " of free data distribution, and the deepening of public trust in"
                            + " AI.",
                        JAPAN,
                        UNITED_STATES))
                .addOutcome(
                    bound(
                        Commitment.SHARED_VIEW,
                        "The two governments welcomed the proposal presented by representatives of"
                            + " the private sector consisting of the American Chamber of Commerce"
                            + " in Japan and the Japan Business Federation.",
                        JAPAN,
                        UNITED_STATES))
                .build())
        .build();
  }

  private static AgendaItem fiveG() {
    return AgendaItem.builder()
        .number(2)
        .title("5G, B5G, and Cybersecurity")
        .addOutcome(
            bound(
                Commitment.SHARED_VIEW,
                "The two countries recognized the importance of promoting cooperation for all"
                    + " countries, including developed and emerging countries, in making sure that"
                    + " each country, business, and citizen can trust in 5G networks, its"
                    + " equipment, software, and service providers to support the development of"
                    + " digital economies, strengthen cybersecurity, and protect privacy,"
                    + " intellectual property, and human rights.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.SHARED_VIEW,
                "The two countries also recognized the importance of trust and the rule of law as"
                    + " principles that underpin a secure ICT supply chain.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            // A joint emphasis: both sides state the same view.
            bound(
                Commitment.SHARED_VIEW,
                "The two countries emphasized the value of a transparent, open, and interoperable"
                    + " 5G network architecture to support security and vendor diversity.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.AGREED_TO_COOPERATE,
                "In this regard, the two countries intend to continue working together in the"
                    + " international arena on 5G network security and open and interoperable"
                    + " networks, such as the upcoming Prague 5G Security Conference.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.AGREED_TO_COOPERATE,
                "Furthermore, the two countries intend to strengthen cooperation in the field of"
                    + " Beyond 5G (6G) technology, including research, development, and"
                    + " international standards.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.CONTINUE_DIALOGUE,
                "The two countries acknowledged the need for ongoing discussions between Japanese"
                    + " and U.S. experts on open networks, vendor diversity, 5G architecture, and"
                    + " more.",
                JAPAN,
                UNITED_STATES))
        .build();
  }

  private static AgendaItem internationalArena() {
    return AgendaItem.builder()
        .number(3)
        .title("Cooperation and AI in the International Arena")
        .addOutcome(
            bound(
                Commitment.REAFFIRMED,
                "Japan and the United States emphasized their continued commitment to close"
                    + " international cooperation to improve the global digital economic policy"
                    + " environment.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.REAFFIRMED,
                "Their commitment includes cooperation at the World Trade Organization (WTO), the"
                    + " International Telecommunication Union (ITU), the Organization for Economic"
                    + " Co-operation and Development (OECD), the Asia-Pacific Economic Cooperation"
                    + " (APEC), G20, G7, and the Internet Governance Forum (IGF).",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.REAFFIRMED,
                "The two countries reaffirmed their commitment to a comprehensive, open, and"
                    + " transparent Internet governance system based on a multi-stakeholder"
                    + " approach.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.REAFFIRMED,
                "The two countries also reaffirmed their support for the OECD’s recommendations on"
                    + " AI and confirmed that they would continue working on AI through the OECD"
                    + " and GPAI.",
                JAPAN,
                UNITED_STATES))
        .build();
  }

  private static AgendaItem dataDistribution() {
    return AgendaItem.builder()
        .number(4)
        .title("International and Free Data Distribution")
        .addOutcome(
            bound(
                Commitment.SHARED_VIEW,
                "Japan and the United States welcomed the recent entry into force of the Japan-U.S."
                    + " Digital Trade Agreement.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.REAFFIRMED,
                "Besides, the two countries confirmed their continued commitment to policy debates"
                    + " to harness the full potential of data and digital economies.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.AGREED_TO_COOPERATE,
                "The two countries intend to continue working with international partners to"
                    + " promote rules that support the distribution of international data,"
                    + " including personal information.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.REAFFIRMED,
                "The two countries reaffirmed their commitment to work together to increase their"
                    + " participation in the APEC’s Cross-Border Privacy Rules (CBPR) system.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.SHARED_VIEW,
                "The two countries recognize that the CBPR will be a relevant system that promotes"
                    + " interoperability and builds a useful and internationally acceptable"
                    + " cross-border data distribution framework.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.REAFFIRMED,
                "The two countries further reaffirmed their commitment to a current review of the"
                    + " implementation of the OECD Privacy Guidelines.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            // The release repeats the previous sentence; kept, and noted on the session.
            bound(
                Commitment.REAFFIRMED,
                "The two countries also reaffirmed their commitment to a current review of the"
                    + " implementation of the OECD Privacy Guidelines.",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            bound(
                Commitment.SHARED_VIEW,
                "Moreover, the two countries recognized the importance of further discussions so"
                    + " that the guidelines can address data localization and unlimited"
                    + " government access, which can be new barriers to cross-border data"
                    + " distribution.",
                JAPAN,
                UNITED_STATES))
        .addStatement(
            said(
                StatementAct.EMPHASIZED,
                "Japan also emphasized the importance of the concept of Data Free Flow with"
                    + " Trust.",
                JAPAN))
        .build();
  }

  private static AgendaItem thirdCountries() {
    return AgendaItem.builder()
        .number(5)
        .title("Third Country Cooperation")
        .addOutcome(
            bound(
                Commitment.REAFFIRMED,
                "The two countries reaffirmed their commitment to a vibrant, innovative, and secure"
                    + " global digital economy through the Japan-U.S. Strategic Digital Economy"
                    + " Partnership (JUSDEP) Working Group, which was held twice in 2020 (one of"
                    + " which was held as part of the Internet Economy Policy Dialogue).",
                JAPAN,
                UNITED_STATES))
        .addOutcome(
            // "confirmed the ongoing cooperation": an existing commitment, reaffirmed.
            bound(
                Commitment.REAFFIRMED,
                "Participants endorsed the Free and Open Indo-Pacific and confirmed the ongoing"
                    + " cooperation between the two countries in areas, such as smart cities,"
                    + " network infrastructure, and human resource development.",
                JAPAN,
                UNITED_STATES))
        .build();
  }
}
