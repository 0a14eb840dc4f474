package dev.parley.core.release;

/**
 * Thrown when a text is not a meeting release that can be imported: it is empty, binary, too large,
 * or names no meeting. The message names the text and the reason, such as {@code notes.txt: not a
 * meeting release: no sentence says a meeting was held, and no known dialogue series is named}.
 */
public final class NotAReleaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the name of the text, such as its file name
   * @param reason why the text is not a release, in a user's words
   */
  public NotAReleaseException(String source, String reason) {
    super(source + ": not a meeting release: " + reason);
    this.source = source;
    this.reason = reason;
  }

  /**
   * The name of the text that was read.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Why the text is not a release.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
