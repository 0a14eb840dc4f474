package dev.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.Organization;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Place;
import dev.parley.core.model.Session;
import dev.parley.core.model.StatementAct;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseReaderTest {
  private static final ReleaseReader READER = ReleaseReader.defaults();

  private static final String GERMANY =
      String.join(
          "\n",
          "February 12, 2020 Results of Fourth Japan-Germany ICT Policy Dialogue",
          "",
          "MIC and the German ministry held the fourth policy dialogue in Tokyo on Friday,"
              + " February 7, 2020.",
          "",
          "1. Result overview",
          "",
          "The two ministries talk about ICT policy in general.",
          "",
          "2. Main achievements",
          "",
          "1. 5G",
          "",
          "Japan explained its local 5G initiatives. Both parties will continue exchanging"
              + " opinions.",
          "",
          "2. IoT security",
          "",
          "Germany explained the certification of IoT devices. Both parties decided to continue"
              + " sharing information.",
          "",
          "(Reference) Participants",
          "Japan: Ms. A (Vice-Minister) and other officials",
          "",
          "For further information about this press release, please contact MIC",
          "",
          "International Policy Division, Global Strategy Bureau, MIC");

  private static Session only(String text) {
    Draft draft = READER.read("release.txt", text);
    assertThat(draft.sessions()).hasSize(1);
    return draft.sessions().get(0);
  }

  @Test
  void readsTheHeadingDatesPlaceAndSourceOfAnEnglishRelease() {
    Session s = only(GERMANY);
    assertThat(s.dialogue().id()).isEqualTo("japan-germany-ict-policy-dialogue");
    assertThat(s.ordinal()).hasValue(4);
    assertThat(s.title()).isEqualTo("Fourth Japan-Germany ICT Policy Dialogue");
    assertThat(s.start()).isEqualTo(PartialDate.of(2020, 2, 7));
    assertThat(s.end()).isEmpty();
    assertThat(s.place().map(Place::describe)).hasValue("Tokyo, Japan");
    assertThat(s.mode()).hasValue(MeetingMode.IN_PERSON);
    assertThat(s.sources().get(0).title())
        .isEqualTo("Results of Fourth Japan-Germany ICT Policy Dialogue");
    assertThat(s.sources().get(0).published()).hasValue(LocalDate.of(2020, 2, 12));
    assertThat(s.sources().get(0).division())
        .hasValue("International Policy Division, Global Strategy Bureau");
  }

  @Test
  void itemsAreTheNumberedLeavesUnderTheAchievementsNotTheOverviewOrTheParticipants() {
    Session s = only(GERMANY);
    assertThat(s.agendaItems()).extracting(AgendaItem::title).containsExactly("5G", "IoT security");
    assertThat(s.agendaItems().get(1).number()).hasValue(2);
    assertThat(s.segments().get(0).summary())
        .hasValue("The two ministries talk about ICT policy in general.");
  }

  @Test
  void statementsNameTheirPartyAndOutcomesBindBothSidesWithASuggestedLevel() {
    AgendaItem fiveG = only(GERMANY).agendaItems().get(0);
    assertThat(fiveG.statements())
        .singleElement()
        .satisfies(
            st -> {
              assertThat(st.act()).isEqualTo(StatementAct.EXPLAINED);
              assertThat(st.parties()).extracting(p -> p.code()).containsExactly("jp");
            });
    assertThat(fiveG.outcomes())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.commitment()).isEqualTo(Commitment.CONTINUE_DIALOGUE);
              assertThat(o.parties()).extracting(p -> p.code()).containsExactly("jp", "de");
              assertThat(o.text()).isEqualTo("Both parties will continue exchanging opinions.");
            });
  }

  @Test
  void theReviewListNamesTheLineOfEveryInferredValue() {
    Draft draft = READER.read("release.txt", GERMANY);
    assertThat(draft.review())
        .extracting(ReviewNote::toString)
        .contains("release.txt:3: place.country Japan, from \"Tokyo\"")
        .anyMatch(n -> n.startsWith("release.txt:3: mode in-person"));
  }

  @Test
  void aDateWithoutItsYearTakesTheYearOfTheHeadingAndSaysSo() {
    Session s =
        only(
            "September 25, 2020 Results of 11th Director General-level Meeting of the Japan-U.S."
                + " Policy Cooperation Dialogue on the Internet Economy\n\n"
                + "MIC and the U.S. Department of State held the 11th meetings in Tokyo on"
                + " September 17 and 18.\n");
    assertThat(s.start()).isEqualTo(PartialDate.of(2020, 9, 17));
    assertThat(s.end()).hasValue(PartialDate.of(2020, 9, 18));
    assertThat(s.ordinal()).hasValue(11);
    assertThat(s.mode()).as("a place since March 2020 does not imply in person").isEmpty();
  }

  @Test
  void aWeekdayThatContradictsTheDateGoesOnTheReviewList() {
    Draft draft =
        READER.read(
            "r.txt",
            "February 12, 2020 Results of Fourth Japan-Germany ICT Policy Dialogue\n\n"
                + "The ministries held the dialogue in Tokyo on Monday, February 7, 2020.\n");
    assertThat(draft.review())
        .filteredOn(n -> n.kind() == ReviewNote.Kind.CONTRADICTION)
        .singleElement()
        .satisfies(n -> assertThat(n.value()).contains("2020-02-07, a friday"));
  }

  @Test
  void readsAJapaneseReleaseWithAnEraDateAndAWebConference() {
    Session s =
        only(
            String.join(
                "\n",
                "報道資料",
                "令和4年2月7日",
                "日EU・ICT政策対話（第27回）の結果",
                "　総務省は、欧州委員会と、２月３日（木）に日EU・ICT政策対話（第27回）をWeb会議にて開催しました。",
                "日EU・ICT政策対話（第27回）の主な成果",
                "ア　5G",
                "　日本側から5Gの取組について説明し、EU側から6Gについて説明がありました。日EUで協力を推進していくこととされた。",
                "イ　規制改革",
                "　EU側からデジタルサービス法案について説明がありました。"));
    assertThat(s.dialogue().id()).isEqualTo("japan-eu-ict-policy-dialogue");
    assertThat(s.ordinal()).hasValue(27);
    assertThat(s.start()).isEqualTo(PartialDate.of(2022, 2, 3));
    assertThat(s.mode()).hasValue(MeetingMode.ONLINE);
    assertThat(s.place()).isEmpty();
    assertThat(s.sources().get(0).published()).hasValue(LocalDate.of(2022, 2, 7));
    assertThat(s.agendaItems()).extracting(AgendaItem::title).containsExactly("5G", "規制改革");
    AgendaItem fiveG = s.agendaItems().get(0);
    assertThat(fiveG.statements())
        .extracting(st -> st.parties().get(0).code())
        .containsExactly("jp", "eu");
    assertThat(fiveG.strongestCommitment()).hasValue(Commitment.AGREED_TO_COOPERATE);
  }

  @Test
  void heiseiAndTheFirstYearOfAnEraReadThroughTheJapaneseCalendar() {
    assertThat(Dates.eraYear("平成", "29", 10, 5)).isEqualTo(2017);
    assertThat(Dates.eraYear("令和", "元", 10, 17)).isEqualTo(2019);
    assertThat(Dates.eraYear("令和", "元", 4, 1)).as("Reiwa starts on 1 May 2019").isZero();
  }

  @Test
  void aReleaseOfTwoMeetingsGivesTwoSessionsWithTheirOwnDatesAndAgendas() {
    Draft draft =
        READER.read(
            "two.txt",
            String.join(
                "\n",
                "December 17, 2019 Results of 25th Japan-EU ICT Policy Dialogue and 9th Japan-EU"
                    + " ICT Strategy Workshop",
                "",
                "MIC and the European Commission held the 9th Japan-EU ICT Strategy Workshop in"
                    + " Tokyo on Wednesday, December 11, followed by the 25th Japan-EU ICT Policy"
                    + " Dialogue on Friday, December 13, 2019.",
                "",
                "1. 25th Japan-EU ICT Policy Dialogue",
                "",
                "1. 5G",
                "",
                "Both sides will continue sharing the status of their efforts.",
                "",
                "2. 9th Japan-EU ICT Strategy Workshop",
                "",
                "1. AI",
                "",
                "The EU side explained its AI policy."));
    assertThat(draft.sessions())
        .extracting(s -> s.dialogue().id())
        .containsExactly("japan-eu-ict-policy-dialogue", "japan-eu-ict-strategy-workshop");
    Session dialogue = draft.sessions().get(0);
    Session workshop = draft.sessions().get(1);
    assertThat(dialogue.start()).isEqualTo(PartialDate.of(2019, 12, 13));
    assertThat(workshop.start()).isEqualTo(PartialDate.of(2019, 12, 11));
    assertThat(dialogue.agendaItems()).extracting(AgendaItem::title).containsExactly("5G");
    assertThat(workshop.agendaItems()).extracting(AgendaItem::title).containsExactly("AI");
    assertThat(dialogue.sources()).isEqualTo(workshop.sources());
  }

  @Test
  void aSentenceBrokenOverLinesAsInTextFromAPdfIsJoinedAgain() {
    Session s =
        only(
            "July 13, 2017 Results of the 4th Meeting of Japan-India Joint Working Group\n\n"
                + "MIC held the fourth meeting of the Japan-India Joint Working Group (JWG) jointly \n"
                + "with the Ministry of Communications of India in Tokyo \n"
                + "on July 13, 2017.\n\n"
                + "2. Place\n"
                + "Mita Kaigisho (Minato-ku, Tokyo)\n");
    assertThat(s.ordinal()).hasValue(4);
    assertThat(s.start()).isEqualTo(PartialDate.of(2017, 7, 13));
    assertThat(s.place().map(Place::describe)).hasValue("Mita Kaigisho, Minato-ku, Tokyo, Japan");
  }

  private static final String TALKS =
      "February 7, 2022 Results of 27th Japan-EU ICT Policy Dialogue\n\n"
          + "MIC and the European Commission held the 27th Japan-EU ICT Policy Dialogue in"
          + " Brussels on Thursday, February 3, 2022.\n\n"
          + "1. Talks with officials\n\n"
          + "(1) The Vice-Minister held talks with \n\n"
          + "Ms. Anna Example (Commissioner – Justice, Consumers and Gender Equality) on"
          + " Thursday, February 3, where they exchanged views on the development of rules for"
          + " the IoT era.\n\n"
          + "(2) The Vice-Minister also held talks with \n"
          + "European Data Protection Supervisor Bruno Example on Friday, February 4, where they exchanged opinions on the information"
          + " and communication regulatory policies of both sides.\n";

  @Test
  void aNumberedLineEndingInWithIsASentenceBrokenByAPdfNotAnItem() {
    Session s = only(TALKS);
    assertThat(s.agendaItems())
        .extracting(AgendaItem::title)
        .containsExactly("Talks with officials");
    assertThat(s.agendaItems().get(0).statements().get(0).text())
        .startsWith("(1) The Vice-Minister held talks with Ms. Anna Example (Commissioner");
  }

  @Test
  void anItemsTopicsComeFromWhatWasDiscussedNotFromThePostsOfThePeopleMet() {
    AgendaItem talks = only(TALKS).agendaItems().get(0);
    // Not consumer-protection (the Commissioner's post) nor privacy (the Supervisor's office);
    // the broad ict-regulation counts as the matter of an exchange of views.
    assertThat(talks.topics()).containsExactly("iot", "ict-regulation");
  }

  @Test
  void talksNamedInsideTheNamesOfThePeopleMetAreSkippedWithThem() {
    AgendaItem talks =
        only(TALKS.replace(
                "(Commissioner – Justice, Consumers and Gender Equality)",
                "(who chairs talks with the Digital Single Market group)"))
            .agendaItems()
            .get(0);
    assertThat(talks.topics()).containsExactly("iot", "ict-regulation");
  }

  @Test
  void aParticipantsSectionGivesTheSegmentItsDelegationsWithTheirOthers() {
    Session s =
        only(
            GERMANY.replace(
                "Japan: Ms. A (Vice-Minister) and other officials",
                "Japan: Ms. Hanako Example (Vice-Minister for Policy Coordination of MIC) and other"
                    + " officials\nGermany: Mr. Karl Beispiel (State Secretary at the Federal"
                    + " Ministry for Digital Affairs), Mr. Otto Muster, Director General, the"
                    + " Chamber of Commerce and Industry in Tokyo, and others"));
    List<Delegation> delegations = s.segments().get(0).delegations();
    assertThat(delegations).extracting(d -> d.party().code()).containsExactly("jp", "de");
    Participant head = delegations.get(0).head().orElseThrow();
    assertThat(head.name()).isEqualTo("Hanako Example");
    assertThat(head.title()).hasValue("Vice-Minister for Policy Coordination");
    assertThat(head.organization().flatMap(Organization::acronym)).hasValue("MIC");
    assertThat(delegations.get(0).othersDescription()).hasValue("other officials");
    Delegation germany = delegations.get(1);
    assertThat(germany.members())
        .extracting(Participant::name, p -> p.title().orElse(""))
        .containsExactly(
            tuple("Karl Beispiel", "State Secretary"), tuple("Otto Muster", "Director General"));
    assertThat(germany.members().get(0).organization().map(Organization::name))
        .hasValue("Federal Ministry for Digital Affairs");
    assertThat(germany.organizations())
        .extracting(Organization::name)
        .containsExactly("Chamber of Commerce and Industry in Tokyo");
    assertThat(germany.othersDescription()).hasValue("others");
  }

  @Test
  void aJapaneseParticipantsSectionSplitsOrganizationNameAndTitle() {
    Session s =
        only(
            "令和4年3月28日\n\n日独ICT政策対話（第6回）の結果\n\n"
                + "総務省は、3月23日（水）に、日独ICT政策対話（第6回）をWeb会議にて開催しました。\n\n"
                + "1 主な成果\n\nア 5G\n\n日本側から5Gの取組を説明しました。\n\n"
                + "（参考）出席者\n日本側：総務省 山田 花子 総務審議官、外務省関係者ほか\n"
                + "ドイツ側：連邦デジタル交通省 カール・ベイシュピール 次官ほか\n");
    List<Delegation> delegations = s.segments().get(0).delegations();
    assertThat(delegations).extracting(d -> d.party().code()).containsExactly("jp", "de");
    Participant head = delegations.get(0).head().orElseThrow();
    assertThat(head.name()).isEqualTo("山田 花子");
    assertThat(head.title()).hasValue("総務審議官");
    assertThat(head.organization().map(Organization::name)).hasValue("総務省");
    assertThat(delegations.get(0).othersDescription()).hasValue("外務省関係者ほか");
    assertThat(delegations.get(1).members())
        .extracting(Participant::name, p -> p.title().orElse(""))
        .containsExactly(tuple("カール・ベイシュピール", "次官"));
    assertThat(delegations.get(1).othersDescription()).hasValue("ほか");
  }

  @Test
  void someParticipantsOnlineMeansHybrid() {
    Session s =
        only(
            "February 28, 2023 Results of 28th Japan-EU ICT Policy Dialogue\n\n"
                + "MIC and the Commission held the 28th Japan-EU ICT Policy Dialogue in Brussels,"
                + " Belgium (with some participants attending online) on Friday, February 24,"
                + " 2023.\n");
    assertThat(s.mode()).hasValue(MeetingMode.HYBRID);
    assertThat(s.place().map(Place::describe)).hasValue("Brussels, Belgium");
  }

  @Test
  void theNextMeetingKeepsThePlanAsWrittenWithItsBounds() {
    Session s =
        only(
            "September 25, 2020 Results of 11th Director General-level Meeting of the Japan-U.S."
                + " Policy Cooperation Dialogue on the Internet Economy\n\n"
                + "MIC and the State Department held the 11th meeting in Tokyo on September 17,"
                + " 2020.\n\n"
                + "2. Future Plans\n\n"
                + "The next Director General-level Meeting is scheduled to be held by the end of"
                + " 2021.\n");
    assertThat(s.nextMeeting())
        .hasValueSatisfying(
            n -> {
              assertThat(n.text()).hasValue("by the end of 2021");
              assertThat(n.latest()).hasValue(LocalDate.of(2021, 12, 31));
              assertThat(n.date()).isEmpty();
            });
  }

  @Test
  void anUnknownSeriesGetsADialogueFromItsTitleAndANote() {
    Draft draft =
        READER.read(
            "x.txt",
            "May 2, 2024 Results of 3rd Japan-Italy Digital Dialogue\n\n"
                + "The two governments held the 3rd Japan-Italy Digital Dialogue in Rome on April"
                + " 30, 2024.\n");
    Session s = draft.sessions().get(0);
    assertThat(s.dialogue().id()).isEqualTo("japan-italy-digital-dialogue");
    assertThat(s.dialogue().parties()).extracting(p -> p.code()).containsExactly("jp", "it");
    assertThat(s.ordinal()).hasValue(3);
    assertThat(draft.review()).anyMatch(n -> n.field().equals("dialogue"));
  }

  @Test
  void textThatIsNotAMeetingReleaseIsRefusedWithTheReason() {
    assertThatThrownBy(() -> READER.read("e.txt", " \n\t\n"))
        .isInstanceOf(NotAReleaseException.class)
        .hasMessage("e.txt: not a meeting release: the text is empty");
    assertThatThrownBy(() -> READER.read("b.bin", "PK\u0003\u0004\u0000\u0000\u0001x"))
        .isInstanceOf(NotAReleaseException.class)
        .hasMessageContaining("binary");
    assertThatThrownBy(() -> READER.read("n.txt", "Shopping list\n\nEggs and milk.\n"))
        .isInstanceOf(NotAReleaseException.class)
        .hasMessageContaining("no sentence says that a meeting was held");
    assertThatThrownBy(() -> READER.read("big.txt", "x".repeat(ReleaseReader.MAX_LENGTH + 1)))
        .isInstanceOf(NotAReleaseException.class)
        .hasMessageContaining("far fewer than " + ReleaseReader.MAX_LENGTH);
  }

  @Test
  void aReleaseThatNamesASeriesButNoDateIsRefused() {
    assertThatThrownBy(
            () ->
                READER.read(
                    "d.txt", "Results of 5th Japan-EU ICT Policy Dialogue\n\nIt went well.\n"))
        .isInstanceOf(NotAReleaseException.class)
        .hasMessageContaining("no date");
  }

  @Test
  void controlCharactersInTheTextNeverReachTheDraft() {
    Session s = only(GERMANY.replace("1. 5G", "1. 5G\u0007\u001b[2J"));
    assertThat(s.agendaItems().get(0).title()).isEqualTo("5G [2J");
  }

  @Test
  void sentencesSplitAfterFullStopsButNotAfterAbbreviations() {
    assertThat(Sentences.of("Mr. G. K. Upadhyay met the U.S. side. They agreed. 日本側から説明した。EU側も。"))
        .containsExactly(
            "Mr. G. K. Upadhyay met the U.S. side.", "They agreed.", "日本側から説明した。", "EU側も。");
    assertThat(Sentences.of("It serves Society 5.0. Germany agreed."))
        .containsExactly("It serves Society 5.0.", "Germany agreed.");
  }

  @Test
  void ordinalWordsReadAsNumbers() {
    assertThat(List.of("first", "Fourth", "twenty-seventh", "Thirtieth", "eleventh"))
        .extracting(Ordinals::value)
        .containsExactly(1, 4, 27, 30, 11);
  }
}
