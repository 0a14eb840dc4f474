package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParleyModuleTest {
  /** A user's own type that holds Parley values and a date. */
  record Clipping(String note, LocalDate filed, PartialDate when, Session session) {}

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void findAndRegisterModulesPicksItUp() {
    assertThat(mapper.getRegisteredModuleIds()).contains("ParleyModule");
  }

  @Test
  void readsAndWritesParleyValuesInsideTheUsersTypes() throws Exception {
    Clipping c =
        new Clipping(
            "seen", LocalDate.of(2020, 9, 25), PartialDate.of(2020, 9), ParleyJsonTest.sample());
    String json = mapper.writeValueAsString(c);
    assertThat(json).contains("\"when\":\"2020-09\"").contains("\"filed\":[2020,9,25]");
    assertThat(mapper.readValue(json, Clipping.class)).isEqualTo(c);
  }

  @Test
  void writesTheSameMembersAsParleyJson() throws Exception {
    Session s = ParleyJsonTest.sample();
    String document = ParleyJson.defaults().write(s);
    String bare = mapper.writeValueAsString(s);
    assertThat(document)
        .isEqualTo("{\"parley\":\"" + ParleyJson.FORMAT_VERSION + "\",\"session\":" + bare + "}");
  }

  @Test
  void problemsAreJsonMappingExceptionsCausedByParleyJsonException() {
    assertThatThrownBy(() -> mapper.readValue("{\"title\":1}", Session.class))
        .isInstanceOf(JsonMappingException.class)
        .hasCauseInstanceOf(ParleyJsonException.class)
        .hasMessageContaining("$.title");
    assertThatThrownBy(() -> mapper.readValue("[\"2014-13\"]", PartialDate[].class))
        .isInstanceOf(JsonMappingException.class)
        .hasCauseInstanceOf(ParleyJsonException.class)
        .hasMessageContaining("2014-13");
  }
}
