package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema in the jar and the README's member tables are the declarations'. */
class SchemaTest {
  private static String shipped() throws IOException {
    try (InputStream in = ParleyJson.class.getResourceAsStream("parley.schema.json")) {
      assertThat(in).as("the build writes parley.schema.json").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theShippedSchemaIsTheOneTheDeclarationsMake() throws IOException {
    assertThat(shipped()).isEqualTo(ParleyJson.schema());
  }

  @Test
  void everyRecordOfTheSchemaHasTheDeclaredMembersInOrderWithTheirRequiredness()
      throws IOException {
    JsonNode defs = new ObjectMapper().readTree(shipped()).get("$defs");
    for (RecordFormat<?, ?> f : Declarations.ALL) {
      JsonNode d = defs.get(f.definition());
      assertThat(d).as(f.type).isNotNull();
      List<String> names = new ArrayList<>();
      d.get("properties").fieldNames().forEachRemaining(names::add);
      List<String> required = new ArrayList<>();
      if (d.has("required")) {
        d.get("required").forEach(n -> required.add(n.asText()));
      }
      assertThat(names)
          .as(f.type)
          .containsExactlyElementsOf(f.members.stream().map(m -> m.name).toList());
      assertThat(required)
          .as(f.type)
          .containsExactlyElementsOf(
              f.members.stream().filter(m -> m.required).map(m -> m.name).toList());
      assertThat(d.get("additionalProperties").asBoolean()).isFalse();
    }
    assertThat(defs.get("outcome").get("properties").get("commitment").get("enum").toString())
        .isEqualTo(
            "[\"informed\",\"shared-view\",\"continue-dialogue\",\"reaffirmed\","
                + "\"agreed-to-cooperate\",\"joint-action\"]");
    assertThat(defs.get("slug").get("pattern").asText())
        .isEqualTo(dev.parley.core.model.Rules.SLUG_PATTERN);
  }

  @Test
  void theReadmeGivesTheMemberTablesOfTheDeclarations() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String tables = Schema.markdown();
    assertThat(readme)
        .as("README.md's member tables; the declarations give:%n%s", tables)
        .contains(tables);
  }

  @Test
  void theVersionWrittenIsTheHighestOfAnyMember() {
    assertThat(ParleyJson.FORMAT_VERSION).isEqualTo("2.0");
    int highest =
        Declarations.ALL.stream()
            .flatMap(f -> f.members.stream())
            .mapToInt(m -> m.since)
            .max()
            .orElseThrow();
    assertThat(highest).isEqualTo(2000);
    Member<?, ?> later = Declarations.SESSION.members.get(0).since(2, 3);
    assertThat(later.since).isEqualTo(2003);
  }
}
