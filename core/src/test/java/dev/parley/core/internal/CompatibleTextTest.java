package dev.parley.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.SeedOnFailure;
import java.text.Normalizer;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-pass fold of simple characters gives what the general NFKC normalizer gives, and long
 * runs of combining marks are cut.
 */
@ExtendWith(SeedOnFailure.class)
class CompatibleTextTest {
  /**
   * Characters a title is made of: simple ones (ASCII, kana, kanji, Japanese punctuation,
   * full-width forms, the ideographic space) and ones that need the general normalizer (combining
   * sound marks after kana, half-width katakana with its sound mark, combining accents, ligatures,
   * circled digits, the ellipsis, conjoining hangul jamo, squared katakana words, a no-break
   * space).
   */
  private static final String[] PIECES = {
    "a", "Z", "5", " ", "(", ")", "/", "・", "、", "。", "「", "」", "ー", "々", "〜", "か", "ケ", "ヷ", "国",
    "際", "Ｇ", "５", "（", "）", "\u3000", "ｶ", "\uFF9E", "\u3099", "\u309A", "\u0301", "é", "Å", "ﬁ",
    "①", "…", "\u1100", "\u1161", "㌔", "\u00A0", "ゞ"
  };

  static Stream<Long> seeds() {
    return IntStream.range(0, 500).mapToObj(i -> 104_729L * i + 7);
  }

  @Test
  void everySimpleCharacterIsItsOwnNfkcFormOnceFolded() {
    int simple = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      int f = CompatibleText.simple(c);
      if (f != CompatibleText.NOT_SIMPLE && !Character.isSurrogate(c)) {
        simple++;
        assertThat(String.valueOf((char) f))
            .as("U+%04X", (int) c)
            .isEqualTo(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      }
    }
    assertThat(simple).as("simple characters").isGreaterThan(20_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void textNormalizesAsTheGeneralNormalizerWhateverItMixes(long seed) {
    Random r = new Random(seed);
    StringBuilder text = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      text.append(PIECES[r.nextInt(PIECES.length)]);
    }
    String s = text.toString();
    assertThat(CompatibleText.of(s)).as(s).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
  }

  @Test
  void textOfSimpleCharactersThatNothingChangesIsReturnedAsItIs() {
    String title = "(1) 5G・オープンRANと海底ケーブル";
    assertThat(CompatibleText.of(title)).isSameAs(title);
    assertThat(CompatibleText.of("（２）５Ｇセキュリティ")).isEqualTo("(2)5Gセキュリティ");
  }

  @Test
  void aLongRunOfCombiningMarksIsCutToTheStreamSafeBound() {
    String marks = "a" + "\u0301".repeat(1_000);
    assertThat(CompatibleText.of(marks).codePointCount(0, CompatibleText.of(marks).length()))
        .isLessThanOrEqualTo(1 + CompatibleText.MAX_MARKS);
  }
}
