package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.Session;
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
            compact.replace("\"parley\":\"1.0\"", "\"parley\":\"2.3\""));
    for (String json : broken) {
      ParleyJsonException e =
          catchThrowableOfType(
              ParleyJsonException.class, () -> ParleyJson.defaults().readSession(json));
      assertThat(readme).contains("\n" + e.getMessage() + "\n");
    }
  }

  @Test
  void theSchemaIdIsTheStableOneTheReadmeDocuments() throws IOException {
    try (var in = ParleyJson.class.getResourceAsStream("parley.schema.json")) {
      String id =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("$id").asText();
      assertThat(id).isEqualTo("https://parley.dev/schema/parley-1.0.schema.json");
      assertThat(readme).contains("Its `$id` is `" + id + "`");
    }
  }
}
