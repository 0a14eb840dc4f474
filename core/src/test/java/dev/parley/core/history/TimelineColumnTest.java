package dev.parley.core.history;

import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineColumnTest {
  @ParameterizedTest
  @ValueSource(strings = {"2014", "2014-02", "2014-02-07", "0001-01-01", "9999-12-31"})
  void keepsTheStartAsPreciseAsTheSessionHasIt(String start) {
    TimelineColumn c = TimelineColumn.of(meeting(4, start));
    assertThat(c.start()).isEqualTo(PartialDate.parse(start));
    assertThat(c.ordinal()).hasValue(4);
    assertThat(c.label()).isEqualTo(start + " Japan-U.S. Internet Economy #4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020-09-17"})
  void labelsASessionWithoutOrdinalByItsTitle(String start) {
    Session s = meeting(4, start).withOrdinal(java.util.OptionalInt.empty());
    TimelineColumn c = TimelineColumn.of(s);
    assertThat(c.ordinal()).isEmpty();
    assertThat(c.label()).isEqualTo("2020-09-17 Japan-U.S. Internet Economy (4th meeting)");
    assertThat(c).isEqualTo(TimelineColumn.of(s)).hasSameHashCodeAs(TimelineColumn.of(s));
    assertThat(c).isNotEqualTo(TimelineColumn.of(meeting(4, start)));
  }
}
