package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompareMeetingsTest {
  @Test
  void readmeShowsTheCurrentDiffOfTheTwoJapanEuMeetings() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```text\n" + CompareMeetings.report() + "```\n");
  }

  @Test
  void reportNamesBothMeetings() {
    assertThat(CompareMeetings.report())
        .contains("from: 10th Japan-EU ICT Strategy Workshop (2020-10-01)")
        .contains("to:   27th Japan-EU ICT Policy Dialogue (2022-02-03)");
  }
}
