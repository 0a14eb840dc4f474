package dev.parley.json;

/**
 * The one exception for everything that is wrong with a Parley document: malformed or truncated
 * JSON, a member of the wrong type, {@code null} or missing where a value is required, an unknown
 * or duplicate member, an unknown code, a date that does not exist, a value that breaks a rule of
 * the model (the model's message is kept), content after the document, nesting or sizes beyond the
 * limits, a newer format version, or bytes that are not UTF-8.
 *
 * <p>It says where: the {@linkplain #path() JSON path} of the offending value, such as {@code
 * $.session.segments[1].agenda[3].outcomes[0].commitment}, and its {@linkplain #line() line} and
 * {@linkplain #column() column}. Its message reads {@code PATH (line L, column C): PROBLEM}.
 */
public final class ParleyJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;

  /** The 1-based line of the offending value, or -1 if unknown. */
  private final int line;

  /** The 1-based column of the offending value, or -1 if unknown. */
  private final int column;

  /** What is wrong, without the location. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending value, starting with {@code $}
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   * @param problem what is wrong, in words a person can act on
   * @param cause the underlying exception, or null
   */
  public ParleyJsonException(String path, int line, int column, String problem, Throwable cause) {
    super(path + " (line " + line + ", column " + column + "): " + problem, cause);
    this.path = path;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * Where in the document the problem is, as a JSON path: {@code $} for the document, {@code .name}
   * for a member, {@code [i]} for an array element.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The line of the offending value, counting from 1.
   *
   * @return the line, or -1 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending value, counting from 1 (in characters for text input, in bytes for
   * byte input).
   *
   * @return the column, or -1 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * What is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
