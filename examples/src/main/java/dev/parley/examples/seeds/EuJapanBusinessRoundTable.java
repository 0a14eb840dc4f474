package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.Parties.EUROPEAN_UNION;
import static dev.parley.examples.seeds.Parties.ITALY;
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
import dev.parley.core.model.Outcome;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Place;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.Statement;
import dev.parley.core.model.StatementAct;
import java.util.List;

/**
 * The EU-Japan Business Round Table, and the State Minister's visit to Brussels and Italy around
 * its 19th annual meeting (11 to 13 July 2017): the round table, a meeting on the data economy, and
 * six talks with named officials of the European Commission, the European Parliament, the European
 * Data Protection Supervisor and Italy.
 */
public final class EuJapanBusinessRoundTable {
  /** The series, named EU first as the release names it. */
  public static final Dialogue DIALOGUE =
      Dialogue.builder()
          .id("eu-japan-business-round-table")
          .name("EU-Japan Business Round Table")
          .addParty(EUROPEAN_UNION)
          .addParty(JAPAN)
          .level(DialogueLevel.BUSINESS_ROUND_TABLE)
          .build();

  private static final Organization METI =
      body("Ministry of Economy, Trade and Industry", "METI", JAPAN, OrganizationKind.MINISTRY);
  private static final Organization MOFA =
      body("Ministry of Foreign Affairs", "MOFA", JAPAN, OrganizationKind.MINISTRY);
  private static final Organization COMMISSION =
      body("European Commission", "EC", EUROPEAN_UNION, OrganizationKind.INTERNATIONAL_BODY);

  private static final Participant SEKO =
      person("Hiroshige Seko", "Minister of Economy, Trade and Industry", METI);
  private static final Participant AKAMA =
      person("Jiro Akama", "State Minister for Internal Affairs and Communications", MIC);
  private static final Participant SONOURA =
      person("Kentaro Sonoura", "State Minister for Foreign Affairs", MOFA);
  private static final Participant ANSIP =
      person("Andrus Ansip", "EC Vice-President – Digital Single Market", COMMISSION);

  private static final PartialDate JULY_11 = PartialDate.of(2017, 7, 11);
  private static final PartialDate JULY_12 = PartialDate.of(2017, 7, 12);
  private static final PartialDate JULY_13 = PartialDate.of(2017, 7, 13);
  private static final Place BRUSSELS = Place.builder().city("Brussels").country("Belgium").build();
  private static final Place ITALY_VISIT = Place.builder().country("Italy").build();

  private EuJapanBusinessRoundTable() {}

  /**
   * The 19th annual meeting and the visit around it, 11 to 13 July 2017.
   *
   * @return the session
   */
  public static Session nineteenth() {
    return Session.builder()
        .dialogue(DIALOGUE)
        .ordinal(19)
        .title("19th Annual Meeting of Japan-EU BRT")
        .start(JULY_11)
        .end(JULY_13)
        .place(Place.builder().venue("Egmont Palace").city("Brussels").country("Belgium").build())
        .mode(MeetingMode.IN_PERSON)
        .addSegment(roundTable())
        .addSegment(dataEconomyMeeting())
        .addSegment(talkWithAnsip())
        .addSegment(talkWithButtarelli())
        .addSegment(talkOnDataEconomy())
        .addSegment(talkWithBuzek())
        .addSegment(talkWithCalenda())
        .addSegment(talkWithCardani())
        .addSource(
            // The release's title and date are lost in the text extracted from the PDF.
            Source.builder()
                .publisher(Parties.PUBLISHER)
                .title(
                    "State Minister Akama's participation in the 19th EU-Japan Business Round"
                        + " Table and visit to Brussels and Italy")
                .build())
        .addNote(
            "The release's title and publication date are cut off in the extracted text; the"
                + " source title is descriptive.")
        .addNote(
            "The release dates the talks in Italy \"Tuesday, July 13\" in its opening and"
                + " \"Thursday, July 13\" in section 4; 13 July 2017 was a Thursday.")
        .addNote(
            "The PDF extraction moved \"Development of high-quality infrastructure\", the fourth"
                + " point of the talks with Minister Calenda, into the sentence about the talks"
                + " with President Cardani; it is recorded as the fourth point.")
        .addNote(
            "Approximately 50 Japanese and EU business leaders (corporate executive officers)"
                + " attended the round table; the release gives no exact count.")
        .addNote(
            "The release quotes the content of the Japan-EU Joint Press Statement issued in"
                + " Hanover in March 2017: (1) Promoting high standards of data protection and"
                + " facilitating the free flow of data; (2) Promoting industrial cooperation; (3)"
                + " Strengthening the dialogue on the challenges of the data economy to promote"
                + " alignment; (4) Jointly improving tools to measure impacts of the data"
                + " economy.")
        .build();
  }

