package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {
  @Test
  void printsEverySeedSeriesWithItsAgenda() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("Japan-Germany ICT Policy Dialogue — Fourth Japan-Germany ICT Policy Dialogue")
        .contains("10th Japan-EU ICT Strategy Workshop, 2020-10-01 to 2020-10-02")
        .contains("    1. 5G/Beyond 5G (6G)  (agreed-to-cooperate)")
        .contains("Japan-India Joint Working Group — first meeting of the JWG, 2014-02")
        .contains("  [bilateral-talk] Talks with Minister of Economic Development Carlo Calenda");
  }
}
