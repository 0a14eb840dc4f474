package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.Parties.EUROPEAN_UNION;
import static dev.parley.examples.seeds.Parties.JAPAN;
import static dev.parley.examples.seeds.Parties.MIC;
import static dev.parley.examples.seeds.Release.body;
import static dev.parley.examples.seeds.Release.bound;
import static dev.parley.examples.seeds.Release.said;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Claim;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Completeness;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.Discrepancy;
import dev.parley.core.model.MeetingMode;
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

/**
 * The 28th Japan-EU ICT Policy Dialogue (Brussels, 24 February 2023, some participants online), a
 * meeting known only in part: the copies at hand of MIC's English release (28 February 2023) and of
 * its Japanese release both end during the second item. Outside the seeds; read off the two
 * releases in the pages corpus. Statements keep the clause that carries a fact, not the release's
 * prose.
 */
public final class JapanEuTwentyEighth {
  /** Index of the English release in the session's sources. */
  static final int ENGLISH = 0;

  /** Index of the Japanese release in the session's sources. */
  static final int JAPANESE = 1;

  private static final String CUT =
      "the copies at hand of the English and the Japanese release both end during item 2;"
          + " whether more items followed is not known";

  private JapanEuTwentyEighth() {}

  /**
   * The 28th Japan-EU ICT Policy Dialogue, 24 February 2023, Brussels, known in part.
   *
   * @return the session
   */
  public static Session session() {
    return Session.builder()
        .dialogue(JapanEuPolicyDialogue.DIALOGUE)
        .ordinal(28)
        .title("28th Japan-EU ICT Policy Dialogue")
        .addTitle(PublishedTitle.of("日EU・ICT政策対話(第28回)", "ja", JAPANESE))
        .start(PartialDate.of(2023, 2, 24))
        .place(Place.builder().city("Brussels").country("Belgium").build())
        .mode(MeetingMode.HYBRID)
        .completeness(Completeness.partial(CUT))
        .addSegment(dialogue())
        .addOutcome(
            bound(
                Commitment.CONTINUE_DIALOGUE,
                "Based on the results of this meeting, Japan and the EU will advance efforts to"
                    + " further deepen cooperation and make it more concrete.",
                JAPAN,
                EUROPEAN_UNION))
        .addSource(
            Source.builder()
                .publisher(Parties.PUBLISHER)
                .title("Results of 28th Japan-EU ICT Policy Dialogue")
                .language("en")
                .published(LocalDate.of(2023, 2, 28))
                .url(
                    URI.create(
                        "https://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/pressrelease/2023/2/28_04.html"))
                .build())
        .addSource(
            Source.builder()
                .publisher("総務省")
                .title("日EU・ICT政策対話(第28回)の結果")
                .language("ja")
                .url(
                    URI.create(
                        "https://www.soumu.go.jp/menu_news/s-news/01tsushin08_02000148.html"))
                .build())
        .addDiscrepancy(
            Discrepancy.builder()
                .fact("outcomes[0].commitment")
                .addClaim(Claim.of("agreed-to-cooperate", ENGLISH))
                .addClaim(Claim.of("continue-dialogue", JAPANESE))
                .followed(1)
                .note(
                    "The English release says the sides will advance efforts to deepen"
                        + " cooperation; the Japanese, the original, that they will continue"
                        + " discussing towards it (引き続き議論してまいります).")
                .build())
        .addNote(
            "The copy at hand of the Japanese release has lost its date; the English one is dated"
                + " 28 February 2023.")
        .build();
  }

  private static Segment dialogue() {
    return Segment.builder()
        .title("28th Japan-EU ICT Policy Dialogue")
        .kind(SegmentKind.GOVERNMENT_DIALOGUE)
        .agendaCompleteness(Completeness.partial(CUT))
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
                .numberLabel("1.")
                .title("Smart Cities")
                .addTitle(PublishedTitle.of("スマートシティ", "ja", JAPANESE))
                .addStatement(
                    said(
                        StatementAct.INTRODUCED,
                        "Japan introduced MIC's Smart Cities initiatives, such as support for"
                            + " City OS and the Smart City Guidelines.",
                        JAPAN))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "The EU explained its initiatives to promote Smart Cities in Europe.",
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.POINTED_OUT,
                        "The EU held that data sharing should rest on open standards, to avoid"
                            + " vendor lock-in.",
                        EUROPEAN_UNION))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(2)
                .numberLabel("2.")
                .title("5G and Beyond 5G (6G), etc.")
                .addTitle(PublishedTitle.of("5G/Beyond 5G(6G)等", "ja", JAPANESE))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "Japan explained its vision of Beyond 5G (6G), a new research and"
                            + " development fund and the Beyond 5G Promotion Consortium.",
                        JAPAN))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "The EU explained its budget for research and development projects.",
                        EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.EXCHANGED_VIEWS,
                        "Both sides exchanged views on future collaboration.",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .build();
  }
}