  private static Segment roundTable() {
    Statement speeches =
        said(
            StatementAct.DELIVERED_SPEECH,
            "Furthermore, State Minister for Internal Affairs and Communications Jiro Akama"
                + " delivered speeches at two sessions, the former was on EU-Japan cooperation on"
                + " science, industrial technology, and innovation and the latter was on digital"
                + " economy issues.",
            JAPAN);
    return Segment.builder()
        .title("19th Annual Meeting of Japan-EU BRT")
        .kind(SegmentKind.BUSINESS_ROUND_TABLE)
        .date(JULY_11)
        .place(Place.builder().venue("Egmont Palace").city("Brussels").country("Belgium").build())
        .summary(
            "Approximately 50 Japanese and EU business leaders (corporate executive officers)"
                + " attended the meeting and held discussions from the standpoint of the industry"
                + " towards the reinforcement of the economic relations between Japan and the"
                + " EU.")
        .addDelegation(
            Delegation.builder()
                .party(JAPAN)
                .addMember(SEKO)
                .addMember(AKAMA)
                .addMember(SONOURA)
                .build())
        .addItem(AgendaItem.builder().number(1).title("Opening").build())
        .addItem(
            AgendaItem.builder()
                .number(2)
                .title("Science, Industrial Technology, and Innovation")
                .addStatement(speeches)
                .addStatement(
                    said(
                        StatementAct.EXCHANGED_VIEWS,
                        "The participants exchanged their opinions and discussed a number of"
                            + " issues, including the Internet of things (IoT) and 5th generation"
                            + " mobile networks (5G) in the former session",
                        EUROPEAN_UNION,
                        JAPAN))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(3)
                .title("Japan-EU Economic Partnership Agreement (EPA) and International Trade")
                .build())
        .addItem(
            AgendaItem.builder()
                .number(4)
                .title("Digital Economy")
                .addStatement(speeches)
                .addStatement(
                    said(
                        StatementAct.EXCHANGED_VIEWS,
                        "and those, including the free flow of data, utilization of data, and"
                            + " international standardization of the IoT in the latter session.",
                        EUROPEAN_UNION,
                        JAPAN))
                .build())
        .addItem(AgendaItem.builder().number(5).title("Public-Private Joint Sessions").build())
        .build();
  }

