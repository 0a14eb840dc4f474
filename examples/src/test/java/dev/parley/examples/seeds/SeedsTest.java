package dev.parley.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Session;
import org.junit.jupiter.api.Test;

class SeedsTest {
  @Test
  void nineSessionsOfSixSeries() {
    assertThat(Seeds.sessions()).hasSize(9);
    assertThat(Seeds.sessions().stream().map(s -> s.dialogue().id()).distinct()).hasSize(6);
  }

  @Test
  void everySessionCitesItsRelease() {
    assertThat(Seeds.sessions())
        .allSatisfy(
            (Session s) ->
                assertThat(s.sources())
                    .allMatch(
                        src ->
                            src.publisher()
                                .equals("Ministry of Internal Affairs and Communications")));
  }
}
