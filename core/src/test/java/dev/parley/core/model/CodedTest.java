package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodedTest {
  static Stream<Arguments> vocabularies() {
    return Stream.of(
        Arguments.of(Commitment.class, (Function<String, Coded>) Commitment::parse),
        Arguments.of(DatePrecision.class, (Function<String, Coded>) DatePrecision::parse),
        Arguments.of(DialogueLevel.class, (Function<String, Coded>) DialogueLevel::parse),
        Arguments.of(MeetingMode.class, (Function<String, Coded>) MeetingMode::parse),
        Arguments.of(OrganizationKind.class, (Function<String, Coded>) OrganizationKind::parse),
        Arguments.of(ProjectStatus.class, (Function<String, Coded>) ProjectStatus::parse),
        Arguments.of(SegmentKind.class, (Function<String, Coded>) SegmentKind::parse),
        Arguments.of(StatementAct.class, (Function<String, Coded>) StatementAct::parse));
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void everyTermParsesFromItsOwnCode(Class<? extends Coded> type, Function<String, Coded> parse) {
    for (Coded term : type.getEnumConstants()) {
      assertThat(parse.apply(term.code())).isSameAs(term);
    }
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void codesAreDistinctLowercaseAndHyphenated(Class<? extends Coded> type) {
    List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z]+(-[a-z0-9]+)*"));
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void unknownCodeNamesTheVocabularyAndListsTheCodes(
      Class<? extends Coded> type, Function<String, Coded> parse) {
    String first = type.getEnumConstants()[0].code();
    assertThatThrownBy(() -> parse.apply("AGREED"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(type.getSimpleName())
        .hasMessageContaining("\"AGREED\"")
        .hasMessageContaining(first);
  }
}
