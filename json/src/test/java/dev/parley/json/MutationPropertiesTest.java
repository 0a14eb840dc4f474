package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.parley.testing.RandomRecords;
import dev.parley.testing.SeedOnFailure;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 10,000 seeded mutations of valid documents (1,000 seeds, ten mutations each): flipped bytes,
 * truncation, swapped types, removed and duplicated members, unknown members, deep nesting, huge
 * strings, trailing content. Each must read as a valid record or fail with {@link
 * ParleyJsonException}; anything else is a bug.
 */
@ExtendWith(SeedOnFailure.class)
class MutationPropertiesTest {
  private static final ParleyJson JSON = ParleyJson.builder().maxStringLength(100_000).build();
  private static final Pattern MEMBER = Pattern.compile("\"([A-Za-z]+)\":");
  private static final Pattern STRING_VALUE = Pattern.compile(":\"((?:[^\"\\\\]|\\\\.)*)\"");

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 1_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutatedDocumentsGiveARecordOrParleyJsonException(long seed) {
    RandomRecords random = RandomRecords.seeded(seed);
    String valid = JSON.write(random.session());
    for (int i = 0; i < 10; i++) {
      String kind = random.pick(KINDS);
      String mutated = kind.equals("flip-byte") ? null : mutate(random, kind, valid);
      byte[] bytes =
          mutated == null ? flip(random, valid) : mutated.getBytes(StandardCharsets.UTF_8);
      boolean mustFail = MUST_FAIL.contains(kind) && !valid.equals(mutated);
      try {
        JSON.readSession(bytes);
        if (mustFail) {
          fail("mutation %d (%s) of seed %d was accepted: %s", i, kind, seed, mutated);
        }
      } catch (ParleyJsonException expected) {
        assertThat(expected.path()).startsWith("$");
        assertThat(expected.getMessage()).isNotBlank();
      } catch (Throwable t) {
        fail("mutation %d (%s) of seed %d escaped as %s", i, kind, seed, t, t);
      }
    }
  }

  /** Mutations that always make a document invalid, when they change it at all. */
  private static final java.util.Set<String> MUST_FAIL =
      java.util.Set.of(
          "unknown-member",
          "duplicate-member",
          "trailing",
          "rename-enum",
          "huge-string",
          "null-value",
          "deep-nesting");

  private static final String[] KINDS = {
    "flip-byte", "truncate", "swap-type", "remove-member", "duplicate-member", "unknown-member",
    "deep-nesting", "huge-string", "trailing", "null-value", "rename-enum", "big-number"
  };

  private static byte[] flip(RandomRecords random, String valid) {
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static String mutate(RandomRecords random, String kind, String valid) {
    switch (kind) {
      case "truncate":
        return valid.substring(0, random.nextInt(valid.length()));
      case "swap-type":
        return replaceNth(
            random, STRING_VALUE, valid, random.pick(":123", ":[]", ":{}", ":true", ":1.5"));
      case "remove-member":
        {
          Matcher m = nth(random, MEMBER, valid);
          return m == null ? valid : valid.substring(0, m.start()) + valid.substring(m.end());
        }
      case "duplicate-member":
        return valid.replaceFirst("\\{\"title\":(\"[^\"]*\")", "{\"title\":$1,\"title\":$1");
      case "unknown-member":
        return valid.replaceFirst("\\{", "{\"surprise\":1,");
      case "deep-nesting":
        {
          int depth = 50 + random.nextInt(5_000);
          return replaceNth(
              random, STRING_VALUE, valid, ":" + "[".repeat(depth) + "]".repeat(depth));
        }
      case "huge-string":
        return replaceNth(
            random, STRING_VALUE, valid, ":\"" + "x".repeat(100_001 + random.nextInt(10)) + "\"");
      case "trailing":
        return valid + random.pick("x", "{}", " 1", "\n{\"parley\":\"2.0\"}", "]");
      case "null-value":
        return replaceNth(random, STRING_VALUE, valid, ":null");
      case "rename-enum":
        return valid.replaceFirst("\"commitment\":\"[a-z-]+\"", "\"commitment\":\"AGREED\"");
      case "big-number":
        return valid.replaceFirst(
            "\"ordinal\":[0-9]+", "\"ordinal\":" + random.pick("99999999999", "-1", "0", "1e3"));
      default:
        throw new IllegalArgumentException(kind);
    }
  }

  private static Matcher nth(RandomRecords random, Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    if (count == 0) {
      return null;
    }
    int target = random.nextInt(count);
    m.reset();
    for (int i = 0; i <= target; i++) {
      m.find();
    }
    return m;
  }

  private static String replaceNth(
      RandomRecords random, Pattern pattern, String text, String replacement) {
    Matcher m = nth(random, pattern, text);
    return m == null ? text : text.substring(0, m.start()) + replacement + text.substring(m.end());
  }
}
