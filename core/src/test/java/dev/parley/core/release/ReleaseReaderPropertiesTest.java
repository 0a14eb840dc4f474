package dev.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.SeedOnFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever is done to a real release (lines cut, dropped, repeated, shuffled; characters replaced
 * by controls, digits or Japanese), reading it either gives valid sessions or refuses the text with
 * a {@link NotAReleaseException}: never another exception.
 */
@ExtendWith(SeedOnFailure.class)
class ReleaseReaderPropertiesTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aMangledReleaseIsReadOrRefusedNeverCrashes(long seed) throws IOException {
    Random random = new Random(seed);
    String[] names = {"en-eu-25-ws-9", "ja-eu-23-ws-6", "en-in-6", "ja-ws-7", "en-eu-29"};
    String text = resource(names[random.nextInt(names.length)]);
    String mangled = mangle(text, random);
    try {
      Draft draft = ReleaseReader.defaults().read("mangled.txt", mangled);
      assertThat(draft.sessions()).isNotEmpty();
    } catch (NotAReleaseException expected) {
      assertThat(expected.reason()).isNotBlank();
    }
  }

  static String mangle(String text, Random random) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    String pool = "\u0000\u0007\u001b\t\r()（）.。、,:：1２３第回年月日令和平成 Both agreed 開催 held online ア(1)i)•";
    for (String line : lines) {
      int roll = random.nextInt(10);
      if (roll == 0) {
        continue;
      }
      StringBuilder l = new StringBuilder(line);
      if (roll == 1 && l.length() > 0) {
        l.setLength(random.nextInt(l.length()));
      }
      for (int k = random.nextInt(4); k > 0 && l.length() > 0; k--) {
        l.setCharAt(random.nextInt(l.length()), pool.charAt(random.nextInt(pool.length())));
      }
      out.append(l).append(roll == 2 ? "\n" + l : "").append('\n');
    }
    return out.toString();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        ReleaseReaderPropertiesTest.class.getResourceAsStream("devset/" + name + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
