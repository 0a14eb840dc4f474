package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceTest {
  @Test
  void describesMostPreciseFirst() {
    Place mita =
        Place.builder()
            .venue("Mita Kaigisho")
            .district("Minato-ku")
            .city("Tokyo")
            .country("Japan")
            .build();
    assertThat(mita.describe()).isEqualTo("Mita Kaigisho, Minato-ku, Tokyo, Japan");
    assertThat(Place.builder().country("Italy").build().describe()).isEqualTo("Italy");
  }

  @Test
  void rejectsAPlaceWithNothingKnown() {
    assertThatThrownBy(() -> Place.builder().build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Place: venue, district, city and country are all empty; give at least one");
  }

  @Test
  void rejectsBlankCity() {
    assertThatThrownBy(() -> Place.builder().city(" ").build())
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("city"));
  }
}
