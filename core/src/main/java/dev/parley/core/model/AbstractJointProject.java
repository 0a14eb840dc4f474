package dev.parley.core.model;

import java.util.OptionalInt;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A project the parties carry out together, such as the Japan-India "Green mobile base station
 * project", with the field it belongs to and where it stands.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code JointProject} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractJointProject {
  /**
   * The project's name as published.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The field the project is grouped under, such as {@code Cybersecurity cooperation}.
   *
   * @return the field as published
   */
  public abstract String field();

  /**
   * Where the project stands at the session that reports it.
   *
   * @return the status
   */
  public abstract ProjectStatus status();

  /**
   * The ordinal of the session that selected the project, if known (the 4th Japan-India JWG reports
   * projects selected at the 2nd).
   *
   * @return the ordinal, at least 1
   */
  public abstract OptionalInt selectedAt();

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Joint project " + Invariants.quoted(name());
    Invariants.text(subject, "name", name());
    Invariants.text(subject, "field", field());
    Invariants.positive(subject, "selectedAt", selectedAt());
  }
}
