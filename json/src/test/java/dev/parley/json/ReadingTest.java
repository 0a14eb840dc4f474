package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.parley.core.model.Session;
import dev.parley.testing.RandomRecords;
import dev.parley.testing.SeedOnFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where a record starts, as a read remembers it without a {@link JsonLocation}, is where Jackson's
 * location says it is, for bytes and for text, compact and indented, with and without characters
 * beyond ASCII: messages about a record (a missing member, a broken rule) point at its start.
 */
@ExtendWith(SeedOnFailure.class)
class ReadingTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void recordStartsAreWhereJacksonLocatesThem(long seed) throws IOException {
    Session session = RandomRecords.seeded(seed).session();
    ParleyJson json =
        seed % 2 == 0 ? ParleyJson.defaults() : ParleyJson.builder().pretty(true).build();
    String text = json.write(session);
    check(FACTORY.createParser(text.getBytes(StandardCharsets.UTF_8)));
    check(FACTORY.createParser(text));
  }

  private static void check(JsonParser p) throws IOException {
    Reading r = new Reading(p, null, null);
    int objects = 0;
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT) {
        JsonLocation where = p.currentTokenLocation();
        ParleyJsonException e = Reading.failAt("$", r.tokenStart(), "problem", null);
        assertThat(e.line()).isEqualTo(where.getLineNr());
        assertThat(e.column()).isEqualTo(where.getColumnNr());
        objects++;
      }
    }
    assertThat(objects).isGreaterThan(3);
  }
}
