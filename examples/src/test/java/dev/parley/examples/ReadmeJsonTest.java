package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Session;
import dev.parley.examples.seeds.JapanEuPolicyDialogue;
import dev.parley.examples.seeds.JapanEuStrategyWorkshop;
import dev.parley.json.ParleyJson;
import dev.parley.json.ParleyJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON example and the error messages in README.md are real. */
class ReadmeJsonTest {
  private String readme;
  private String example;

  @BeforeEach
  void readTheReadme() throws IOException {
    readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```json\n") + "```json\n".length();
    example = readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theExampleDocumentIsValid() {
    Session s = ParleyJson.defaults().readSession(example);
    assertThat(s.ordinal()).hasValue(11);
    assertThat(s.agendaItems().get(0).strongestCommitment())
        .contains(Commitment.AGREED_TO_COOPERATE);
  }

  @Test
  void theErrorMessagesShownAreTheOnesParleyGives() {
    String compact = ParleyJson.defaults().write(ParleyJson.defaults().readSession(example));
    List<String> broken =
        List.of(
            compact.replace("\"agreed-to-cooperate\"", "\"agreed\""),
            compact.replace("\"end\":\"2020-09-18\"", "\"end\":\"2020-09-01\""),
            compact.replace("\"parties\":[\"jp\",\"us\"]", "\"parties\":[\"jp\",\"uk\"]"),
            compact.replace("\"parley\":\"2.0\"", "\"parley\":\"3.1\""),
            compact
                .replace("\"parley\":\"2.0\"", "\"parley\":\"2.1\"")
                .replace("\"ordinal\":11,", "\"ordinal\":11,\"x\":1,"));
    for (String json : broken) {
      ParleyJsonException e =
          catchThrowableOfType(
              ParleyJsonException.class, () -> ParleyJson.defaults().readSession(json));
      assertThat(readme).as(e.getMessage()).contains("\n" + e.getMessage() + "\n");
    }
  }

  @Test
  void theDiffExampleIsAnAbridgedCopyOfWhatParleyWrites() throws IOException {
    int at = readme.indexOf("### The command's JSON");
    int start = readme.indexOf("```json\n", at) + "```json\n".length();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode shown = mapper.readTree(readme.substring(start, readme.indexOf("```", start)));
    JsonNode real =
        mapper.readTree(
            ParleyJson.defaults()
                .write(
                    AgendaDiff.between(
                        JapanEuStrategyWorkshop.tenth(), JapanEuPolicyDialogue.twentySeventh())));
    assertThat(shown.get("parley")).isEqualTo(real.get("parley"));
    JsonNode diff = shown.get("diff");
    assertThat(diff.get("from")).isEqualTo(real.get("diff").get("from"));
    assertThat(diff.get("to")).isEqualTo(real.get("diff").get("to"));
    for (String list : List.of("added", "dropped", "continued")) {
      assertThat(diff.get(list)).isNotEmpty();
      for (JsonNode entry : diff.get(list)) {
        assertThat(real.get("diff").get(list)).as(list).contains(entry);
      }
    }
  }

  @Test
  void theSchemaIdIsTheStableOneTheReadmeDocuments() throws IOException {
    try (var in = ParleyJson.class.getResourceAsStream("parley.schema.json")) {
      String id =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("$id").asText();
      assertThat(id).matches("https://parley\\.dev/schema/parley-\\d+\\.\\d+\\.schema\\.json");
      assertThat(readme).contains("The schema's `$id` is `" + id + "`");
    }
  }
}
