package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.SeedOnFailure;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The patterns the schema states agree with the checks the records make. */
@ExtendWith(SeedOnFailure.class)
class RulesTest {
  private static final Pattern SLUG = Pattern.compile(Rules.SLUG_PATTERN);
  private static final Pattern TEXT = Pattern.compile(Rules.TEXT_PATTERN);
  private static final String ALPHABET = "az09-A \t\né_.";

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static String candidate(Random random) {
    int length = random.nextInt(random.nextInt(8) == 0 ? 80 : 6);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(random.nextBoolean() ? 5 : ALPHABET.length())));
    }
    return b.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSlugPatternAndLengthSayWhatIsSlugChecks(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      String s = candidate(random);
      boolean byPattern = SLUG.matcher(s).matches() && s.length() <= Rules.SLUG_MAX_LENGTH;
      assertThat(Rules.isSlug(s)).as("\"%s\"", s).isEqualTo(byPattern);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theTextPatternSaysWhatIsTextChecks(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      String s = candidate(random);
      assertThat(Rules.isText(s)).as("\"%s\"", s).isEqualTo(TEXT.matcher(s).matches());
    }
  }

  @Test
  void textThatIsNotValidUnicodeIsRefusedThoughThePatternCannotSaySo() {
    assertThat(Rules.isText("a\uD800b")).isFalse();
    assertThat(Rules.isText("Beyond 5G")).isTrue();
    assertThat(Rules.isSlug("beyond-5g")).isTrue();
    assertThat(Rules.isSlug("beyond--5g")).isFalse();
    assertThat(Rules.isSlug("a".repeat(65))).isFalse();
  }

  @Test
  void textOfOnlyInvisibleCharactersOrWithControlCharactersIsNotText() {
    for (String blank : new String[] {"\u200b", "\u0000", "\u00a0", "\ufeff", "\u2060\u3000"}) {
      assertThat(Rules.isText(blank)).as("%s", blank.codePoints().boxed().toList()).isFalse();
    }
    assertThat(Rules.isText("a\u001b[2Jb")).isFalse();
    assertThat(Rules.isText("a\rb")).isFalse();
    assertThat(Rules.isText("line\nand\ttab")).isTrue();
  }

  /**
   * Every character of the basic plane alone is text exactly when Unicode's tables say it is not
   * blank: the shortcuts for common characters (ASCII, kana, ideographs, full-width forms) agree
   * with the tables they skip.
   */
  @Test
  void everyCharacterIsTextExactlyWhenTheUnicodeTablesSayItIsNotBlank() {
    for (int c = 0; c <= 0xffff; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      int type = Character.getType(c);
      boolean blank =
          Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || type == Character.FORMAT
              || type == Character.CONTROL;
      assertThat(Rules.isText(String.valueOf((char) c))).as("U+%04X", c).isEqualTo(!blank);
    }
  }
}
