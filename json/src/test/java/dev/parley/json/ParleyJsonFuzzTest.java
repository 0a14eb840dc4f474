package dev.parley.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.parley.core.model.Session;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of every read entry point with Jazzer. Each target accepts only two
 * outcomes: a valid record, or {@link ParleyJsonException}; any other exception or error is a
 * finding. In a plain {@code mvn verify} the targets replay their committed corpus ({@code
 * src/test/resources/dev/parley/json/ParleyJsonFuzzTestInputs}); with {@code JAZZER_FUZZ=1} they
 * fuzz for the given time. A finding, once fixed, is added to the corpus.
 */
class ParleyJsonFuzzTest {
  private static final ParleyJson JSON =
      ParleyJson.builder().maxStringLength(10_000).maxDocumentLength(1_000_000).build();

  @FuzzTest(maxDuration = "60s")
  void readSessionFromBytes(byte[] data) {
    try {
      Session s = JSON.readSession(data);
      JSON.readSession(JSON.write(s));
    } catch (ParleyJsonException expected) {
      // A bad document, reported as documented.
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readSessionFromText(@NotNull String data) {
    try {
      JSON.readSession(data);
    } catch (ParleyJsonException expected) {
      // A bad document, reported as documented.
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readHistoryFromBytes(byte[] data) {
    try {
      JSON.readHistory(data);
    } catch (ParleyJsonException expected) {
      // A bad document, reported as documented.
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readLinesFromBytes(byte[] data) {
    try (Stream<Session> sessions = JSON.lines().read(new ByteArrayInputStream(data))) {
      sessions.forEach(s -> {});
    } catch (ParleyJsonException expected) {
      // A bad line, reported as documented.
    }
  }
}
