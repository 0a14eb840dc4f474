package dev.parley.core.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * The next meeting as a session planned it: an exact date, or a fuzzy one kept as the published
 * text ("by the end of 2021") with the earliest and latest dates it allows, and where it is to be
 * held.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code NextMeeting} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractNextMeeting {
  /**
   * The planned date, when the source states one.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * The plan as published, such as {@code by the end of 2021} or {@code at the earliest opportunity
   * next year or later}.
   *
   * @return the text, required when there is no exact date
   */
  public abstract Optional<String> text();

  /**
   * The first day the plan allows ("next year or later" from 2017 allows 2018-01-01 at the
   * earliest).
   *
   * @return the earliest date, if the plan bounds it
   */
  public abstract Optional<LocalDate> earliest();

  /**
   * The last day the plan allows ("by the end of 2021" allows 2021-12-31 at the latest).
   *
   * @return the latest date, if the plan bounds it
   */
  public abstract Optional<LocalDate> latest();

  /**
   * Where the next meeting is to be held.
   *
   * @return the place, if planned
   */
  public abstract Optional<Place> place();

  /**
   * The first day the next meeting may be held on: the earliest day of its date, or its earliest
   * bound.
   *
   * @return the first possible day, if anything bounds it
   */
  public Optional<LocalDate> windowStart() {
    return date().map(PartialDate::earliest).or(this::earliest);
  }

  /**
   * The last day by which the next meeting is due: the latest day of its date, or its latest bound.
   *
   * @return the last possible day, if anything bounds it
   */
  public Optional<LocalDate> windowEnd() {
    return date().map(PartialDate::latest).or(this::latest);
  }

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Next meeting";
    if (date().isEmpty() && text().isEmpty()) {
      throw Invariants.violation(
          subject, "text", "date and text are both empty; give the date or the plan as published");
    }
    Invariants.text(subject, "text", text());
    if (earliest().isPresent()
        && latest().isPresent()
        && latest().get().isBefore(earliest().get())) {
      throw Invariants.violation(
          subject,
          "latest",
          "latest " + latest().get() + " is before earliest " + earliest().get());
    }
    if (date().isPresent() && (earliest().isPresent() || latest().isPresent())) {
      throw Invariants.violation(
          subject, "date", "date is exact, so earliest and latest must be left out");
    }
  }
}
