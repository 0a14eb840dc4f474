package dev.parley.core.model;

import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A body that takes part in a dialogue on behalf of a party: a ministry such as the Ministry of
 * Internal Affairs and Communications (MIC), a regulator, a business association such as Keidanren,
 * or a company.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Organization} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractOrganization {
  /**
   * The organization's name as published, such as {@code Ministry of Internal Affairs and
   * Communications}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The acronym the sources use, such as {@code MIC}, if any.
   *
   * @return the acronym, without white space
   */
  public abstract Optional<String> acronym();

  /**
   * The party this organization belongs to or speaks for.
   *
   * @return the party
   */
  public abstract Party party();

  /**
   * What sort of body this is.
   *
   * @return the kind
   */
  public abstract OrganizationKind kind();

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Organization " + Invariants.quoted(name());
    Invariants.text(subject, "name", name());
    if (acronym().isPresent()) {
      String a = acronym().get();
      boolean white = a.isEmpty();
      for (int i = 0; i < a.length() && !white; i++) {
        white = Character.isWhitespace(a.charAt(i));
      }
      if (white) {
        throw Invariants.violation(
            subject, "acronym", "acronym \"" + a + "\" is empty or contains white space");
      }
    }
    Invariants.text(subject, "acronym", acronym());
  }
}
