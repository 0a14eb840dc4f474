package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommitmentTest {
  @Test
  void scaleRunsFromInformedToJointAction() {
    assertThat(Commitment.values())
        .extracting(Commitment::code)
        .containsExactly(
            "informed",
            "shared-view",
            "continue-dialogue",
            "reaffirmed",
            "agreed-to-cooperate",
            "joint-action");
  }

  @Test
  void agreeingToCooperateIsStrongerThanContinuingTheDialogue() {
    assertThat(Commitment.AGREED_TO_COOPERATE.isStrongerThan(Commitment.CONTINUE_DIALOGUE))
        .isTrue();
    assertThat(Commitment.CONTINUE_DIALOGUE.isStrongerThan(Commitment.AGREED_TO_COOPERATE))
        .isFalse();
    assertThat(Commitment.REAFFIRMED.isStrongerThan(Commitment.REAFFIRMED)).isFalse();
  }

  @Test
  void strongestPicksTheHigherLevel() {
    assertThat(Commitment.strongest(Commitment.INFORMED, Commitment.JOINT_ACTION))
        .isEqualTo(Commitment.JOINT_ACTION);
    assertThat(Commitment.strongest(Commitment.REAFFIRMED, Commitment.SHARED_VIEW))
        .isEqualTo(Commitment.REAFFIRMED);
  }

  @Test
  void parsesItsCodes() {
    assertThat(Commitment.parse("continue-dialogue")).isEqualTo(Commitment.CONTINUE_DIALOGUE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Japan explained the launch status of 5G commercial services.; informed",
        "The EU side also showed a high interest in the strategy.; informed",
        "They pointed out the importance of baseline requirements.; shared-view",
        "The two governments welcomed the proposal.; shared-view",
        "Japan and the EU shared concerns about monopoly platformers.; shared-view",
        "Both parties will continue exchanging opinions on GAIA-X.; continue-dialogue",
        "Both parties decided to continue sharing information.; continue-dialogue",
        "Both Japan and the EU decided to continue discussions.; continue-dialogue",
        "The two countries reaffirmed their commitment to a multi-stakeholder approach.; reaffirmed",
        "They agreed to cooperate on 5G.; agreed-to-cooperate",
        "Japan and the EU also decided to promote cooperation in joint research.;"
            + " agreed-to-cooperate",
        "The two countries intend to strengthen cooperation in Beyond 5G.; agreed-to-cooperate",
        "Japan explained X, and both parties decided to continue their cooperation.;"
            + " agreed-to-cooperate",
        "Both countries selected the following joint projects and decided to collaborate in"
            + " implementing the projects.; joint-action"
      })
  void suggestsTheLevelTheWordingExpresses(String wording, String level) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.parse(level));
  }

  @Test
  void suggestsNothingForUnknownWording() {
    assertThat(Commitment.suggest("The weather in Tokyo was fine.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The two sides agreed to continue exchanging views on AI.; continue-dialogue",
        "The two sides agreed to strengthen their cooperation on AI.; agreed-to-cooperate",
        "The ministers discussed future cooperation on quantum technology.; informed",
        "Both sides confirmed the importance of secure networks.; shared-view",
        "Both sides confirmed that they will keep working together.; reaffirmed",
        "Both sides confirmed that the two ministries would cooperate on spectrum policy.;"
            + " agreed-to-cooperate",
        "They confirmed that the two governments would keep their dialogue going and deepen"
            + " their cooperation on satellites.; agreed-to-cooperate",
        "They confirmed that the two governments would deepen their discussion of satellites.;"
            + " continue-dialogue",
        "They confirmed that the agencies would continue to cooperate on satellites.; reaffirmed",
        "Both sides confirmed the continued use of remote tools by public offices during the"
            + " outbreak and the importance of secure networks for them.; shared-view",
        "They confirmed the progress of the three projects in two fields, which were chosen at"
            + " the first meeting.; reaffirmed",
        "They will continue sharing information and promote cooperation.; agreed-to-cooperate",
        "日本側から、量子技術の取組について説明しました。; informed",
        "両国は、量子技術の重要性について認識を共有しました。; shared-view",
        "引き続き意見交換を行うこととしました。; continue-dialogue",
        "海底ケーブル分野で協力していくことで一致しました。; agreed-to-cooperate",
        "両国は今後も電波分野で連携していくことを確認しました。; agreed-to-cooperate",
        "両省は衛星分野での協力の強化について確認しました。; agreed-to-cooperate",
        "両国は引き続き電波分野で連携していくことを確認しました。; reaffirmed",
        "両省のこれまでの緊密な協力を確認しました。; reaffirmed",
        "両国間での連携が確認されました。; reaffirmed",
        "共同プロジェクトを選定しました。; joint-action"
      })
  void readsTheMainVerbAndItsComplement(String wording, String level) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.parse(level));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The ministers signed a memorandum of cooperation on 5G.; joint-action",
        "The two sides adopted a joint statement on AI.; joint-action",
        "A joint declaration was issued at the end of the meeting.; joint-action",
        "The ministers approved the work plan for 2025.; joint-action",
        "They agreed to launch a working group on submarine cables.; joint-action",
        "They decided to set up a task force on quantum.; joint-action",
        "They welcomed the launch of the partnership.; shared-view",
        "Japan explained its recently released AI strategy document.; informed",
        "Both sides agreed to hold a workshop on Open RAN next spring.; joint-action",
        "Both sides agreed to hold the next dialogue in Tokyo.; continue-dialogue",
        "Talks between the regulators on spectrum will also continue.; continue-dialogue",
        "Japan and Korea reaffirmed the importance of secure networks.; shared-view",
        "They confirmed their commitment to continue promoting open networks.; reaffirmed",
        "両省は協力覚書に署名しました。; joint-action",
        "成果文書を発出しました。; joint-action",
        "共同声明が取りまとめられた。; joint-action",
        "「協力プラットフォーム」を立ち上げました。; joint-action",
        "来年セミナーを開催することで一致した。; joint-action",
        "同協定を更新しました。; reaffirmed",
        "引き続き両国の政策について意見交換を継続する。; continue-dialogue",
        "量子分野の情報交換を進めることを確認した。; continue-dialogue",
        "AI分野の協力関係を強化し、; agreed-to-cooperate",
        "オープンな通信網の重要性を再確認しました。; shared-view",
        "日本側から電子署名の制度について説明しました。; informed",
        "EU側から、共同声明を採択したことについて報告した。; informed",
        "共同声明の署名に向けて議論を行った。; informed"
      })
  void readsJointDocumentsBodiesAndFinalPredicates(String wording, String level) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.parse(level));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The ministers did not sign the memorandum.",
        "Exchanges on AI will not continue.",
        "協力覚書の署名には至らなかった。",
        "The two sides have not confirmed their commitment.",
        "The two sides did not agree to cooperate on 5G.",
        "They didn't agree on a joint approach.",
        "The parties have yet to agree to cooperate.",
        "共同研究の実施について合意には至らなかった。",
        "協力について合意しませんでした。",
        "The delegations exchanged views, but no specific conclusion was reached.",
        "They met twice; no agreement came out of the talks."
      })
  void negationGivesNoSuggestion(String wording) {
    assertThat(Commitment.suggest(wording)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "They expressed the hope that both sides will strengthen cooperation.",
        "The minister is looking forward to deepening cooperation with Japan.",
        "Both sides expressed expectations that the working group will be set up soon.",
        "両国は、協力を強化することを期待する旨を表明した。",
        "「今後も両国で協力を進めていく」よう希望を表明した。"
      })
  void hopesAndExpectationsAreNoCommitment(String wording) {
    assertThat(Commitment.suggest(wording)).isEmpty();
  }

  @Test
  void aWishEndsWhereANewPredicateStarts() {
    assertThat(
            Commitment.suggest(
                "Both sides hoped to deepen cooperation, and agreed to hold the next meeting."))
        .contains(Commitment.CONTINUE_DIALOGUE);
    assertThat(Commitment.suggest("双方は協力の深化を期待し、今後も意見交換を継続することで一致した。"))
        .contains(Commitment.CONTINUE_DIALOGUE);
    assertThat(Commitment.suggest("Japan showed interest in the partner's new strategy."))
        .contains(Commitment.INFORMED);
    // Showing an interest, even in working together, is what one side said: informed.
    assertThat(Commitment.suggest("Both ministries showed interest in deepening cooperation."))
        .contains(Commitment.INFORMED);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The ministers approved two joint initiatives on open networks.",
        "The partners will hold a joint conference on AI next spring.",
        "A joint seminar on spectrum will be held in the capital.",
        "両省は「5G協力に関する共同議事録」に署名した。",
        "情報通信分野の協力覚書の署名式が行われた。",
        "両国は電波監視に関する共同声明を公表した。",
        "両国間で新たな作業部会を創設することで一致した。",
        "共同研究の第一段階の開始について合意した。",
        "両国は今後半年間の連携施策についてとりまとめた。"
      })
  void jointActionIsReadWithoutTheUsualVerbs(String wording) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.JOINT_ACTION);
  }

  @Test
  void whatOneSideCompilesOrPublishesIsNotJointAction() {
    assertThat(Commitment.suggest("日本側は今後の施策についてとりまとめた。"))
        .isNotEqualTo(java.util.Optional.of(Commitment.JOINT_ACTION));
    assertThat(Commitment.suggest("日本は新たな戦略を公表した。")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Expert consultations would be held in the autumn.",
        "次回会合は東京で開催される予定である。",
        "今後も緊密な意思疎通を図ることで一致した。"
      })
  void aPlannedMeetingOrKeepingInContactContinuesTheDialogue(String wording) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.CONTINUE_DIALOGUE);
  }

  @Test
  void facilitatingOrFosteringJointWorkIsCooperating() {
    assertThat(Commitment.suggest("Both sides will facilitate exchanges between universities."))
        .contains(Commitment.AGREED_TO_COOPERATE);
    assertThat(Commitment.suggest("The agencies will foster start-up partnerships."))
        .contains(Commitment.AGREED_TO_COOPERATE);
  }

  @Test
  void confirmingARecognitionIsShared() {
    assertThat(Commitment.suggest("両国は安全なネットワークが重要であるとの認識を共有していることを確認した。"))
        .contains(Commitment.SHARED_VIEW);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"両国はデータ流通について議論しました。", "日本側から、AI政策の方向性について発信した。", "両省は越境データについて協議した。"})
  void discussingOrPuttingAMessageAcrossIsInforming(String wording) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.INFORMED);
  }

  @Test
  void aSuggestionCarriesTheWordsItRestsOn() {
    assertThat(Commitment.suggestion("Japan and the EU agreed to further promote cooperation."))
        .hasValueSatisfying(
            s -> {
              assertThat(s.level()).isEqualTo(Commitment.AGREED_TO_COOPERATE);
              assertThat(s.evidence()).isEqualTo("agreed to further promote");
            });
    assertThat(Commitment.suggestion("引き続き、意見交換を継続していくことを確認した。"))
        .hasValueSatisfying(s -> assertThat(s.evidence()).isEqualTo("意見交換を継続していくことを確認"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "量子暗号の実証に向けて協力していくことも決まった。; agreed-to-cooperate",
        "両省が衛星分野で連携していくことが合意された。; agreed-to-cooperate",
        "両国は意見交換を続けていくことに改めてコミットした。; continue-dialogue",
        "海底ケーブルの保護で協力することを約束した。; agreed-to-cooperate"
      })
  void aKotoClauseTakesItsVerbOfAgreeingAfterAnyParticle(String wording, String level) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.parse(level));
  }

  @Test
  void confirmingAgreementOnCooperationIsAgreeingToCooperate() {
    assertThat(Commitment.suggest("両省は電波政策での協力について幅広い一致を確認した。"))
        .contains(Commitment.AGREED_TO_COOPERATE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "AIの安全性が重要であるとの認識が共有された。",
        "信頼性の高い通信網の重要性が認識された。",
        "日本側の提案は参加国の賛同を得た。",
        "Japan and Canada stand united in defending an open Internet."
      })
  void aRecognitionHeldOrSupportWonIsASharedView(String wording) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.SHARED_VIEW);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"両国は周波数政策について意見を交わした。", "両国はAI規制について議論を交わした。", "双方は相手国の制度への理解を深めた。"})
  void exchangingWordsOrDeepeningUnderstandingIsInforming(String wording) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.INFORMED);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "両省の間で新たな作業部会が立ち上げられた。",
        "両国は6Gの共同研究を開始した。",
        "「2026 Digital Action Plan」が承認された。",
        "両国はAIガバナンスに関する行動プランに合意した。",
        "両省は郵便分野の協力覚書を締結いたしました。",
        "An Expert Panel (EP) will be established under the dialogue.",
        "They decided to set up a joint team on satellite policy.",
        "The two ministries agreed to carry out a pilot on digital IDs.",
        "Both sides will conduct a feasibility study on open networks.",
        "The ministers discussed AI and adopted a joint statement.",
        "The two sides signed an agreement on postal cooperation.",
        "The ministers compiled a joint statement on digital trade."
      })
  void startedBodiesAndWorkAndAgreedDocumentsAreJointAction(String wording) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.JOINT_ACTION);
  }

  @Test
  void startingWorkThatIsNotJointOrCompilingOnesOwnReportIsNotJointAction() {
    assertThat(Commitment.suggest("日本側は新たな研究を開始した。")).isEmpty();
    assertThat(Commitment.suggest("Japan compiled a report on its broadband policy.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "両国は量子分野での協力を拡大する意向を示した。; agreed-to-cooperate",
        "今後とも両国で緊密に連携すること; agreed-to-cooperate",
        "両国は引き続き情報交換していく。; continue-dialogue",
        "The agencies will shortly cooperate on spectrum.; agreed-to-cooperate",
        "Both ministries will now work together on submarine cables.; agreed-to-cooperate",
        "The regulators will conduct further consultations on numbering.; continue-dialogue",
        "The next round of the dialogue is scheduled for autumn.; continue-dialogue"
      })
  void anIntentionAFinalPredicateOrAPlannedMeetingTakesItsLevelFromItsVerb(
      String wording, String level) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.parse(level));
  }

  @Test
  void consideringAsAFinalPredicateOrAReportedMeetingIsNoDialogue() {
    assertThat(Commitment.suggest("両国は今後の対応を検討していく。")).isEmpty();
    assertThat(Commitment.suggest("Japan explained the next meeting planned for May."))
        .contains(Commitment.INFORMED);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Both sides will continue to commit to the shared principles.",
        "The ministers stressed their commitment to secure networks."
      })
  void continuingOrStressingACommitmentReaffirmsIt(String wording) {
    assertThat(Commitment.suggest(wording)).contains(Commitment.REAFFIRMED);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Japan stands ready to support the partner's 5G rollout.",
        "The EU expressed willingness to cooperate on AI."
      })
  void readinessIsNoCommitment(String wording) {
    assertThat(Commitment.suggest(wording)).isEmpty();
  }

  private static void assertLevel(String wording, String level) {
    if (level.equals("none")) {
      assertThat(Commitment.suggest(wording)).as(wording).isEmpty();
    } else {
      assertThat(Commitment.suggest(wording)).as(wording).contains(Commitment.parse(level));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The minister said the two sides would consider the matter.; informed",
        "Japan suggested a study on spectrum sharing.; informed",
        "The minister mentioned the progress of the satellite programme.; informed",
        "Japan stands ready to cooperate on AI, the minister said.; informed",
        "The two sides assessed the results of the pilot.; informed",
        "The delegations took stock of progress on the roadmap.; informed",
        "The regulators deliberated on platform rules.; informed",
        "The ministry requested a review of the tariff.; none",
        "Japan hopes to cooperate on AI.; none"
      })
  void aSidesVerbOfSayingProposingOrReviewingInforms(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Japan and Chile joined hands to build a submarine cable.; agreed-to-cooperate",
        "The agencies teamed up on quantum research.; agreed-to-cooperate",
        "The two ministries decided to join forces on cyber security.; agreed-to-cooperate",
        "Both governments pledged to deepen collaboration on 6G.; agreed-to-cooperate",
        "The sides vowed to strengthen cooperation on AI safety.; agreed-to-cooperate",
        "Japan and Kenya stated their intention to cooperate on e-health.; agreed-to-cooperate",
        "The two sides did not pledge to cooperate.; none",
        "Both sides are ready to join forces.; none"
      })
  void idiomsAndVerbsOfPledgingOrIntendingCooperationAgreeToCooperate(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Brazil and Japan to strengthen cooperation in digital TV; agreed-to-cooperate",
        "India and Japan to hold talks on 6G; continue-dialogue",
        "The ministers agreed and Japan to explain; agreed-to-cooperate",
        "Japan wants Chile to cooperate; none"
      })
  void aHeadlinesInfinitiveAfterNamesIsItsPredicate(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The working groups will convene annually.; continue-dialogue",
        "Officials from both ministries meet regularly to review progress.; continue-dialogue",
        "The ministers are scheduled to meet again next spring.; continue-dialogue",
        "The co-chairs are set to hold talks in 2027.; continue-dialogue",
        "The next dialogue is due to take place in Paris.; none",
        "The ministers did not meet regularly.; none"
      })
  void meetingAtIntervalsOrScheduledToMeetContinuesTheDialogue(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The two countries sealed a pact on digital trade.; joint-action",
        "The ministers inked a treaty on data protection.; joint-action",
        "An accord on spectrum was initialled by both regulators.; joint-action",
        "The agencies finalised an accord on research data.; joint-action",
        "The ministries signed three MoUs on cooperation in ICT.; joint-action",
        "The two countries signed several memorandums on e-government.; joint-action",
        "The ministers inaugurated a joint research centre.; joint-action",
        "The two countries unveiled a new digital alliance.; joint-action",
        "The ministers agreed a joint work plan on semiconductors.; joint-action",
        "They agreed on a roadmap for 6G research.; joint-action",
        "They agreed on joint initiatives for subsea cables.; joint-action",
        "They agreed to plan further exchanges.; continue-dialogue",
        "The agreement was discussed by both sides.; informed"
      })
  void documentsAndBodiesOfAnyNameSignedUnveiledOrAgreedAreJointAction(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The ministries reaffirmed their partnership to continue working on AI.; reaffirmed",
        "Japan renewed the arrangement to continue supporting the centre.; reaffirmed",
        "They continue to cooperate on AI.; agreed-to-cooperate"
      })
  void continuingInThePurposeOfARenewalIsPartOfIt(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "両国は、AI分野の協力拡大でも一致した。; agreed-to-cooperate",
        "両省は人材育成の連携についても合意した。; agreed-to-cooperate",
        "作業部会の設置が決定された。; joint-action",
        "次回会合の開催が決まった。; continue-dialogue",
        "両国は6G分野での協力の可能性を追求していく。; agreed-to-cooperate",
        "両国は共同研究の機会を追求することに合意した。; agreed-to-cooperate",
        "両国は緊密な協力関係を構築することで一致した。; agreed-to-cooperate"
      })
  void agreeingOnANounPhraseOrDecidingWithGaTakesItsComplementsLevel(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "両大臣は協力覚書を取り交わした。; joint-action",
        "両国は協定書を交換した。; joint-action",
        "両者は意見を交わした。; informed",
        "両国は情報を交換した。; informed",
        "両国はガイドラインを採択した。; joint-action",
        "行動指針が承認された。; joint-action",
        "両国は共通認識を取りまとめ、発表した。; joint-action"
      })
  void aJointDocumentOfAnyNameExchangedAdoptedOrCompiledIsJointAction(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "両国はこれまで5Gに関する議論を重ねてきた。; informed",
        "両国はこれまで協議を続けてきた。; informed",
        "両国は課題について話し合った。; informed",
        "両国は課題について話し合いを続けることで一致した。; continue-dialogue",
        "両国は討議を継続する。; continue-dialogue",
        "引き続き議論が進められることとなった。; continue-dialogue"
      })
  void aDialogueHeldSoFarIsReportedAndOneToComeContinues(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "日英両国は国際場裏において団結する。; shared-view",
        "日米は足並みを揃える。; shared-view",
        "日本側から今後も支援を続ける考えを伝えた。; informed",
        "我が国は拠出の継続について言及した。; informed",
        "大臣は協力強化の重要性を主張した。; shared-view",
        "「協力を強化する」よう期待を表明した。; none",
        "先方は再検討を要請した。; none"
      })
  void standingUnitedHoldsAViewAndASidesStatementInforms(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "We commend the progress made on rural broadband.; shared-view",
        "The ministers highly valued the steady growth of their regulators' ties.; shared-view",
        "We affirm the role of spectrum policy in growth.; shared-view",
        "We reaffirm that open standards are crucial for interoperability.; shared-view",
        "We reaffirm that our agencies will cooperate on satellites.; reaffirmed",
        "The minister encouraged the partner to adopt the standard.; informed",
        "Officials exchange views on satellite policy.; informed",
        "There was an exchange of opinions on the pilot.; informed",
        "The regulators will convene an expert group twice a year.; continue-dialogue",
        "The agencies are strengthening their cooperation on cybersecurity.; agreed-to-cooperate",
        "The accord will boost cooperation between the two regulators.; agreed-to-cooperate",
        "We resolve to collaborate on rural connectivity.; agreed-to-cooperate",
        "Officials met to launch the Pacific Islands Rural Broadband Access Partnership.;"
            + " joint-action",
        "Ministers endorsed the establishment of an expert council on spectrum.; joint-action",
        "A ministerial statement and two annexes were adopted.; joint-action",
        "衛星通信が災害対応に役立つ可能性を認識; shared-view",
        "両国の協力のあり方について認識の共有を図りました; shared-view",
        "デジタル化の必要性を共有した上で; shared-view",
        "両省は今後の協力の方針を共有した; shared-view",
        "来年度が両国が共同研究を開始する重要な年になると認識し; shared-view",
        "先方は日本のこれまでの取組を高く評価しました; shared-view",
        "今後の放送分野の協力について具体的な合意に至りました; agreed-to-cooperate",
        "両省の取組を共同声明として表明しました; joint-action",
        "日本の放送方式の利点を現地でアピールしました; informed",
        "両国は電波監理での協力行動をとることを追求; agreed-to-cooperate",
        "実務者による協議の場を設けることで合意しました; joint-action",
        "局長級会合を毎年開催することで一致しました; continue-dialogue",
        "情報交換を促進することで一致しました; continue-dialogue",
        "「放送分野の協力に関する覚書」が山田総務副大臣とアブドゥラ・ハミド・ビン・サレー・デジタル経済大臣の間で署名されました;" + " joint-action"
      })
  void readsViewsMeetingsAndStartsWrittenInLessUsualWords(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "両国の周波数政策につき協議が行われた; informed",
        "日本側の要望リストを先方に提出した; informed",
        "要望の明確化・確認と立場の説明を主眼として意見交換が行われた; informed",
        "次官級の協議を年内に開催することを提案し; informed",
        "先方より、有意義な会合であったとの所感が表明された; shared-view",
        "電気通信市場の競争の促進についてコンセンサスを得た; shared-view",
        "先方から賛同の意が得られました; shared-view",
        "国際協力が欠かせないとの結論に達した; shared-view",
        "多くの成果が得られたことに留意した; shared-view",
        "本年の協力施策を評価しました; shared-view",
        "放送分野の協力覚書が署名されたことを歓迎しました; shared-view",
        "両国は衛星分野での対話と協力の強化に取り組むこととする; agreed-to-cooperate",
        "第3回会合は来年東京で開催する; continue-dialogue",
        "両国はさらに交渉を行うことを確認; continue-dialogue",
        "総務大臣と先方の大臣が電波分野の協力覚書に署名をいたしました; joint-action",
        "The ministers welcomed the recent signing of two memoranda on spectrum.; shared-view",
        "The two sides agreed to actively consider the proposal.; none",
        "They confirmed their continuing resolve to deepen cooperation on satellites.; reaffirmed",
        "Officials will explore options for lower roaming charges.; continue-dialogue"
      })
  void readsOlderAndLessUsualFormsOfTalkingViewsAndAgreeing(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The meeting closed with the adoption of the Manila Declaration.; joint-action",
        "Ministers adopted the Regional Digital Masterplan.; joint-action",
        "The goals were enshrined in the Osaka Declaration.; joint-action",
        "The two agencies reinforced cooperation on cyber defence.; agreed-to-cooperate",
        "The visit reinforced mutual understanding between the regulators.; shared-view",
        "Ministers expressed satisfaction with the progress of the work plan.; shared-view",
        "The forum reiterates its commitment to open standards.; reaffirmed",
        "Both sides had a discussion on spectrum policy.; informed",
        "He commented that open networks matter.; informed",
        "They should also widen their cooperation on satellites.; none",
        "両国は、衛星分野で連携していく旨の合意ができた; agreed-to-cooperate",
        "両省は、電波政策について対話しました; informed",
        "新たな協力計画が議論されました; informed",
        "AIの活用の必要性を共有; shared-view",
        "局長級の「デジタル作業部会」の設置を決めた; joint-action",
        "両国の当局間の協議を新設することで一致; joint-action",
        "今後も継続的に議論を進めていく方針である; continue-dialogue",
        "その内容は「共同声明」に盛り込まれた; joint-action",
        "総務省としては、次回会合に積極的に対応していく予定です; none",
        "相手国側において検討することとなった; none"
      })
  void readsMultilateralOutcomesAndOneSidesPlans(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "電波分野でも協力を広げることが大切との認識で一致した; shared-view",
        "局長級の協議を続けることは意義があるとの見解で一致しました; shared-view",
        "両省は来月ソウルで第二回協議を開くことになった; continue-dialogue",
        "両国は衛星通信で協力することにした; agreed-to-cooperate",
        "次回の作業部会は秋にリマで開催を予定しています; continue-dialogue",
        "双方は標準化で連携する方策を探った; informed",
        "両省は電波監理に関する対話を深めました; informed",
        "作業部会から運営委員会に報告を行い、その承認を得た; joint-action",
        "電波政策と放送の二つの作業部会を設けて検討を進めることで一致した; joint-action",
        "両機関は共同観測データの交換の開始を確認した; joint-action",
        "衛星通信の普及が地域の成長に寄与することを確認した; shared-view",
        "両大臣の立ち会いのもと、協力覚書等を交換しました; joint-action",
        "電波分野の協力覚書(Memorandum of Cooperation in the Field of Radio Spectrum Management between"
            + " the Two Ministries (MoC))の署名式を行った; joint-action",
        "今後1年間の共同作業計画を取りまとめています; joint-action",
        "これまでの放送分野の協力を踏まえ、引き続き協力関係を継続するとともに; agreed-to-cooperate",
        "周波数政策について議論を行うとともに; informed"
      })
  void readsViewsAgreedOnMeetingsToComeAndBodiesAndDocumentsInJapanese(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The regulators agreed at a meeting on Friday to harmonize their spectrum plans.;"
            + " agreed-to-cooperate",
        "The sides agreeing to share test results on open networks.; continue-dialogue",
        "The ministers reached an agreement that both sides would collaborate on satellites.;"
            + " agreed-to-cooperate",
        "The three regulators reached an accord to standardize roaming charges.; agreed-to-cooperate",
        "The regulators met their counterparts from Peru, Chile and Mexico to discuss spectrum.;"
            + " informed",
        "Officials met in Geneva to discuss roaming but failed to settle any issue.; none",
        "Topics of discussion included progress on the satellite project.; informed",
        "The two sides concluded the negotiations on a mutual recognition agreement.; joint-action",
        "A regional work plan for spectrum cooperation was adopted.; joint-action",
        "They welcomed progress under the Charter which was adopted at the previous meeting.; shared-view",
        "A key result is the establishment of a Joint Committee on satellite policy.; joint-action",
        "They agreed to consider the establishment of a Joint Committee.; none",
        "Exchanging views on the future of satellite broadband.; informed",
        "The forum opened with a symposium discussing research on quantum networks.; informed",
        "The regulators shared the view that they will deepen their dialogues on spectrum.;"
            + " continue-dialogue",
        "The two sides shared the view to work to hold the next round soon.; continue-dialogue",
        "The two sides shared the view that satellites matter.; shared-view",
        "The charter holds a commitment by the members in the region to work together.;"
            + " agreed-to-cooperate",
        "The ministers reiterated their commitment to promote open networks.; reaffirmed",
        "Ministers committed at the close of the meeting in Lima, Peru, to work together on"
            + " roaming.; agreed-to-cooperate"
      })
  void readsAgreementsReachedMeetingsForTalkAndBodiesOrDocumentsNamedInEnglish(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "会合の後、両省は共同プレスステートメントを発出しました; joint-action",
        "演習の運用ルールの改訂も承認された; joint-action",
        "次回の作業部会はリマで開催される; continue-dialogue",
        "双方は周波数の割当について意見を交した; informed",
        "両省は衛星の相互運用の方法について検討した; informed",
        "双方の局長がそれぞれ自国の電波政策について語った; informed",
        "両省の間で衛星政策に関する局長級対話を毎年実施する; continue-dialogue",
        "両国は放送分野で協力の可能性を探っていく; continue-dialogue",
        "衛星通信については共同のロードマップを策定することで合意した; joint-action",
        "両機関は運用手引き(仮称)を編纂することに合意した; joint-action",
        "この結果、両国の衛星分野における協力関係の進展が確認された; shared-view",
        "連絡手順の確認を目的とした演習の成果が報告された; informed",
        "放送分野の連携を、確認した; reaffirmed",
        "これまでの協力を歓迎し、対話と協力を更に強化。; agreed-to-cooperate",
        "両省は周波数に関する協議を更に強化することを決定した; continue-dialogue",
        "放送技術を活用する協議も進める。; continue-dialogue",
        "旧来の演習は終了することで合意した; none",
        "相互の円滑な周波数調整を確保することが非常に重要であり; shared-view",
        "両機関は双方の認証制度が類似したものになったことを認めた; shared-view"
      })
  void readsStatementsIssuedMeetingsToComeExplorationsProgressAndEndingsInJapanese(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The two sides said in a joint statement that they will deepen their cooperation on"
            + " satellites.; agreed-to-cooperate",
        "The minister said that Peru will buy satellites.; informed",
        "The regulators exchanged a memorandum on spectrum management.; joint-action",
        "The participants formulated guidelines on satellite interference.; joint-action",
        "They reaffirmed that closer cooperation is essential for both economies.; shared-view",
        "They confirmed that the joint trials are advancing steadily.; shared-view",
        "The ministers confirmed progress of the satellite projects.; shared-view",
        "Both sides decided that they will review the spectrum plan.; continue-dialogue",
        "The two regulators will accelerate discussions on roaming.; continue-dialogue",
        "The minister delivered a keynote speech at the forum.; informed",
        "We could share the idea that open networks help everyone.; shared-view",
        "Two members refused to approve the declaration.; none",
        "The memorandum stipulates that the agencies will cooperate on satellites.;"
            + " agreed-to-cooperate",
        "The signatories intend to develop a shared warning system.; agreed-to-cooperate",
        "The chair said a dialogue on spectrum will take place in Lima next year.;"
            + " continue-dialogue",
        "The ministers agreed to start working-level discussions on satellites.; continue-dialogue",
        "They agreed that the two regulators strengthen their consultation on roaming.;"
            + " continue-dialogue"
      })
  void readsJointStatementsDocumentsFactsConfirmedAndMeetingsToComeInEnglish(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "両省は電波分野で協力文書(Memorandum of Cooperation on the Management of the Radio"
            + " Spectrum and the Monitoring of Interference between the Ministry of Communications of"
            + " the One Country and the Ministry of Information of the Other Country, signed in the"
            + " Capital in the Presence of Both Ministers and Their Delegations)の署名式を行った;"
            + " joint-action",
        "両省は衛星分野の協力趣意書に署名した; joint-action",
        "相互の研修制度を設ける方策も提示された; informed",
        "両者は進行中の共同実験について討論した; informed",
        "大臣は衛星政策に関するブリーフィングを受けました; informed",
        "両国は量子通信で協力を強化する方針だ; agreed-to-cooperate",
        "次回の会合は首脳会議と連携して東京で開かれる予定だ; continue-dialogue",
        "今回の会合では衛星データの共有について合意することを目指します; none",
        "「両国の間で電波の協力を進めていきたい」; none",
        "大臣より「放送分野で協力していきたい」との発言があった; informed",
        "協議体の年内立ち上げ、人材交流支援、衛星での協力強化で合意した; joint-action",
        "混信の状況を報告する様式が合意されました; joint-action",
        "議論の成果を議長サマリー(附属書として「衛星に関する声明」を含む。)の形で取りまとめました;" + " joint-action",
        "大臣から、「放送の投資計画」が発表され、今後の工程が示されました; informed",
        "両省の拠出で研修が開催されることを歓迎した; shared-view"
      })
  void readsLongAsidesPlainStylePlansAimsQuotedWishesAndListsOfWhatIsSetUpInJapanese(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The ministers decided to establish a framework for talks on satellites.; joint-action",
        "The partners will establish an organisation to run the joint tests.; joint-action",
        "Affirming common goals in satellite policy.; shared-view",
        "The ministers reached a consensus on spectrum and roaming.; shared-view",
        "The regulators looked for ways to deepen their collaboration.; informed",
        "The ministry held a meeting with the embassy to discuss roaming.; informed",
        "The meeting provided briefings on the joint trials.; informed",
        "The establishment was unanimously approved at the meeting.; joint-action",
        "A Memorandum of Cooperation (MOC) on satellites was signed by both ministers.; joint-action",
        "The agencies will cooperate on this issue, the memorandum said.; agreed-to-cooperate",
        "Both sides agreed that there would be full support for the satellite programme.;"
            + " agreed-to-cooperate",
        "Both governments announced their commitments to share test data.; continue-dialogue",
        "There was broad agreement that satellites need common rules.; shared-view",
        "We support open and interoperable satellite networks.; shared-view",
        "They reaffirmed that closer U.S.-Japan cooperation on satellites is essential.;"
            + " shared-view",
        "The chair told the minister that the region shared the same view with Japan.; shared-view",
        "The minister gained understanding of the satellite programme.; shared-view"
      })
  void readsFrameworksConsensusesExplorationsAndPassivesOfBodiesAndDocumentsInEnglish(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "訪問した副大臣は、衛星通信の協力に関する文書に調印した。; joint-action",
        "両機関は研究協力に関する覚書に調印しました。; joint-action",
        "三か国の大臣が一堂に会し、共同声明をまとめた。; joint-action",
        "会合では、衛星利用に関する「横浜声明」が宣言された。; joint-action",
        "先方大臣とも会談し、衛星分野の協力の強化に向けて合意いたしました。; agreed-to-cooperate",
        "閣僚会合では、衛星データの活用について話をいたしました。; informed",
        "今後の協力が可能な分野について検討されました。; informed",
        "両国は共同で衛星の作業部会を設置するとしている。; joint-action",
        "声明の内容については次の会合で議論が続けられるとしている。; continue-dialogue",
        "副大臣は、昨年の会合で合意した「衛星原則」の実施について発言しました。; informed",
        "昨年署名した覚書に基づく取組の状況を説明した。; informed",
        "衛星技術の共同研究開発と標準化を目指すことで合意。; agreed-to-cooperate",
        "衛星ソフトウェアの共同研究などについても合意した。; agreed-to-cooperate",
        "衛星の共同研究を実施することで合意した。; joint-action",
        "両国は衛星分野で協力していくことで合意した旨を発表した。; agreed-to-cooperate",
        "両大臣は衛星の研究開発に関する基本原則で合意したと表明。; joint-action",
        "双方は衛星通信分野の協力を強化することを表明した。; agreed-to-cooperate",
        "日本側は衛星通信分野の協力を強化することを表明した。; informed",
        "衛星事業者間の連携に向けて具体的な検討を進めることで一致した。; agreed-to-cooperate",
        "引き続き衛星の周波数について検討を進めることで一致した。; continue-dialogue",
        "会合では衛星に関する研究課題12件が承認されました。; joint-action"
      })
  void readsSigningInThePressHumbleFormsReportedPlansAndVerbsThatQualifyANounInJapanese(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The minister requested Japan to continue supporting the satellite programme.; none",
        "The premier called on the ministry to continue promoting satellite cooperation.; none",
        "He asked the agency to strengthen its support for the trials.; none",
        "He suggested both sides continue signing more satellite agreements.; informed",
        "The minister informed her host that her agency will intensify cooperation on"
            + " satellites.; informed",
        "The official said that the agency plans to expand the satellite dialogue.; informed",
        "The minister stated that both countries agreed to cooperate on satellites.;"
            + " agreed-to-cooperate",
        "The experts chatted about satellite spectrum.; informed",
        "The minister hailed the agency's help with the satellite trials.; shared-view",
        "The signing of the exchange of notes on satellites took place in Tokyo.; joint-action",
        "A first step is the creation of a Satellite and Space Technology Working Group.;"
            + " joint-action",
        "The next meeting has been agreed to be held in Tokyo in 2027.; continue-dialogue"
      })
  void readsRequestsProposalsReportedIntentionsAndNominalSigningsInEnglish(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Recognising Korea's lead in 6G, the ministers signed a memorandum of cooperation.;"
            + " joint-action",
        "Welcoming the new satellite office, both sides agreed to hold the next round in Seoul.;"
            + " continue-dialogue",
        "Recalling the 2019 roadmap, the ministers exchanged views on spectrum.; informed",
        "Noting the work of the expert group, Kenya urges closer cooperation on e-health.; none",
        "Welcoming the progress of the pilot on digital identity.; shared-view",
        "Recognizing that, in many regions, rural networks remain costly to run.; shared-view",
        "Stressing shared goals in standards bodies, especially in the ITU, and in regional"
            + " fora.; shared-view"
      })
  void aParticipleOpeningTheSentenceSetsTheSceneForItsMainClause(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The ministers recalled the 2019 roadmap on spectrum sharing.; reaffirmed",
        "The sides recalled that the pilot had ended in March.; shared-view",
        "Both sides expressed strong support for the new data corridor.; shared-view",
        "The ministers extended their appreciation for the host's work.; shared-view",
        "The sides would express support for the roadmap.; none",
        "The ministers instructed their officials to deepen cooperation on AI safety.;"
            + " agreed-to-cooperate",
        "The leaders tasked the working group to hold a joint workshop.; joint-action",
        "The two sides agreed to remain in close contact on cable security.; continue-dialogue",
        "The regulators will keep each other informed of new rules.; continue-dialogue",
        "The vice-minister gave an update on the spectrum auction.; informed",
        "The ministers endorsed a framework for cooperation on digital skills.; joint-action",
        "Japan commits to strengthening cooperation with ASEAN on cyber.; agreed-to-cooperate"
      })
  void readsRecallingSupportTaskingContactUpdatesAndFrameworks(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The ministers decided to constitute a task force on spectrum.; joint-action",
        "We firmly support the regional charter on online safety.; shared-view",
        "They reaffirm their intention to work together on cables.; reaffirmed",
        "The regulators committed to curb roaming charges.; agreed-to-cooperate",
        "The regulators committed to new technologies in health.; none",
        "It should be noted that the region is large.; none",
        "Consensus on a joint text could not be reached at the meeting.; none",
        "The ministers call for the wider use of e-signatures.; shared-view",
        "The leaders called for regular consultations on data.; continue-dialogue",
        "We recognize that data flows are vital, as reaffirmed in the Osaka Declaration.;"
            + " shared-view",
        "The officials met in Lima to deepen their discussions on cables.; informed",
        "The session focused on rural connectivity.; informed",
        "The group will focus on the following three themes.; agreed-to-cooperate",
        "The delegates remained confident that 6G will benefit the region.; shared-view",
        "Ministers endorse the goal set out in the 2015 Declaration to connect all schools.;"
            + " shared-view",
        "The two sides reinforced the importance of secure cables.; shared-view",
        "Vendors gained market share in the region.; none",
        "Officials will set up contact points to share good practice.; none",
        "The ministers held cyber policy staff talks in Oslo.; informed",
        "The director led the discussion on spectrum pricing.; informed",
        "Experts compared notes on incident response.; informed",
        "The leaders agreed Tuesday to set up joint consultative bodies on cyber.; joint-action",
        "The ministers signed the U.S.-Japan Spectrum Sharing Agreement.; joint-action",
        "The memorandum, signed by the two ministers in Rome, covers 5G.; joint-action"
      })
  void readsConstitutingCallingCitingFocusingAndNamedDocuments(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "両国は、今後はデータ分野で協力を進めていくこととなる。; agreed-to-cooperate",
        "両国は、人材育成で協力することを発表しました。; agreed-to-cooperate",
        "国際会議で新たな枠組みの創設が合意されたことを受けて、参加を検討するよう要請しました。; none",
        "両者は、地域の海底ケーブルに関する原則への支持を表明した。; shared-view",
        "これまで両国が確認した原則を支持する。; shared-view",
        "両国の新たなデータ協力イニシアチブが立ち上がりました。; joint-action",
        "両国は、2024年に覚書を改定し、協力分野を追加した。; joint-action",
        "大臣は「ICT協力ワークプラン」を提示し、承認を受けた。; joint-action",
        "今後は、宇宙通信分野で日豪間の連携を図っていきます。; agreed-to-cooperate",
        "副大臣は、先方と会談し、サイバー協力に関する協議を行った。; informed",
        "大臣は、支援の拡大が課題であると伝えた。; informed",
        "会合では、周波数の利用について議論が交わされた。; informed",
        "この合意が地域の安定に寄与するものであることを確認した。; shared-view",
        "両大臣は、来年に次官が東京を訪問することで一致した。; continue-dialogue"
      })
  void readsJapaneseAnnouncingRespondingSupportingAndRevising(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The dialogue also addressed rules for drones.; informed",
        "Exchanges also covered spectrum for satellites.; informed",
        "The council held its second ministerial meeting in Oslo.; informed",
        "Both teams engaged in a frank discussion on 6G.; informed",
        "Both sides support an open and secure internet.; shared-view",
        "The two regulators will maintain the dialogue on roaming.; continue-dialogue",
        "The ministers condemned attacks on undersea cables.; shared-view",
        "The views of both sides converged on cloud security.; shared-view",
        "The delegations explored collaboration in quantum sensing.; informed",
        "We share a strong desire to connect rural schools.; shared-view",
        "Both sides have a shared assessment of the risks of AI.; shared-view",
        "Talks on this point will continue at the next council.; continue-dialogue",
        "The matter will be discussed at a meeting of experts in May.; continue-dialogue",
        "The partners launched a Joint Korea-EU Young Chip Designers Researchers Network.;"
            + " joint-action",
        "Cooperate on the security of submarine cables; agreed-to-cooperate",
        "The ministers launched a set of Data Sharing Principles.; joint-action",
        "Chile and Peru announced a new partnership on digital skills.; joint-action",
        "Chile and Peru announced plans to cooperate on rural networks.; agreed-to-cooperate",
        "They will hold the next joint policy forum in Lima.; continue-dialogue",
        "The sides expressed concern about ransomware.; shared-view",
        "The sides further deepened their joint commitment to open standards.; reaffirmed",
        "The two sides affirmed to work together on 6G.; agreed-to-cooperate",
        "The sides identified ways to work together on cloud rules.; agreed-to-cooperate",
        "The sides identified ways to deepen their ongoing cooperation on cables.; reaffirmed",
        "The dialogue also allowed for exchanges on export controls.; informed"
      })
  void readsWhatTheDialogueCoveredSharedOrLaunchedAndListItemsOfWhatIsToBeDone(
      String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "両国は、5G分野で協力する覚書を結んだ。; joint-action",
        "両国は、AI分野の協力に関するMOUを交わした。; joint-action",
        "両国の大臣は、宇宙通信に関する協定に調印した。; joint-action",
        "標準化に関する作業部会を設置した。; joint-action",
        "第3回対話は2026年に開催予定。; continue-dialogue",
        "半年ごとに定期的に会議を開く。; continue-dialogue",
        "両国は、本日、第1回閣僚会合を開催した。; informed",
        "両者は、AIが地域の成長に資すると確信している。; shared-view",
        "同省は、今回の会談を大きな前進だと評価した。; shared-view",
        "偽情報が民主主義への脅威となるという点で同意した。; shared-view",
        "両国は、6Gの標準化に取り組む。; agreed-to-cooperate",
        "両国は、人材交流の促進に努める。; agreed-to-cooperate",
        "両国は共同研究を通じ協力関係を構築する計画である。; agreed-to-cooperate",
        "両国は「IT協力委員会」を構成して課題を協議する事にした。; joint-action",
        "規格づくりのために協力を続ける必要がある; shared-view",
        "両国政府は、共同作業部会の設置を発表した。; joint-action",
        "両国は、6G分野での協力を促すとした。; agreed-to-cooperate"
      })
  void readsJapaneseSigningSettingUpHoldingAndWorkingOn(String wording, String level) {
    assertLevel(wording, level);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"日本の長年の支援に対する感謝が述べられました。", "先方から感謝の意が表明された。"})
  void thanksAreNoCommitment(String wording) {
    assertThat(Commitment.suggest(wording)).isEmpty();
  }

  @Test
  void anItemOfAListOfWhatWasAgreedTakesItsLevel() {
    assertThat(Commitment.suggest("今後も連携を継続すること")).contains(Commitment.AGREED_TO_COOPERATE);
    assertThat(Commitment.suggest("引き続き意見交換を継続すること")).contains(Commitment.CONTINUE_DIALOGUE);
  }

  @Test
  void aLongWordingOfCombiningMarksIsReadInOnePass() {
    String marks = "\u0301\u0316".repeat(50_000);
    assertThat(Commitment.suggest("They agreed to cooperate " + marks + ".")).isPresent();
  }
}
