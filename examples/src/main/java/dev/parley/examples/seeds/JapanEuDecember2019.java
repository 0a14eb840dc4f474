package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.Parties.EUROPEAN_UNION;
import static dev.parley.examples.seeds.Parties.JAPAN;
import static dev.parley.examples.seeds.Parties.MIC;
import static dev.parley.examples.seeds.Release.body;
import static dev.parley.examples.seeds.Release.bound;
import static dev.parley.examples.seeds.Release.said;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Completeness;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Place;
import dev.parley.core.model.PublishedTitle;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatementAct;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Two meetings in Tokyo reported by one release in two languages (MIC, 17 December 2019): the 9th
 * Japan-EU ICT Strategy Workshop on 11 December and the 25th Japan-EU ICT Policy Dialogue on 13
 * December 2019. The English and Japanese releases title the first item differently ("International
 * collaboration", 多国間協力: multilateral cooperation) and number the items differently (1., ア). Both
 * copies at hand are cut off: the English during item 4, the Japanese during item ウ (3), and
 * neither reaches the workshop's part. Outside the seeds; read off the two releases in the pages
 * corpus. Statements keep the clause that carries a fact, not the release's prose.
 */
public final class JapanEuDecember2019 {
  /** Index of the English release in each session's sources. */
  static final int ENGLISH = 0;

  /** Index of the Japanese release in each session's sources. */
  static final int JAPANESE = 1;

  private static final Place TOKYO = Place.builder().city("Tokyo").country("Japan").build();

  private static final Organization DG_CONNECT =
      body(
          "Directorate-General for Communications Networks, Content and Technology of the"
              + " European Commission",
          null,
          EUROPEAN_UNION,
          OrganizationKind.INTERNATIONAL_BODY);

  private JapanEuDecember2019() {}

  /**
   * The release in both languages, which reports both meetings.
   *
   * @return the English release, then the Japanese
   */
  static List<Source> sources() {
    return List.of(
        Source.builder()
            .publisher(Parties.PUBLISHER)
            .title(
                "Results of 25th Japan-EU ICT Policy Dialogue and 9th Japan-EU ICT Strategy"
                    + " Workshop")
            .language("en")
            .published(LocalDate.of(2019, 12, 17))
            .url(
                URI.create(
                    "https://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/pressrelease/2019/12/17_1.html"))
            .build(),
        Source.builder()
            .publisher("総務省")
            .title("日EU・ICT政策対話(第25回)及び日EU・ICT戦略ワークショップ(第9回)の結果")
            .language("ja")
            .published(LocalDate.of(2019, 12, 17))
            .url(URI.create("https://www.soumu.go.jp/menu_news/s-news/01tsushin08_02000112.html"))
            .build());
  }

  /**
   * Both meetings, each of its own series, citing the same release.
   *
   * @return the workshop, then the dialogue
   */
  public static List<Session> sessions() {
    return List.of(ninthWorkshop(), twentyFifthDialogue());
  }

  /**
   * The 25th Japan-EU ICT Policy Dialogue, 13 December 2019, Tokyo, known in part.
   *
   * @return the session
   */
  public static Session twentyFifthDialogue() {
    String cut =
        "the English copy at hand ends during item 4 and the Japanese during item ウ (3);"
            + " whether more items followed is not known";
    return Session.builder()
        .dialogue(JapanEuPolicyDialogue.DIALOGUE)
        .ordinal(25)
        .title("25th Japan-EU ICT Policy Dialogue")
        .addTitle(PublishedTitle.of("日EU・ICT政策対話(第25回)", "ja", JAPANESE))
        .start(PartialDate.of(2019, 12, 13))
        .place(TOKYO)
        .mode(MeetingMode.IN_PERSON)
        .completeness(Completeness.partial(cut))
        .addSegment(
            Segment.builder()
                .title("25th Japan-EU ICT Policy Dialogue")
                .kind(SegmentKind.GOVERNMENT_DIALOGUE)
                .agendaCompleteness(Completeness.partial(cut))
                .addDelegation(Delegation.builder().party(JAPAN).addOrganization(MIC).build())
                .addDelegation(
                    Delegation.builder().party(EUROPEAN_UNION).addOrganization(DG_CONNECT).build())
                .addItem(internationalCollaboration())
                .addItem(fiveG())
                .addItem(cybersecurity())
                .addItem(
                    AgendaItem.builder()
                        .number(4)
                        .numberLabel("4.")
                        .title("Standardization and international joint research")
                        .addStatement(
                            said(
                                StatementAct.EXPLAINED,
                                "Japan explained the progress and future direction of Japan-EU"
                                    + " collaboration in ICT international joint research and"
                                    + " standardization.",
                                JAPAN))
                        .build())
                .build())
        .sources(sources())
        .addNote(
            "The English release repeats words in item 2 (\"Japan and the EU and Japan will"
                + " continue ...\"); recorded as one outcome of both parties.")
        .build();
  }

  private static AgendaItem internationalCollaboration() {
    return AgendaItem.builder()
        .number(1)
        .numberLabel("1.")
        .title("International collaboration")
        .addTitle(PublishedTitle.of("多国間協力", "ja", JAPANESE))
        .addStatement(
            said(
                StatementAct.EXPLAINED,
                "Japan and the EU explained future actions on the Japan-EU partnership on"
                    + " connectivity.",
                JAPAN,
                EUROPEAN_UNION))
        .addStatement(
            said(
                StatementAct.EXPLAINED,
                "Japan explained the results of the G20 Ibaraki-Tsukuba Ministerial Meeting on"
                    + " Trade and Digital Economy.",
                JAPAN))
        .addOutcome(
            bound(
                Commitment.AGREED_TO_COOPERATE,
                "Japan and the EU will continue cooperating in international frameworks, such as"
                    + " the G7 and G20 summits, while promoting cooperation in connectivity.",
                JAPAN,
                EUROPEAN_UNION))
        .build();
  }

  private static AgendaItem fiveG() {
    return AgendaItem.builder()
        .number(2)
        .numberLabel("2.")
        .title("5G")
        .addTitle(PublishedTitle.of("5G", "ja", JAPANESE))
        .addStatement(
            said(
                StatementAct.EXPLAINED,
                "Both explained their initiatives for launching 5G commercial services and for 5G"
                    + " security.",
                JAPAN,
                EUROPEAN_UNION))
        .addOutcome(
            bound(
                Commitment.AGREED_TO_COOPERATE,
                "Japan and the EU will continue sharing the status of their efforts and promote"
                    + " cooperation.",
                JAPAN,
                EUROPEAN_UNION))
        .build();
  }

  private static AgendaItem cybersecurity() {
    return AgendaItem.builder()
        .number(3)
        .numberLabel("3.")
        .title("Cybersecurity")
        .addTitle(PublishedTitle.of("サイバーセキュリティ", "ja", JAPANESE))
        .addStatement(
            said(
                StatementAct.EXPLAINED,
                "The EU explained its cybersecurity policy, including the Cybersecurity Act.",
                EUROPEAN_UNION))
        .addStatement(
            said(StatementAct.EXPLAINED, "Japan explained MIC's cybersecurity initiatives.", JAPAN))
        .addOutcome(
            bound(
                Commitment.AGREED_TO_COOPERATE,
                "Japan and the EU will continue sharing the status of their efforts and promote"
                    + " cooperation.",
                JAPAN,
                EUROPEAN_UNION))
        .build();
  }

  /**
   * The 9th Japan-EU ICT Strategy Workshop, 11 December 2019, Tokyo: the release reports it after
   * the dialogue, and neither copy at hand reaches that part, so its agenda is unknown.
   *
   * @return the session
   */
  public static Session ninthWorkshop() {
    return Session.builder()
        .dialogue(JapanEuStrategyWorkshop.DIALOGUE)
        .ordinal(9)
        .title("9th Japan-EU ICT Strategy Workshop")
        .addTitle(PublishedTitle.of("日EU・ICT戦略ワークショップ(第9回)", "ja", JAPANESE))
        .start(PartialDate.of(2019, 12, 11))
        .place(TOKYO)
        .mode(MeetingMode.IN_PERSON)
        .completeness(
            Completeness.partial(
                "both copies at hand of the joint release end before its part on the workshop"))
        .addSegment(
            Segment.builder()
                .title("9th Japan-EU ICT Strategy Workshop")
                .kind(SegmentKind.PUBLIC_PRIVATE_MEETING)
                .agendaCompleteness(Completeness.unknown())
                .build())
        .sources(sources())
        .build();
  }
}
