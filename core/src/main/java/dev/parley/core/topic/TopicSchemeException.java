package dev.parley.core.topic;

/**
 * Thrown when a topic or a topic scheme is inconsistent: a malformed id, a label claimed by two
 * topics, a broader topic that is not in the scheme, a broader cycle, or a scheme file that cannot
 * be read. The message names the topic, or the file and line.
 */
public final class TopicSchemeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public TopicSchemeException(String message) {
    super(message);
  }
}
