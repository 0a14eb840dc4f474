package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"2014", "2014-02", "2014-02-07", "0001", "9999-12-31", "2020-02-29"})
  void parsesWhatItWrites(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void knowsItsPrecision() {
    assertThat(PartialDate.parse("2014").precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(PartialDate.parse("2014-02").precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(PartialDate.parse("2014-02-07").precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void monthCoversItsWholeMonth() {
    PartialDate february2014 = PartialDate.of(2014, 2);
    assertThat(february2014.earliest()).isEqualTo(LocalDate.of(2014, 2, 1));
    assertThat(february2014.latest()).isEqualTo(LocalDate.of(2014, 2, 28));
    assertThat(PartialDate.of(2020, 2).latest()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(PartialDate.of(2021).latest()).isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void ordersCoarserBeforeFinerOnTheSameFirstDay() {
    List<PartialDate> dates =
        new ArrayList<>(
            List.of(
                PartialDate.parse("2014-02"),
                PartialDate.parse("2014-01-01"),
                PartialDate.parse("2014"),
                PartialDate.parse("2014-01"),
                PartialDate.parse("2013-12-31")));
    Collections.sort(dates);
    assertThat(dates)
        .extracting(PartialDate::toString)
        .containsExactly("2013-12-31", "2014", "2014-01", "2014-01-01", "2014-02");
  }

  @Test
  void isCertainlyBeforeOnlyWhenNoDayOverlaps() {
    assertThat(PartialDate.of(2014, 2).isCertainlyBefore(PartialDate.of(2014, 3, 1))).isTrue();
    assertThat(PartialDate.of(2014).isCertainlyBefore(PartialDate.of(2014, 3, 1))).isFalse();
    assertThat(PartialDate.of(2014, 3, 1).isCertainlyBefore(PartialDate.of(2014))).isFalse();
  }

  @Test
  void exposesOnlyWhatIsKnown() {
    PartialDate d = PartialDate.parse("2014-02");
    assertThat(d.year()).isEqualTo(2014);
    assertThat(d.month()).hasValue(2);
    assertThat(d.day()).isEmpty();
    assertThat(d.toLocalDate()).isEmpty();
    assertThat(PartialDate.parse("2014-02-07").toLocalDate()).contains(LocalDate.of(2014, 2, 7));
  }

  @Test
  void equalityIsByValueAndPrecision() {
    assertThat(PartialDate.parse("2014-02")).isEqualTo(PartialDate.of(2014, 2));
    assertThat(PartialDate.parse("2014-02")).hasSameHashCodeAs(PartialDate.of(2014, 2));
    assertThat(PartialDate.parse("2014-02")).isNotEqualTo(PartialDate.of(2014, 2, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "14", "2014-2", "2014-02-7", "2014/02", "２０１４", "2014-02-07T00", " 2014"})
  void rejectsMalformedTextQuotingIt(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2014-13", "2014-00", "2014-02-30", "2021-02-29", "0000"})
  void rejectsDatesThatDoNotExist(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining(text);
  }

  @Test
  void anImpossibleDayIsAnInvalidRecordNamingTheDay() {
    assertThatThrownBy(() -> PartialDate.of(2023, 2, 30))
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e -> {
              assertThat(e.subject()).isEqualTo("PartialDate");
              assertThat(e.field()).isEqualTo("day");
            })
        .hasMessage("PartialDate: day 30 does not exist in 2023-02, which has days 1 to 28");
    assertThatThrownBy(() -> PartialDate.of(2023, 13))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("month"));
    assertThatThrownBy(() -> PartialDate.of(0))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("year"));
  }
}
