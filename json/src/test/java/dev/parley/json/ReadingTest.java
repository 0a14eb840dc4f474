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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state of one read. Where a record starts, as a read remembers it without a {@link
 * JsonLocation}, is where Jackson's location says it is, for bytes and for text, compact and
 * indented, with and without characters beyond ASCII: messages about a record (a missing member, a
 * broken rule) point at its start. A short string read twice in one document is one instance, and
 * every string read is the one in the document, however the interner's slots collide.
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

  @Test
  void aShortStringReadTwiceInADocumentIsOneInstanceALongOneIsOnlyEqual() throws IOException {
    String name = "Ministry of Internal Affairs and Communications";
    String text = "Both sides explained their policies. ".repeat(4).trim();
    List<String> read =
        strings(
            "[\"" + name + "\",\"jp\",\"" + name + "\",\"jp\",\"" + text + "\",\"" + text + "\"]");
    assertThat(read).containsExactly(name, "jp", name, "jp", text, text);
    assertThat(read.get(2)).isSameAs(read.get(0));
    assertThat(read.get(3)).isSameAs(read.get(1));
    assertThat(text.length()).isGreaterThan(Reading.Interner.MAX_TEXT);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyStringReadIsTheDocumentsHoweverTheSlotsCollide(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> written = new ArrayList<>();
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 500; i++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(4);
      for (int c = 0; c < length; c++) {
        value.append((char) ('a' + random.nextInt(3)));
      }
      written.add(value.toString());
      json.append(i == 0 ? "" : ",").append('"').append(value).append('"');
    }
    assertThat(strings(json.append(']').toString())).isEqualTo(written);
  }

  /** The strings of a JSON array, read as a document's strings are, from bytes and from text. */
  private static List<String> strings(String json) throws IOException {
    List<String> fromBytes = strings(FACTORY.createParser(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(strings(FACTORY.createParser(json))).isEqualTo(fromBytes);
    return fromBytes;
  }

  private static List<String> strings(JsonParser p) throws IOException {
    List<String> read = new ArrayList<>();
    Reading r = new Reading(p, Reading.Interner.forDocument(), null);
    p.nextToken();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      read.add(r.string());
    }
    return read;
  }
}
