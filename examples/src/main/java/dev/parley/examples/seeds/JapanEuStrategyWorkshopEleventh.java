package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.Parties.EUROPEAN_UNION;
import static dev.parley.examples.seeds.Parties.JAPAN;
import static dev.parley.examples.seeds.Parties.MIC;
import static dev.parley.examples.seeds.Release.bound;
import static dev.parley.examples.seeds.Release.said;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatementAct;
import java.net.URI;

/**
 * The 11th Japan-EU ICT Strategy Workshop (web conference, 15 to 16 April 2021), a meeting that MIC
 * reported in Japanese only (報道資料 "日EU・ICT戦略ワークショップ（第11回）の結果"). The record keeps the release's
 * agenda titles and the clauses that carry each outcome as published, in Japanese; statements are
 * summed up in our own words. It follows the English record of the 10th workshop ({@link
 * JapanEuStrategyWorkshop#tenth()}) in the same series, so the two diff topic by topic although one
 * is in English and the other in Japanese.
 */
public final class JapanEuStrategyWorkshopEleventh {
  /** Where MIC published the release. */
  public static final String URL =
      "https://www.soumu.go.jp/menu_news/s-news/01tsushin08_02000118.html";

  private JapanEuStrategyWorkshopEleventh() {}

  /**
   * The 11th Japan-EU ICT Strategy Workshop, 15 to 16 April 2021, online.
   *
   * @return the session
   */
  public static Session eleventh() {
    return Session.builder()
        .dialogue(JapanEuStrategyWorkshop.DIALOGUE)
        .ordinal(11)
        .title("日EU・ICT戦略ワークショップ（第11回）")
        .start(PartialDate.of(2021, 4, 15))
        .end(PartialDate.of(2021, 4, 16))
        .mode(MeetingMode.ONLINE)
        .addSegment(workshop())
        .addSource(
            Source.builder()
                .publisher(Parties.PUBLISHER)
                .title("日EU・ICT戦略ワークショップ（第11回）の結果")
                .url(URI.create(URL))
                .build())
        .addNote(
            "Recorded from the Japanese release, the only one MIC published; the first two agenda"
                + " items (ア and イ) are recorded, and the release goes on beyond them.")
        .build();
  }

  private static Segment workshop() {
    return Segment.builder()
        .title("日EU・ICT戦略ワークショップ（第11回）")
        .kind(SegmentKind.PUBLIC_PRIVATE_MEETING)
        .addDelegation(Delegation.builder().party(JAPAN).addOrganization(MIC).build())
        .addDelegation(
            Delegation.builder()
                .party(EUROPEAN_UNION)
                .addOrganization(JapanEuStrategyWorkshop.EUROPEAN_COMMISSION)
                .build())
        .addItem(
            AgendaItem.builder()
                .title("ア 5G/Beyond 5G(6G)")
                .addStatement(
                    said(StatementAct.INTRODUCED, "EU側がB5Gのビジョンと研究開発、産業界の取組を紹介した。", EUROPEAN_UNION))
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "日本側がB5Gの推進状況、日本企業の5G海外展開とOpen RANの取組を説明した。",
                        JAPAN))
                .addOutcome(
                    bound(
                        Commitment.SHARED_VIEW,
                        "研究開発や標準化における日EUの産学による連携の重要性について指摘があり",
                        JAPAN,
                        EUROPEAN_UNION))
                .addOutcome(
                    bound(
                        Commitment.AGREED_TO_COOPERATE,
                        "B5Gの早期実現に向けて協力していくこととされた",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .addItem(
            AgendaItem.builder()
                .title("イ サイバーセキュリティ")
                .addStatement(
                    said(
                        StatementAct.EXPLAINED,
                        "EU側がサイバーセキュリティ戦略とIoTセキュリティの相互運用性を説明した。",
                        EUROPEAN_UNION))
                .addStatement(
                    said(StatementAct.INTRODUCED, "日本側が情報共有組織間の連携と5Gセキュリティガイドラインを紹介した。", JAPAN))
                .addOutcome(
                    bound(
                        Commitment.CONTINUE_DIALOGUE,
                        "日EU間で引き続き意見交換と議論を継続していくこととされた",
                        JAPAN,
                        EUROPEAN_UNION))
                .build())
        .build();
  }
}
