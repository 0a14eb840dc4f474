package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void buildsTheTwentySeventhDialogue() {
    Session session = QuickStart.build();
    assertThat(session.label()).isEqualTo("Session 27");
    assertThat(session.agendaItems().get(0).strongestCommitment())
        .contains(Commitment.AGREED_TO_COOPERATE);
  }

  @Test
  void refusesAnEndBeforeTheStartAsTheCommentSays() {
    assertThatThrownBy(() -> QuickStart.build().withEnd(PartialDate.of(2022, 2, 1)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Session 27: end date 2022-02-01 is before start date 2022-02-03");
  }

  @Test
  void readmeQuotesTheQuickStartVerbatim() throws IOException {
    String source =
        Files.readString(
            Path.of("src/main/java/dev/parley/examples/QuickStart.java"), StandardCharsets.UTF_8);
    String snippet =
        source.substring(
            source.indexOf('\n', source.indexOf("// quick-start:begin")) + 1,
            source.lastIndexOf('\n', source.indexOf("// quick-start:end")) + 1);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String unindented =
        snippet
            .lines()
            .map(l -> l.replaceFirst("^ {4}", ""))
            .collect(Collectors.joining("\n", "", "\n"));
    assertThat(readme).contains("```java\n" + unindented + "```");
  }
}