  private static Segment dataEconomyMeeting() {
    return Segment.builder()
        .title("Meeting on Data Economy")
        .kind(SegmentKind.SIDE_MEETING)
        .date(JULY_11)
        .place(BRUSSELS)
        .summary(
            "Taking the opportunity of the EU-Japan BRT, Japan and EU government officials held a"
                + " meeting on the data economy in Brussels, Belgium, on Tuesday, July 11. This"
                + " meeting was related to the strengthening of the dialogue on the data economy"
                + " mentioned in the Japan-EU Joint Press Statement, which was issued in Hanover,"
                + " Germany, this March.")
        .addItem(
            // The release gives this meeting no agenda; its heading stands for the one item.
            AgendaItem.builder()
                .title("Meeting on Data Economy")
                .addStatement(
                    said(
                        StatementAct.INTRODUCED,
                        "The participants mutually introduced the ICT policies of Japan and the"
                            + " EU",
                        JAPAN,
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.EXCHANGED_VIEWS,
                        "and exchanged their opinions and discussed a number of issues, including"
                            + " those on environment development for the data economy as well as"
                            + " those on the free flow and utilization of data.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .build();
  }

  private static Segment talk(
      String title,
      PartialDate date,
      Place place,
      List<Participant> japan,
      Delegation counterpart,
      AgendaItem... items) {
    return Segment.builder()
        .title(title)
        .kind(SegmentKind.BILATERAL_TALK)
        .date(date)
        .place(place)
        .addDelegation(Delegation.builder().party(JAPAN).members(japan).build())
        .addDelegation(counterpart)
        .addAgenda(items)
        .build();
  }

  private static Segment talkWithAnsip() {
    // Bilateral talks publish no agenda titles; each item's title is the subject as the
    // release words it.
    return talk(
        "Talks with Mr. Andrus Ansip (EC Vice-President – Digital Single Market)",
        JULY_11,
        BRUSSELS,
        List.of(AKAMA),
        Delegation.builder().party(EUROPEAN_UNION).addMember(ANSIP).build(),
        AgendaItem.builder()
            // The release names no matter of these talks but what the cooperation is to serve;
            // the title is that phrase as published ("deepen their cooperation ... in the early
            // realization of 5G"), not a summary of the sentence.
            .title("Early realization of 5G")
            .addOutcome(
                // "confirmed that ... would continue their dialogue ... and deepen their
                // cooperation": an agreement to cooperate, not the reaffirming of an old one.
                bound(
                    Commitment.AGREED_TO_COOPERATE,
                    "State Minister for Internal Affairs and Communications Jiro Akama held talks"
                        + " with Mr. Andrus Ansip (EC Vice-President – Digital Single Market) on"
                        + " Tuesday, July 11, where they confirmed that Japan and the EU would"
                        + " continue their dialogue closely in the ICT field and deepen their"
                        + " cooperation in the future in the early realization of 5G.",
                    JAPAN,
                    EUROPEAN_UNION))
            .build());
  }

  private static Segment talkWithButtarelli() {
    Organization edps =
        body(
            "European Data Protection Supervisor",
            "EDPS",
            EUROPEAN_UNION,
            OrganizationKind.REGULATOR);
    return talk(
        "Talks with European Data Protection Supervisor (EDPS) Giovanni Buttarelli",
        JULY_11,
        BRUSSELS,
        List.of(AKAMA),
        Delegation.builder()
            .party(EUROPEAN_UNION)
            .addMember(person("Giovanni Buttarelli", "European Data Protection Supervisor", edps))
            .build(),
        AgendaItem.builder()
            .title("Development of rules for the IoT era")
            .addStatement(
                said(
                    StatementAct.EXCHANGED_VIEWS,
                    "where they exchanged opinions on the development of rules for the IoT era.",
                    JAPAN,
                    EUROPEAN_UNION))
            .build());
  }

  private static Segment talkOnDataEconomy() {
    return talk(
        "Talks with Mr. Andrus Ansip and Ms. Věra Jourová",
        JULY_11,
        BRUSSELS,
        List.of(SEKO, AKAMA, SONOURA),
        Delegation.builder()
            .party(EUROPEAN_UNION)
            .addMember(ANSIP)
            .addMember(
                person(
                    "Věra Jourová",
                    "Commissioner – Justice, Consumers and Gender Equality",
                    COMMISSION))
            .build(),
        AgendaItem.builder()
            .title("Strengthening the dialogue on the challenges of the data economy")
            .addStatement(
                said(
                    StatementAct.EXCHANGED_VIEWS,
                    "During the talks, they exchanged their opinions at a high level on the"
                        + " development of rules to make maximum use of various data,"
                        + " environmental development for the promotion of the IoT era, and"
                        + " issues toward the achievement of the data economy.",
                    JAPAN,
                    EUROPEAN_UNION))
            .build());
  }

  private static Segment talkWithBuzek() {
    Organization parliament =
        body("European Parliament", null, EUROPEAN_UNION, OrganizationKind.LEGISLATURE);
    return talk(
        "Talks with Jerzy Buzek, Member of the European Parliament",
        JULY_12,
        // The release does not say where; the visit was in Brussels until the 13th.
        BRUSSELS,
        List.of(AKAMA),
        Delegation.builder()
            .party(EUROPEAN_UNION)
            .addMember(
                person(
                    "Jerzy Buzek",
                    "Member of the European Parliament (Chair of the Committee on Industry,"
                        + " Research and Energy, former Prime Minister of the Republic of Poland,"
                        + " and former President of the European Parliament)",
                    parliament))
            .build(),
        AgendaItem.builder()
            .title("Promotion of Society 5.0 and artificial intelligence (AI)")
            .addStatement(
                said(
                    StatementAct.EXCHANGED_VIEWS,
                    "During the talks, they exchanged their opinions on the promotion of Society"
                        + " 5.0 and artificial intelligence (AI).",
                    JAPAN,
                    EUROPEAN_UNION))
            .build());
  }

  private static Segment talkWithCalenda() {
    Organization ministry =
        body("Ministry of Economic Development", null, ITALY, OrganizationKind.MINISTRY);
    // One outcome covers the four points, so each point carries it.
    Outcome cooperate =
        bound(
            Commitment.AGREED_TO_COOPERATE,
            "During the talks, they confirmed that both countries would cooperate to deepen their"
                + " discussion over the following points with consideration of the outcomes of"
                + " last year’s G7 ICT Ministers’ Meeting in Takamatsu, Kagawa, Japan, and work"
                + " together to lead the discussion toward a success of the forthcoming G7 ICT and"
                + " Industry Minister’s Meeting in Turin in September this year.",
            JAPAN,
            ITALY);
    return talk(
        "Talks with Minister of Economic Development Carlo Calenda",
        JULY_13,
        ITALY_VISIT,
        List.of(AKAMA),
        Delegation.builder()
            .party(ITALY)
            .addMember(person("Carlo Calenda", "Minister of Economic Development", ministry))
            .build(),
        AgendaItem.builder()
            .number(1)
            .title("Promotion of innovation through next-generation production revolution")
            .addOutcome(cooperate)
            .build(),
        AgendaItem.builder()
            .number(2)
            .title("Promotion of free flow of information")
            .addOutcome(cooperate)
            .build(),
        AgendaItem.builder().number(3).title("Promotion of AI").addOutcome(cooperate).build(),
        AgendaItem.builder()
            .number(4)
            .title("Development of high-quality infrastructure")
            .addOutcome(cooperate)
            .build());
  }

  private static Segment talkWithCardani() {
    Organization agcom =
        body("Communications Regulatory Authority", null, ITALY, OrganizationKind.REGULATOR);
    return talk(
        "Talks with President Angelo Marcello Cardani of the Communications Regulatory Authority",
        JULY_13,
        ITALY_VISIT,
        List.of(AKAMA),
        Delegation.builder()
            .party(ITALY)
            .addMember(person("Angelo Marcello Cardani", "President", agcom))
            .build(),
        AgendaItem.builder()
            .title("Information and communication regulatory policies")
            .addStatement(
                said(
                    StatementAct.EXCHANGED_VIEWS,
                    "exchanged their opinions on the current status and issues of the information"
                        + " and communication regulatory policies of the both countries",
                    JAPAN,
                    ITALY))
            .addOutcome(
                bound(
                    Commitment.REAFFIRMED,
                    "and confirmed their continuous cooperation in common challenges, including"
                        + " the promotion of the IoT, improvement of competition policies in the"
                        + " telecommunications field, and the early achievement of 5G.",
                    JAPAN,
                    ITALY))
            .build());
  }
}
