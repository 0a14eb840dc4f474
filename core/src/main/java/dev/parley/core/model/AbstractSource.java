package dev.parley.core.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The published document a record is taken from, usually a press release such as MIC's "Results of
 * Fourth Japan-Germany ICT Policy Dialogue" of 12 February 2020.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Source} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractSource {
  /**
   * Who published the document, such as {@code Ministry of Internal Affairs and Communications}.
   *
   * @return the publisher
   */
  public abstract String publisher();

  /**
   * The document's title as published.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The day the document was published; absent when the copy at hand has lost it, as text extracted
   * from a PDF sometimes has.
   *
   * @return the publication date, if known
   */
  public abstract Optional<LocalDate> published();

  /**
   * Where the document can be read, an absolute URL.
   *
   * @return the URL, if known
   */
  public abstract Optional<URI> url();

  /**
   * The division that issued the document, such as {@code International Policy Division, Global
   * Strategy Bureau}.
   *
   * @return the division, if the source names it
   */
  public abstract Optional<String> division();

  @Value.Check
  void check() {
    String subject = "Source " + Invariants.quoted(title());
    Invariants.text(subject, "publisher", publisher());
    Invariants.text(subject, "title", title());
    Invariants.text(subject, "division", division());
    url().ifPresent(u -> Invariants.url(subject, "url", u));
    url()
        .filter(u -> !u.isAbsolute())
        .ifPresent(
            u -> {
              throw Invariants.violation(subject, "url", "url \"" + u + "\" is not absolute");
            });
  }
}
