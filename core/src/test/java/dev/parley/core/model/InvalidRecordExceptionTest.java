package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidRecordExceptionTest {
  /** Every record type with a builder. */
  private static final List<Class<?>> RECORDS =
      List.of(
          AgendaItem.class,
          Delegation.class,
          Dialogue.class,
          JointProject.class,
          NextMeeting.class,
          Organization.class,
          Outcome.class,
          Participant.class,
          Party.class,
          Place.class,
          Segment.class,
          Session.class,
          Source.class,
          Statement.class);

  @Test
  void messageNamesTheRecordThenTheRule() {
    InvalidRecordException e =
        new InvalidRecordException("Session 27", "end", "end date 2022-02-01 is before start");
    assertThat(e.getMessage()).isEqualTo("Session 27: end date 2022-02-01 is before start");
    assertThat(e.subject()).isEqualTo("Session 27");
    assertThat(e.field()).isEqualTo("end");
    assertThat(e.rule()).isEqualTo("end date 2022-02-01 is before start");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingRequiredMemberIsAnInvalidRecordNotAnIllegalStateException() {
    assertThatThrownBy(() -> Session.builder().dialogue(Samples.DIALOGUE).title("x").build())
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e -> {
              assertThat(e.subject()).isEqualTo("Session");
              assertThat(e.field()).isEqualTo("start");
            })
        .hasMessage("Session: required member start is not set");
  }

  @Test
  void everyBuilderLeftEmptyNamesItsRecord() throws ReflectiveOperationException {
    for (Class<?> type : RECORDS) {
      Object builder = type.getMethod("builder").invoke(null);
      Method build = builder.getClass().getMethod("build");
      Throwable thrown = catchThrowable(() -> invoke(build, builder));
      if (thrown == null) {
        continue; // every member optional
      }
      assertThat(thrown).as(type.getSimpleName()).isInstanceOf(InvalidRecordException.class);
      assertThat(((InvalidRecordException) thrown).subject().replace(" ", ""))
          .as(type.getSimpleName())
          .startsWithIgnoringCase(type.getSimpleName());
    }
  }

  private static Object invoke(Method m, Object target) throws Throwable {
    try {
      return m.invoke(target);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void aNullIsAnInvalidRecordNamingTheRecordAndTheMemberNotANullPointerException() {
    assertNull(() -> Session.builder().title(null), "Session", "title");
    assertNull(() -> Samples.SESSION.withTitle(null), "Session", "title");
    assertNull(() -> Party.of(null, "Japan"), "Party", "code");
    assertNull(() -> Samples.SESSION.withNotes(Arrays.asList("a", null)), "Session", "notes");
    assertNull(() -> Session.builder().addNote(null), "Session", "notes");
    assertNull(() -> Session.builder().addAllNotes(Arrays.asList("a", null)), "Session", "notes");
    assertNull(() -> Samples.SOURCE.withUrl((java.net.URI) null), "Source", "url");
  }

  private static void assertNull(Runnable build, String record, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e -> {
              assertThat(e.subject()).isEqualTo(record);
              assertThat(e.field()).isEqualTo(field);
            })
        .hasMessageStartingWith(record + ": " + field);
  }
}
