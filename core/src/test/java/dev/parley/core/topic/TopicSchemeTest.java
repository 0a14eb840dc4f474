package dev.parley.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Party;
import dev.parley.core.model.Statement;
import dev.parley.core.model.StatementAct;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicSchemeTest {
  private final TopicScheme scheme = TopicScheme.defaultScheme();

  private List<String> ids(String title) {
    return scheme.resolve(title).stream().map(Topic::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "5G and Beyond 5G (6G); 5g beyond-5g",
        "5G/Beyond 5G (6G); 5g beyond-5g",
        "5G, B5G, and Cybersecurity; 5g beyond-5g cybersecurity",
        "IoT security; iot-security",
        "AI/IoT; ai iot",
        "Internet of Things; iot",
        "Data Free Flow with Trust; data-free-flow",
        "Open RAN and vendor diversification; open-networks",
        "Submarine cables and data centres; network-infrastructure",
        "HAPS; non-terrestrial-networks",
        "Emergency warning broadcasting; disaster-management broadcasting",
        "Standardisation; standardization"
      })
  void resolvesLabelsHoweverTheyAreWritten(String title, String expected) {
    assertThat(ids(title)).containsExactly(expected.split(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // Each family in several wordings, none of them a published title.
        "インターネットの開放性の確保; internet-governance",
        "Maintaining an open, free and secure Internet; internet-governance",
        "情報通信網の整備に関する協力; network-infrastructure",
        "Undersea cabling and fibre roll-out; network-infrastructure",
        "ISDB-Tの海外展開; broadcasting third-country-cooperation",
        "Overseas deployment of Japanese ICT solutions; third-country-cooperation",
        "グローバル・デジタル連結性パートナーシップの活用; third-country-cooperation",
        "研究者交流; research-development",
        "デジタル格差の解消; digital-divide",
        "Connecting the next billion; digital-divide",
        "ITU全権委員会議への対応; international-fora",
        "Organisation for Economic Co-operation and Development; international-fora",
        "Combating computer crime; cybersecurity",
        "ハイテク犯罪への対処; cybersecurity",
        "Socio-economic development through ICT; digital-economy",
        "サプライヤーの多様性の確保; open-networks",
        "Diverse and trusted suppliers; open-networks",
        "Standardised interfaces; standardization",
        "十分性認定; privacy",
        "Data regulators dialogue; privacy",
        "CBPR Forum; privacy",
        "Internet of Things security standards; iot-security standardization",
        "Green data centres; green-ict",
        "データローカライゼーション規制の撤廃; data-free-flow",
        "Data localisation requirements; data-free-flow",
        "人材の育成; digital-skills",
        "Emergency alerts; disaster-management",
        "デジタル通商の推進; digital-trade",
        "Electronic payments across borders; digital-trade",
        "デジタル署名の相互承認; trust-services standardization",
        "越境データフローの課題; data-free-flow",
        "Open government data portals; open-data",
        "通信サプライチェーンの多様化; open-networks",
        "Telecom supply chain diversification; open-networks",
        "超高速インターネットの整備; broadband",
        "Safety of products bought online; consumer-protection",
        "Data privacy rules; privacy",
        "Criminal use of ICTs; cybersecurity",
        "Support for developing economies; third-country-cooperation"
      })
  void labelFamiliesCoverTheirUsualWordings(String title, String expected) {
    assertThat(ids(title)).containsExactly(expected.split(" "));
  }

  @Test
  void longestLabelWins() {
    assertThat(ids("IoT security and IoT")).containsExactly("iot-security", "iot");
    assertThat(ids("Data economy")).containsExactly("data-economy");
    assertThat(ids("personal data")).containsExactly("privacy");
  }

  @Test
  void aLongerLabelKeepsAGenericWordFromNamingItsOwnTopic() {
    // "platform", "digitalization" and "infrastructure development" name topics of their own.
    assertThat(ids("Working together on multilateral platforms"))
        .containsExactly("international-fora");
    assertThat(ids("High-altitude platforms for rural areas"))
        .containsExactly("non-terrestrial-networks");
    assertThat(ids("Digitalisation of local government")).containsExactly("e-government");
    assertThat(ids("Broadband infrastructure development")).containsExactly("broadband");
    assertThat(ids("地方自治体のデジタル化")).containsExactly("e-government");
    assertThat(ids("個人情報保護と情報保護")).containsExactly("privacy", "cybersecurity");
  }

  @Test
  void caseHyphensAndAndDoNotMatter() {
    assertThat(ids("BEYOND-5G")).isEqualTo(ids("beyond 5g"));
    assertThat(ids("Science, Technology and Innovation"))
        .isEqualTo(ids("science technology innovation"))
        .containsExactly("innovation");
  }

  @Test
  void pluralsMatchTheirSingularLabels() {
    // Each label below is written in the singular or the plural only; the title uses the other.
    assertThat(ids("Bridging digital divides")).containsExactly("digital-divide");
    assertThat(ids("National ICT strategies")).containsExactly("ict-policy");
    assertThat(ids("The rural post office")).containsExactly("postal-services");
  }

  @Test
  void olderReleasesNameTheirTopicsInTheseWords() {
    assertThat(ids("Workshop on DNSSEC deployment")).containsExactly("cybersecurity");
    assertThat(ids("Tsunami warning for coastal towns")).contains("disaster-management");
    assertThat(ids("Mutual recognition of test reports")).containsExactly("standardization");
    assertThat(ids("市場参入の条件")).containsExactly("ict-regulation");
    assertThat(ids("ICTへのアクセスの拡大")).containsExactly("digital-divide");
    assertThat(ids("(3)科学技術")).containsExactly("research-development");
    assertThat(ids("Access to ICTs for remote islands")).containsExactly("digital-divide");
  }

  @Test
  void radioConferenceAndStudyGroupAgendasNameTheirTopics() {
    assertThat(ids("①3600-3700 MHz帯におけるIMTの検討")).contains("spectrum");
    assertThat(ids("Workshop on WPT for electric vehicles")).containsExactly("spectrum");
    assertThat(ids("ウ 研究課題の承認")).containsExactly("standardization");
    assertThat(ids("国際接続性の強化")).containsExactly("network-infrastructure");
    assertThat(ids("ガバナンス革新")).containsExactly("ict-regulation");
    assertThat(ids("Regional Digital Masterplan 2030")).containsExactly("ict-policy");
  }

  @Test
  void connectivityIsBroadbandAndInternationalConnectivityIsInfrastructure() {
    assertThat(ids("接続性と災害からの復旧")).containsExactly("broadband", "disaster-management");
    assertThat(ids("島しょ国の国際接続性")).contains("network-infrastructure").doesNotContain("broadband");
  }

  @Test
  void digitalConnectivityIsBroadbandUnlessItIsResilientInfrastructure() {
    assertThat(ids("Universal digital connectivity")).containsExactly("broadband");
    assertThat(ids("1. デジタル接続性")).containsExactly("broadband");
    assertThat(ids("Resilient digital connectivity")).containsExactly("network-infrastructure");
    assertThat(ids("'Digital Skilling'")).containsExactly("digital-skills");
    assertThat(ids("Preparing for jobs of the future")).containsExactly("digital-skills");
    assertThat(ids("(8) 持続可能性")).containsExactly("green-ict");
    assertThat(ids("(2)包摂性")).containsExactly("digital-divide");
    assertThat(ids("包摂的なデジタル公共インフラ")).doesNotContain("digital-divide");
  }

  @Test
  void infrastructureProtectionFragmentationRightsAndTheSummitNameTheirTopics() {
    assertThat(ids("(2)重要インフラ防護に関する協力")).containsExactly("cybersecurity");
    assertThat(ids("Critical infrastructure protection")).containsExactly("cybersecurity");
    assertThat(ids("ア 両国のデジタル政策")).containsExactly("ict-policy");
    assertThat(ids("Countering Mis-Information")).containsExactly("disinformation");
    assertThat(ids("Preventing Internet fragmentation")).containsExactly("internet-governance");
    assertThat(ids("Human rights online and offline")).containsExactly("digital-rights");
    assertThat(ids("Preparing the WSIS review")).containsExactly("international-fora");
  }

  @Test
  void postTradeProceduresSkillsIntegrityAndRemoteAreasNameTheirTopics() {
    assertThat(ids("郵政分野の協力")).containsExactly("postal-services");
    assertThat(ids("電子的な貿易手続の推進")).containsExactly("digital-trade");
    assertThat(ids("Paperless trade procedures")).containsExactly("digital-trade");
    assertThat(ids("Legal recognition of electronic transferable records"))
        .containsExactly("digital-trade");
    assertThat(ids("デジタルのスキル向上")).containsExactly("digital-skills");
    assertThat(ids("(2) Personnel training")).containsExactly("digital-skills");
    assertThat(ids("選挙と情報インテグリティ")).containsExactly("disinformation");
    assertThat(ids("Resilient ICT infrastructure supply chains"))
        .containsExactly("supply-chain-security");
    assertThat(ids("離島におけるICT利活用")).containsExactly("digital-divide");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "divides, divide",
    "strategies, strategy",
    "policies, policy",
    "approaches, approach",
    "addresses, address",
    "boxes, box",
    "networks, network",
    "access, access",
    "status, status",
    "analysis, analysis",
    "ties, tie",
    "gas, gas",
    "5gs, 5gs",
    "divide, divide"
  })
  void theSingularFoldTakesOffEnglishPluralEndingsOnly(String word, String singular) {
    assertThat(TitleWords.singular(word)).isEqualTo(singular);
  }

  @Test
  void britishAndAmericanSpellingsMatchEachOthersLabels() {
    // Each label below is written in one spelling only; the title uses the other.
    assertThat(ids("Virtualised RAN for rural operators")).containsExactly("open-networks");
    // "government digitalization" is one label; without folding, "government *" would take
    // "digitalisation" in its slot and name digital-economy too.
    assertThat(ids("Government digitalisation")).containsExactly("e-government");
    assertThat(ids("Regional data centers and fiber optic cables"))
        .isEqualTo(ids("Regional data centres and fibre optic cables"))
        .containsExactly("network-infrastructure");
    assertThat(ids("Human resource development programmes")).containsExactly("digital-skills");
    assertThat(TopicScheme.normalize("Labour and behaviour in centres of organisation"))
        .isEqualTo("labor behavior in center of organization");
    // Words that merely end alike stay as they are.
    assertThat(TopicScheme.normalize("rise hour four acre")).isEqualTo("rise hour four acre");
    assertThat(TitleWords.american("analyse")).isEqualTo("analyze");
    assertThat(TitleWords.american("fibres")).isEqualTo("fibers");
    assertThat(TitleWords.american("prioritising")).isEqualTo("prioritizing");
    assertThat(TitleWords.american("digitalization")).isEqualTo("digitalization");
  }

  @ParameterizedTest
  @CsvSource({
    "organisations, organizations",
    "organisation, organization",
    "digitalising, digitalizing",
    "regularisers, regularizers",
    "digitalised, digitalized",
    "prioritises, prioritizes",
    "optimiser, optimizer",
    "digitalise, digitalize",
    "analysing, analyzing",
    "analysed, analyzed",
    "analyses, analyzes",
    "paralyse, paralyze",
    "centres, centers",
    "theatre, theater",
    "fibre, fiber",
    "labours, labors",
    "behaviour, behavior",
    "programme, program",
    "programmes, programs",
    "defence, defense",
    "offences, offenses",
    "licence, license",
    "licences, licenses",
    "ageing, aging",
    "catalogue, catalog",
    "enrolment, enrollment",
    "cooperation, cooperation",
    "networks, networks",
    "security, security",
    "spectrum, spectrum",
    "rise, rise",
    "hour, hour",
    "acre, acre",
    "licensed, licensed"
  })
  void everyBritishFormTheFoldKnowsIsFoldedAndOtherWordsStay(String british, String american) {
    assertThat(TitleWords.american(british)).isEqualTo(american);
  }

  @Test
  void aTopicMayListBothSpellingsOfALabelButTwoTopicsMayNotShareOne() {
    Topic both =
        Topic.builder()
            .id("std")
            .prefLabel("Standardisation")
            .addAltLabel("standardization")
            .build();
    assertThat(TopicScheme.of(both).resolve("standardization").get(0).id()).isEqualTo("std");
    assertThatThrownBy(
            () ->
                TopicScheme.of(
                    Topic.builder().id("a").prefLabel("Data centre").build(),
                    Topic.builder().id("b").prefLabel("B").addAltLabel("data center").build()))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessage("Topic 'b': label \"data center\" is already a label of topic 'a'");
  }

  @Test
  void neverGuesses() {
    assertThat(scheme.resolve("Opening")).isEmpty();
    assertThat(scheme.resolve("")).isEmpty();
    assertThat(scheme.resolve("情報通信")).isEmpty();
  }

  @Test
  void eachTopicOnceInOrderOfFirstOccurrence() {
    assertThat(ids("6G, AI and 6G again")).containsExactly("beyond-5g", "ai");
  }

  @Test
  void topicsOfAnItemAreExplicitIdsThenTitleTopics() {
    AgendaItem item =
        AgendaItem.builder()
            .title("Review policies and regulations")
            .addTopic("privacy")
            .addTopic("my-own-topic")
            .build();
    assertThat(scheme.topicsOf(item))
        .extracting(Topic::id)
        .containsExactly("privacy", "my-own-topic", "ict-regulation");
    assertThat(scheme.topicsOf(item).get(1).prefLabel()).isEqualTo("my-own-topic");
  }

  @Test
  void mentionsComeFromStatementsAndOutcomes() {
    AgendaItem item =
        AgendaItem.builder()
            .title("Review policies and regulations")
            .addStatement(
                Statement.builder()
                    .addParty(Party.of("jp", "Japan"))
                    .act(StatementAct.EXPLAINED)
                    .text("Japan explained privacy protection and initiatives for fake news.")
                    .build())
            .build();
    assertThat(scheme.mentionsOf(item))
        .extracting(Topic::id)
        .containsExactly("privacy", "disinformation");
  }

  @Test
  void broaderIsTransitive() {
    TopicScheme s =
        TopicScheme.of(
            Topic.of("a", "A"),
            Topic.builder().id("b").prefLabel("B").addBroader("a").build(),
            Topic.builder().id("c").prefLabel("C").addBroader("b").build());
    assertThat(s.isBroader("a", "c")).isTrue();
    assertThat(s.isBroader("c", "a")).isFalse();
    assertThat(scheme.isBroader("cybersecurity", "iot-security")).isTrue();
    assertThat(scheme.isBroader("iot", "iot-security")).isTrue();
    assertThat(scheme.isBroader("iot-security", "cybersecurity")).isFalse();
  }

  @Test
  void userTopicsMayNameDefaultTopicsAsBroader() {
    List<Topic> mine =
        TopicScheme.parseTopics(
            new StringReader("vran\tVirtual RAN\tvRAN\topen-networks\n"), "mine.tsv");
    assertThatThrownBy(() -> TopicScheme.of(mine))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessage("Topic 'vran': broader topic 'open-networks' is not in the scheme");
    TopicScheme merged = scheme.mergedWith(mine);
    assertThat(merged.resolve("vRAN")).extracting(Topic::id).containsExactly("vran");
    assertThat(merged.isBroader("open-networks", "vran")).isTrue();
  }

  @Test
  void mergedSchemePrefersTheUsersLabels() {
    TopicScheme mine =
        TopicScheme.of(
            Topic.builder().id("ai").prefLabel("Artificial intelligence").addAltLabel("ML").build(),
            Topic.builder().id("open-ran").prefLabel("Open RAN").build());
    TopicScheme merged = scheme.mergedWith(mine);
    assertThat(merged.topic("ai").orElseThrow().prefLabel()).isEqualTo("Artificial intelligence");
    assertThat(merged.resolve("ML and Open RAN"))
        .extracting(Topic::id)
        .containsExactly("ai", "open-ran");
    assertThat(merged.resolve("vendor diversification"))
        .extracting(Topic::id)
        .containsExactly("open-networks");
    assertThat(merged.topics()).hasSize(scheme.topics().size() + 1);
  }

  /** A small scheme of its own: a label with a slot in the middle, one with a slot at its end. */
  private static final TopicScheme SLOTS =
      TopicScheme.of(
          Topic.builder()
              .id("vendors")
              .prefLabel("Vendor diversity")
              .addAltLabel("choice of * vendors")
              .addAltLabel("choice of vendors")
              .build(),
          Topic.builder().id("public").prefLabel("Public sector").addAltLabel("state *").build(),
          Topic.builder().id("radio").prefLabel("Radio").addAltLabel("radio access").build(),
          Topic.builder().id("cloud").prefLabel("Cloud").addAltLabel("雲").build(),
          Topic.builder().id("state-owned").prefLabel("State radio").build());

  private static List<String> slotIds(String title) {
    return SLOTS.resolve(title).stream().map(Topic::id).toList();
  }

  @Test
  void aLabelWithASlotNamesItsTopicAndTheTopicOfTheLabelInTheSlot() {
    assertThat(slotIds("A wider choice of radio access vendors"))
        .containsExactly("vendors", "radio");
    assertThat(slotIds("state cloud, then state 雲")).containsExactly("public", "cloud");
    assertThat(ids("Diversification of 5G suppliers")).containsExactly("open-networks", "5g");
    assertThat(ids("Diversification of Open RAN vendors")).containsExactly("open-networks");
    assertThat(ids("Government Cloud")).containsExactly("e-government", "cloud-computing");
    assertThat(ids("ガバメントクラウドの推進")).containsExactly("e-government", "cloud-computing");
  }

  @Test
  void anEmptySlotDoesNotMatchAndALabelWithoutASlotWinsATie() {
    assertThat(slotIds("choice of vendors")).containsExactly("vendors");
    assertThat(slotIds("the state")).isEmpty();
    assertThat(slotIds("choice of radio")).containsExactly("radio");
    // "state radio" ends where "state *" filled with "radio" ends: the label without a slot wins.
    assertThat(slotIds("state radio")).containsExactly("state-owned");
    // A longer label in the slot ("radio access") is the one that fills it.
    assertThat(slotIds("state radio access")).containsExactly("public", "radio");
    assertThat(ids("Government")).isEmpty();
    assertThat(ids("Government data")).containsExactly("open-data");
  }

  @Test
  void aStarInATitleFillsASlotSoThatEveryLabelAsWrittenNamesItsTopic() {
    assertThat(slotIds("choice of * vendors")).containsExactly("vendors");
    assertThat(slotIds("state *")).containsExactly("public");
    assertThat(slotIds("* cloud *")).containsExactly("cloud");
    assertThat(ids("government *")).containsExactly("e-government");
    assertThat(ids("ガバメント*")).containsExactly("e-government");
    assertThat(TopicScheme.normalize("AI* and cloud")).isEqualTo("ai cloud");
    assertThat(scheme.resolve("*".repeat(100_000))).isEmpty();
  }

  @Test
  void aLabelWithSlotsEverywhereStillResolvesInOnePass() {
    String title = "state choice of ".repeat(20_000) + "state cloud";
    assertThat(slotIds(title)).containsExactly("public", "cloud");
  }

  @Test
  void aSlotFollowsAWordAndComesOnceAndNeverInAPreferredLabel() {
    assertThatThrownBy(() -> Topic.builder().id("a").prefLabel("A").addAltLabel("* cloud").build())
        .isInstanceOf(TopicSchemeException.class)
        .hasMessage(
            "Topic 'a': label \"* cloud\" may have one slot (*), and only after a word to match");
    assertThatThrownBy(() -> Topic.builder().id("a").prefLabel("A").addAltLabel("x * y *").build())
        .isInstanceOf(TopicSchemeException.class)
        .hasMessageContaining("may have one slot");
    assertThatThrownBy(() -> Topic.builder().id("a").prefLabel("state *").build())
        .isInstanceOf(TopicSchemeException.class)
        .hasMessage("Topic 'a': preferred label \"state *\" may not have a slot (*)");
    assertThatThrownBy(
            () ->
                Topic.builder()
                    .id("a")
                    .prefLabel("A")
                    .addAltLabel("choice of * vendors")
                    .addAltLabel("choice of *, vendors")
                    .build())
        .isInstanceOf(TopicSchemeException.class)
        .hasMessageContaining("repeats another label");
  }

  @Test
  void rejectsOneLabelForTwoTopics() {
    assertThatThrownBy(
            () ->
                TopicScheme.of(
                    Topic.builder().id("a").prefLabel("Data").build(),
                    Topic.builder().id("b").prefLabel("B").addAltLabel("data").build()))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessage("Topic 'b': label \"data\" is already a label of topic 'a'");
  }

  @Test
  void rejectsAnUnknownBroaderTopic() {
    assertThatThrownBy(
            () -> TopicScheme.of(Topic.builder().id("a").prefLabel("A").addBroader("z").build()))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessage("Topic 'a': broader topic 'z' is not in the scheme");
  }

  @Test
  void rejectsABroaderCycle() {
    assertThatThrownBy(
            () ->
                TopicScheme.of(
                    Topic.builder().id("a").prefLabel("A").addBroader("b").build(),
                    Topic.builder().id("b").prefLabel("B").addBroader("a").build()))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessageContaining("cycle");
  }

  @Test
  void parsesTheTabSeparatedFormat() {
    TopicScheme s =
        TopicScheme.parse(
            new StringReader(
                "# comment\n\nnet\tNetworks\n"
                    + "open-ran\tOpen RAN\tO-RAN | vRAN\tnet\n"
                    + "x\tX\t\t\n"),
            "mine.tsv");
    assertThat(s.topics()).extracting(Topic::id).containsExactly("net", "open-ran", "x");
    assertThat(s.topic("open-ran").orElseThrow().altLabels()).containsExactly("O-RAN", "vRAN");
    assertThat(s.topic("open-ran").orElseThrow().broader()).containsExactly("net");
  }

  @Test
  void parseErrorsNameTheLine() {
    assertThatThrownBy(() -> TopicScheme.parse(new StringReader("ok\tOK\nbad line\n"), "mine.tsv"))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessage(
            "mine.tsv:2: expected 2 to 5 tab-separated columns (id, label, alternative labels,"
                + " broader ids, language), found 1");
    assertThatThrownBy(() -> TopicScheme.parse(new StringReader("Bad Id\tX\n"), "mine.tsv"))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessageStartingWith("mine.tsv:1: Topic 'Bad Id': id");
  }

  @Test
  void defaultSchemeHasEveryTopicTheAnalystsAskedFor() {
    assertThat(scheme.topics())
        .extracting(Topic::id)
        .contains(
            "5g",
            "beyond-5g",
            "open-networks",
            "network-infrastructure",
            "non-terrestrial-networks",
            "spectrum",
            "broadband",
            "cybersecurity",
            "iot-security",
            "supply-chain-security",
            "iot",
            "ai",
            "cloud-computing",
            "quantum",
            "semiconductors",
            "robotics",
            "metaverse",
            "ipv6",
            "data-free-flow",
            "data-economy",
            "open-data",
            "e-government",
            "privacy",
            "platforms",
            "disinformation",
            "child-online-protection",
            "consumer-protection",
            "ict-regulation",
            "roaming",
            "internet-governance",
            "international-fora",
            "standardization",
            "research-development",
            "smart-cities",
            "green-ict",
            "covid-19",
            "healthcare-ict",
            "trust-services",
            "third-country-cooperation",
            "digital-divide",
            "digital-trade",
            "autonomous-driving",
            "disaster-management",
            "spam",
            "digital-identity",
            "piracy",
            "digital-rights",
            "digital-economy",
            "innovation");
    assertThat(scheme.topic("iot-security").orElseThrow().broader())
        .containsExactly("cybersecurity", "iot");
    assertThat(scheme.topic("supply-chain-security").orElseThrow().broader())
        .containsExactly("cybersecurity");
  }

  @Test
  void defaultSchemesShareTheirTopicsButNotTheirMemory() {
    TopicScheme other = TopicScheme.defaultScheme();
    assertThat(other).isNotSameAs(scheme);
    assertThat(other.resolve("AI").get(0)).isSameAs(scheme.resolve("人工知能").get(0));
    assertThat(scheme.resolve("AI").get(0))
        .isSameAs(scheme.resolve("artificial intelligence").get(0));
  }

  @Test
  void japaneseTitlesResolveWithoutSpaces() {
    assertThat(ids("（２）５Ｇセキュリティ・オープンRAN")).containsExactly("5g", "cybersecurity", "open-networks");
    assertThat(ids("オープンRAN")).containsExactly("open-networks");
    assertThat(ids("データセンターの地方分散")).containsExactly("network-infrastructure");
    assertThat(ids("量子技術と海底ケーブルの強靱化")).containsExactly("quantum", "network-infrastructure");
    assertThat(ids("IoTセキュリティ")).containsExactly("iot-security");
    assertThat(ids("5Gの早期導入")).containsExactly("5g");
    assertThat(ids("AIガバナンス")).containsExactly("ai");
  }

  @Test
  void latinLabelsMatchOnWordBoundariesOnly() {
    assertThat(ids("PAIN points")).isEmpty();
    assertThat(ids("Maintenance")).isEmpty();
    assertThat(ids("ai")).containsExactly("ai");
  }

  @Test
  void itemMarkersAreNotPartOfTheTitle() {
    for (String marked : List.of("ア 国際連携", "(1)国際連携", "（１）国際連携", "1. 国際連携", "i. 国際連携", "1）国際連携")) {
      assertThat(TopicScheme.normalize(marked)).as(marked).isEqualTo("国際連携");
    }
    assertThat(TopicScheme.normalize("1.5 GHz")).isEqualTo("1 5 ghz");
  }

  @Test
  void policyCoordinatedWithRegulationNamesBothTopics() {
    assertThat(ids("(2) Policy and regulations in the satellite field"))
        .containsExactly("ict-policy", "ict-regulation", "non-terrestrial-networks");
    assertThat(ids("政策・規制枠組の整備")).containsExactly("ict-policy", "ict-regulation");
    assertThat(ids("Improving the ICT regulatory environment")).contains("ict-regulation");
  }

  @Test
  void cyberSecurityForIoTIsIoTSecurity() {
    assertThat(ids("2. Cyber security for IoT / smart factories")).containsExactly("iot-security");
  }

  @Test
  void theDigitalFieldMarketEntryAndAStudyPeriodHaveTheirTopics() {
    assertThat(ids("<デジタル分野>")).containsExactly("digital-economy");
    assertThat(ids("B.欧州衛星市場への参入")).contains("ict-regulation");
    assertThat(ids("次研究会期の体制")).containsExactly("standardization");
  }

  @Test
  void aCircledNumberThatOpensATitleIsAMarkerNotPartOfItsFirstWord() {
    assertThat(ids("①AI・先端技術")).containsExactly("ai");
    assertThat(ids("❷ IoT")).containsExactly("iot");
    assertThat(TopicScheme.normalize("⑩AI")).isEqualTo("ai");
    assertThat(TopicScheme.normalize("AI ①")).isEqualTo("ai 1");
  }

  @Test
  void aJapaneseTitleAndItsEnglishCounterpartResolveAlike() {
    for (Topic t : scheme.topics()) {
      if (t.prefLabel("ja").isPresent()) {
        assertThat(scheme.resolve(t.prefLabel("ja").orElseThrow()))
            .as(t.id())
            .isEqualTo(scheme.resolve(t.prefLabel()));
      }
    }
  }

  @Test
  void everyDefaultTopicHasAJapanesePreferredLabel() {
    for (Topic t : scheme.topics()) {
      assertThat(t.prefLabel("ja")).as(t.id()).isPresent();
      assertThat(t.languages()).containsExactly("en", "ja");
    }
  }

  @Test
  void aTitleOfCombiningMarksResolvesInOnePass() {
    String marks = "\u0301\u0316\u0300\u0317".repeat(25_000);
    assertThat(marks).hasSize(100_000);
    assertThat(scheme.resolve("5G " + marks + " オープンRAN " + marks))
        .extracting(Topic::id)
        .containsExactly("5g", "open-networks");
  }

  @Test
  void mergingTwiceKeepsTheFirstMergesLabels() {
    TopicScheme mine =
        scheme.mergedWith(
            List.of(Topic.builder().id("cables").prefLabel("Undersea cables").build()));
    TopicScheme more =
        mine.mergedWith(List.of(Topic.builder().id("other").prefLabel("Other things").build()));
    assertThat(ids(more, "Undersea cables")).containsExactly("cables");
    assertThat(ids(mine.mergedWith(TopicScheme.of(Topic.of("x", "X"))), "Undersea cables"))
        .containsExactly("cables");
  }

  @Test
  void languageLinesAddLabelsToTheEnglishTopic() {
    TopicScheme s =
        TopicScheme.parse(
            new java.io.StringReader(
                "open-ran\tOpen RAN\tO-RAN\t\nopen-ran\tオープンRAN\tオープン化\t\tja\n"),
            "mine.tsv");
    Topic t = s.topic("open-ran").orElseThrow();
    assertThat(t.prefLabel("ja")).contains("オープンRAN");
    assertThat(t.altLabels("ja")).containsExactly("オープン化");
    assertThat(t.altLabels()).containsExactly("O-RAN");
    assertThat(ids(s, "オープン化の推進")).containsExactly("open-ran");
  }

  @Test
  void aLanguageLineWithoutAnEnglishLineIsLocated() {
    assertThatThrownBy(
            () -> TopicScheme.parse(new java.io.StringReader("# x\nq\t量子\t\t\tja\n"), "mine.tsv"))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessage("mine.tsv:2: Topic 'q' has labels in another language but no English line");
  }

  @Test
  void aDeepChainOfBroaderLinksIsALocatedErrorNotAStackOverflow() {
    StringBuilder tsv = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      tsv.append("t").append(i).append("\tT").append(i).append('\t');
      tsv.append("\t").append(i + 1 < 50_000 ? "t" + (i + 1) : "").append('\n');
    }
    assertThatThrownBy(
            () -> TopicScheme.parse(new java.io.StringReader(tsv.toString()), "deep.tsv"))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessageStartingWith("deep.tsv:")
        .hasMessageContaining("longer than 64 links");
  }

  @Test
  void aCycleInAFileIsLocated() {
    assertThatThrownBy(
            () ->
                TopicScheme.parse(
                    new java.io.StringReader("a\tA\t\tb\nb\tB\t\tc\nc\tC\t\ta\n"), "cyc.tsv"))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessageMatching("cyc\\.tsv:[123]: Topic '[abc]': broader links form a cycle: .*");
  }

  @Test
  void rememberedTitlesAreBoundedAndBelongToTheInstance() {
    TopicScheme s = TopicScheme.defaultScheme();
    for (int i = 0; i < 5_000; i++) {
      assertThat(s.resolve("AI " + i + "x".repeat(500)))
          .extracting(Topic::id)
          .containsExactly("ai");
    }
    assertThat(s.resolve("AI")).extracting(Topic::id).containsExactly("ai");
  }

  private static List<String> ids(TopicScheme s, String title) {
    List<String> ids = new java.util.ArrayList<>();
    s.resolve(title).forEach(t -> ids.add(t.id()));
    return ids;
  }
}
