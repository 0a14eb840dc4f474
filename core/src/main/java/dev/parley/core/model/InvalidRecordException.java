package dev.parley.core.model;

import java.util.Objects;

/**
 * Thrown when a record would state something that cannot be true of a real meeting: an end date
 * before the start date, a blank title, a party that is not at the table. The message names the
 * record, the field, the bad value and the rule, for example {@code Session 27: end date 2022-02-01
 * is before start date 2022-02-03}.
 *
 * <p>It is the one exception for a bad value anywhere in the model: a rule broken by a builder, a
 * factory such as {@code Party.of} or {@link PartialDate#of(int, int, int)}, or a {@code with...}
 * copy (every copy is validated again); a required member that was never set ({@code Session:
 * required member title is not set}); a null given for a member ({@code Session: title is null;
 * ...}). Catch this type: the generated builders throw an internal subclass of it.
 */
public class InvalidRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The record that is invalid, as a person would name it. */
  private final String subject;

  /** The field whose value breaks the rule. */
  private final String field;

  /** What is wrong, naming the bad value. */
  private final String rule;

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
    this.rule = Objects.requireNonNull(rule, "rule");
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

  /**
   * What is wrong, naming the bad value: the message without its subject, such as {@code end date
   * 2022-02-01 is before start date 2022-02-03}.
   *
   * @return the rule broken
   */
  public String rule() {
    return rule;
  }
}
