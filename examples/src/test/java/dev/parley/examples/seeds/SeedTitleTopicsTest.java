package dev.parley.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every agenda title of the five seeds, and the topics an analyst reads in it. The expectations
 * were written from the titles, not from the program's output.
 */
class SeedTitleTopicsTest {
  private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

  static {
    // 000 Japan-Germany, government dialogue and public-private meeting
    EXPECTED.put("International cooperation", List.of("international-fora"));
    EXPECTED.put("AI/IoT", List.of("ai", "iot"));
    EXPECTED.put("Review policies and regulations", List.of("ict-regulation"));
    EXPECTED.put("5G", List.of("5g"));
    EXPECTED.put("IoT security", List.of("iot-security"));
    EXPECTED.put("Data utilization", List.of("data-economy"));
    EXPECTED.put(
        "Data economy and Internet governance", List.of("data-economy", "internet-governance"));
    EXPECTED.put(
        "New technologies (autonomous driving and AI)", List.of("autonomous-driving", "ai"));
    // 001 Japan-EU workshop
    EXPECTED.put("5G and Beyond 5G (6G)", List.of("5g", "beyond-5g"));
    EXPECTED.put("Cybersecurity", List.of("cybersecurity"));
    EXPECTED.put(
        "Digital and smart cities for climate change response",
        List.of("smart-cities", "green-ict"));
    EXPECTED.put("AI", List.of("ai"));
    EXPECTED.put("Digital action for COVID-19", List.of("covid-19"));
    EXPECTED.put("Platform", List.of("platforms"));
    EXPECTED.put("Data", List.of("data-economy"));
    EXPECTED.put("Trust services", List.of("trust-services"));
    // 002 Japan-EU dialogue
    EXPECTED.put("5G/Beyond 5G (6G)", List.of("5g", "beyond-5g"));
    EXPECTED.put("Regulatory reform", List.of("ict-regulation"));
    // 003 Japan-U.S.
    EXPECTED.put("Summary", List.of());
    EXPECTED.put("5G, B5G, and Cybersecurity", List.of("5g", "beyond-5g", "cybersecurity"));
    EXPECTED.put(
        "Cooperation and AI in the International Arena", List.of("ai", "international-fora"));
    EXPECTED.put("International and Free Data Distribution", List.of("data-free-flow"));
    EXPECTED.put("Third Country Cooperation", List.of("third-country-cooperation"));
    // 004 EU-Japan BRT visit
    EXPECTED.put("Opening", List.of());
    EXPECTED.put("Science, Industrial Technology, and Innovation", List.of("innovation"));
    EXPECTED.put(
        "Japan-EU Economic Partnership Agreement (EPA) and International Trade",
        List.of("digital-trade"));
    EXPECTED.put("Digital Economy", List.of("digital-economy"));
    EXPECTED.put("Public-Private Joint Sessions", List.of());
    EXPECTED.put("Meeting on Data Economy", List.of("data-economy"));
    EXPECTED.put("Early realization of 5G", List.of("5g"));
    EXPECTED.put("Development of rules for the IoT era", List.of("iot"));
    EXPECTED.put(
        "Strengthening the dialogue on the challenges of the data economy",
        List.of("data-economy"));
    EXPECTED.put(
        "Promotion of Society 5.0 and artificial intelligence (AI)", List.of("innovation", "ai"));
    EXPECTED.put(
        "Promotion of innovation through next-generation production revolution",
        List.of("innovation"));
    EXPECTED.put("Promotion of free flow of information", List.of("data-free-flow"));
    EXPECTED.put("Promotion of AI", List.of("ai"));
    EXPECTED.put("Development of high-quality infrastructure", List.of("network-infrastructure"));
    EXPECTED.put("Information and communication regulatory policies", List.of("ict-regulation"));
    // 004 Japan-India JWG: the titles name no topic; the items state theirs explicitly.
    EXPECTED.put(
        "Japan-India joint projects newly selected (six projects in three fields)", List.of());
    EXPECTED.put(
        "Current Japan-India joint projects already selected (five projects in four fields)",
        List.of());
  }

  private final TopicScheme scheme = TopicScheme.defaultScheme();

  @Test
  void everySeedTitleResolvesToTheTopicsItNames() {
    List<String> titles =
        Seeds.sessions().stream()
            .flatMap(s -> s.agendaItems().stream())
            .map(AgendaItem::title)
            .distinct()
            .toList();
    assertThat(titles).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    for (String title : titles) {
      assertThat(scheme.resolve(title))
          .as(title)
          .extracting(Topic::id)
          .containsExactlyElementsOf(EXPECTED.get(title));
    }
  }

  @Test
  void explicitTopicsComeFirstOnVagueTitles() {
    AgendaItem review = JapanGermanyPolicyDialogue.fourth().segments().get(0).agenda().get(2);
    assertThat(scheme.topicsOf(review))
        .extracting(Topic::id)
        .containsExactly("privacy", "disinformation", "platforms", "ict-regulation");
  }

  @Test
  void everyExplicitTopicIdIsInTheDefaultScheme() {
    Seeds.sessions().stream()
        .flatMap(s -> s.agendaItems().stream())
        .flatMap(i -> i.topics().stream())
        .forEach(id -> assertThat(scheme.topic(id)).as(id).isPresent());
  }
}
