package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Session;
import dev.parley.testing.RandomRecords;
import dev.parley.testing.SeedOnFailure;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lossless, canonical JSON for every generated record, over 1,000 seeds each. */
@ExtendWith(SeedOnFailure.class)
class RoundTripPropertiesTest {
  private static final ParleyJson COMPACT = ParleyJson.defaults();
  private static final ParleyJson PRETTY = ParleyJson.builder().pretty(true).build();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 1_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sessionSurvivesEveryWayOfWritingAndReading(long seed) {
    Session session = RandomRecords.seeded(seed).session();
    String text = COMPACT.write(session);
    assertThat(COMPACT.readSession(text)).isEqualTo(session);
    assertThat(COMPACT.readSession(COMPACT.writeBytes(session))).isEqualTo(session);
    assertThat(COMPACT.readSession(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(session);
    assertThat(PRETTY.readSession(PRETTY.write(session))).isEqualTo(session);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void canonicalOutputIsStable(long seed) {
    Session session = RandomRecords.seeded(seed).session();
    String once = COMPACT.write(session);
    assertThat(COMPACT.write(COMPACT.readSession(once))).isEqualTo(once);
    assertThat(new String(COMPACT.writeBytes(session), StandardCharsets.UTF_8)).isEqualTo(once);
    String pretty = PRETTY.write(session);
    assertThat(PRETTY.write(PRETTY.readSession(pretty))).isEqualTo(pretty);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void historySurvivesWritingAndReading(long seed) {
    DialogueHistory history = RandomRecords.seeded(seed).history();
    String text = COMPACT.write(history);
    DialogueHistory back = COMPACT.readHistory(text);
    assertThat(back.dialogue()).isEqualTo(history.dialogue());
    assertThat(back.sessions()).isEqualTo(history.sessions());
    assertThat(COMPACT.write(back)).isEqualTo(text);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jsonLinesOfNSessionsReadBackAsNEqualSessions(long seed) {
    RandomRecords random = RandomRecords.seeded(seed);
    List<Session> sessions = new ArrayList<>();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      sessions.add(random.session());
    }
    StringWriter out = new StringWriter();
    COMPACT.lines().write(sessions, out);
    String text = out.toString();
    assertThat(text.lines().count()).isEqualTo(n);
    try (Stream<Session> back = COMPACT.lines().read(new StringReader(text))) {
      assertThat(back.collect(Collectors.toList())).isEqualTo(sessions);
    }
    try (Stream<Session> back =
        COMPACT.lines().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(back.count()).isEqualTo(n);
    }
  }
}
