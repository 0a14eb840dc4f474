package dev.parley.core.model;

import java.util.Objects;

/**
 * Thrown when a record would state something that cannot be true of a real meeting: an end date
 * before the start date, a blank title, a party that is not at the table. The message names the
 * record, the field, the bad value and the rule, for example {@code Session 27: end date 2022-02-01
 * is before start date 2022-02-03}.
 */
public final class InvalidRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The record that is invalid, as a person would name it. */
  private final String subject;

  /** The field whose value breaks the rule. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param subject the record that is invalid, as a person would name it ({@code Session 27})
   * @param field the field whose value breaks the rule ({@code end})
   * @param rule what is wrong, naming the bad value
   */
  public InvalidRecordException(String subject, String field, String rule) {
    super(subject + ": " + rule);
    this.subject = Objects.requireNonNull(subject, "subject");
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * The record that is invalid, as a person would name it, such as {@code Session 27} or {@code
   * Agenda item 3}.
   *
   * @return the subject of the message
   */
  public String subject() {
    return subject;
  }

  /**
   * The name of the field whose value breaks the rule, as the accessor is named ({@code end},
   * {@code title}).
   *
   * @return the field name
   */
  public String field() {
    return field;
  }
}
