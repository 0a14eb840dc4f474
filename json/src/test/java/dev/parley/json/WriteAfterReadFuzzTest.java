package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Session;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of writing what was read, with Jazzer. Whatever a reader accepts, the
 * writer must write without an exception, in canonical bytes that read back as an equal record and
 * that writing again reproduces byte for byte. A document that is not valid must be refused with
 * {@link ParleyJsonException}; anything else is a finding. In a plain {@code mvn verify} the
 * targets replay their committed corpus ({@code
 * src/test/resources/dev/parley/json/WriteAfterReadFuzzTestInputs}); with {@code JAZZER_FUZZ=1}
 * they fuzz for the given time.
 */
class WriteAfterReadFuzzTest {
  private static final ParleyJson JSON =
      ParleyJson.builder().maxStringLength(10_000).maxDocumentLength(1_000_000).build();

  @FuzzTest(maxDuration = "60s")
  void sessionWrittenAfterReadIsCanonical(byte[] data) {
    Session read;
    try {
      read = JSON.readSession(data);
    } catch (ParleyJsonException expected) {
      return; // A bad document, reported as documented.
    }
    byte[] canonical = JSON.writeBytes(read);
    Session again = JSON.readSession(canonical);
    assertThat(again).isEqualTo(read);
    assertThat(JSON.writeBytes(again)).isEqualTo(canonical);
  }

  @FuzzTest(maxDuration = "60s")
  void historyWrittenAfterReadIsCanonical(byte[] data) {
    DialogueHistory read;
    try {
      read = JSON.readHistory(data);
    } catch (ParleyJsonException expected) {
      return; // A bad document, reported as documented.
    }
    byte[] canonical = JSON.writeBytes(read);
    DialogueHistory again = JSON.readHistory(canonical);
    // A history compares by what it holds: its dialogue and its sessions in order.
    assertThat(again.dialogue()).isEqualTo(read.dialogue());
    assertThat(again.sessions()).isEqualTo(read.sessions());
    assertThat(JSON.writeBytes(again)).isEqualTo(canonical);
  }

  @FuzzTest(maxDuration = "60s")
  void linesWrittenAfterReadAreCanonical(byte[] data) {
    List<Session> read;
    try (Stream<Session> sessions = JSON.lines().read(new ByteArrayInputStream(data))) {
      read = sessions.collect(Collectors.toList());
    } catch (ParleyJsonException expected) {
      return; // A bad line, reported as documented.
    }
    StringWriter canonical = new StringWriter();
    JSON.lines().write(read, canonical);
    List<Session> again;
    try (Stream<Session> sessions =
        JSON.lines().read(new java.io.StringReader(canonical.toString()))) {
      again = sessions.collect(Collectors.toList());
    }
    assertThat(again).isEqualTo(read);
    StringWriter twice = new StringWriter();
    JSON.lines().write(again, twice);
    assertThat(twice.toString()).isEqualTo(canonical.toString());
  }
}
