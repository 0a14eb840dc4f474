package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.model.Session;
import dev.parley.core.topic.TopicScheme;
import dev.parley.testing.RandomRecords;
import dev.parley.testing.SeedOnFailure;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document Parley writes validates against the schema shipped in the jar. */
@ExtendWith(SeedOnFailure.class)
class SchemaPropertiesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadTheShippedSchema() throws IOException {
    try (InputStream in = ParleyJson.class.getResourceAsStream("parley.schema.json")) {
      assertThat(in).as("schema resource in the jar").isNotNull();
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(MAPPER.readTree(in));
    }
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 1_000);
  }

  private static Set<ValidationMessage> validate(String json) throws IOException {
    JsonNode node = MAPPER.readTree(json);
    return schema.validate(node);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everySessionDocumentValidates(long seed) throws IOException {
    String json = ParleyJson.defaults().write(RandomRecords.seeded(seed).session());
    assertThat(validate(json)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyHistoryDocumentValidates(long seed) throws IOException {
    String json = ParleyJson.defaults().write(RandomRecords.seeded(seed).history());
    assertThat(validate(json)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fewerSeeds")
  void everyDiffTimelineAndSchemeDocumentValidates(long seed) throws IOException {
    RandomRecords random = RandomRecords.seeded(seed);
    Session older = random.session();
    Session newer = random.session();
    assertThat(validate(ParleyJson.defaults().write(AgendaDiff.between(older, newer)))).isEmpty();
    java.io.StringWriter timeline = new java.io.StringWriter();
    ParleyJson.defaults().write(TopicTimeline.of(List.of(older, newer)), timeline);
    assertThat(validate(timeline.toString())).isEmpty();
  }

  static LongStream fewerSeeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @Test
  void theDefaultSchemeAsADocumentValidates() throws IOException {
    assertThat(validate(ParleyJson.defaults().write(TopicScheme.defaultScheme()))).isEmpty();
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() throws IOException {
    String json = ParleyJson.defaults().write(RandomRecords.seeded(1).session());
    assertThat(validate(json)).isEmpty();
    assertThat(validate(json.replace("\"parley\":\"2.0\"", "\"parley\":\"3.0\""))).isNotEmpty();
    assertThat(validate(json.replace("\"parley\":\"2.0\"", "\"parley\":\"1.0\""))).isNotEmpty();
    assertThat(validate(json.replaceFirst("\"title\":", "\"headline\":"))).isNotEmpty();
    assertThat(validate("{\"parley\":\"2.0\"}")).isNotEmpty();
    assertThat(validate(json.replaceFirst("\"parties\":\\[\"", "\"parties\":[\"Not A Code")))
        .isNotEmpty();
  }
}
