package dev.parley.core.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
   * The further publishers of a joint release, after the first: a release of three ministries has
   * one {@link #publisher()} and two co-publishers.
   *
   * @return the co-publishers in the order published, possibly none
   */
  public abstract List<String> copublishers();

  /**
   * What sort of document this is. Only a report must not predate the meeting.
   *
   * @return the kind; a report unless said otherwise
   */
  @Value.Default
  public SourceKind kind() {
    return SourceKind.REPORT;
  }

  /**
   * The language the document is written in, an IETF BCP 47 tag such as {@code en} or {@code ja}.
   *
   * @return the language, if recorded
   */
  public abstract Optional<String> language();

  /**
   * Everyone who published the document: the publisher, then the co-publishers.
   *
   * @return one or more publishers
   */
  public List<String> publishers() {
    List<String> all = new ArrayList<>(1 + copublishers().size());
    all.add(publisher());
    all.addAll(copublishers());
    return List.copyOf(all);
  }

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
    Supplier<String> subject = () -> "Source " + Invariants.quoted(title());
    Invariants.text(subject, "publisher", publisher());
    Invariants.text(subject, "title", title());
    checkPublishers(subject);
    Invariants.text(subject, "division", division());
    url().ifPresent(u -> Invariants.url(subject, "url", u));
    url()
        .filter(u -> !u.isAbsolute())
        .ifPresent(
            u -> {
              throw Invariants.violation(subject, "url", "url \"" + u + "\" is not absolute");
            });
  }

  private void checkPublishers(Supplier<String> subject) {
    Invariants.texts(subject, "copublishers", copublishers());
    Invariants.distinct(subject, "publishers", publishers(), p -> Invariants.quoted(p));
    language().ifPresent(l -> Invariants.languageTag(subject, "language", l));
  }
}
