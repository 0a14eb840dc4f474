package dev.parley.json;

/**
 * The options of a {@link ParleyJson}, from {@link ParleyJson#builder()}: indentation, and the
 * limits that keep a read of a stranger's document bounded in time and memory.
 */
public final class ParleyJsonBuilder {
  boolean pretty;
  int maxDepth = 64;
  int maxStringLength = 1 << 20;
  long maxDocumentLength = 1L << 30;
  int maxLineLength = 1 << 23;
  int maxProblems = 100;

  ParleyJsonBuilder() {}

  /**
   * Whether to indent output for people (two spaces, one member per line). Off by default; JSON
   * Lines are always compact.
   *
   * @param pretty true to indent
   * @return this builder
   */
  public ParleyJsonBuilder pretty(boolean pretty) {
    this.pretty = pretty;
    return this;
  }

  /**
   * The deepest nesting of objects and arrays a document may have. The format needs 9; the default
   * is 64.
   *
   * @param maxDepth the limit, at least 16
   * @return this builder
   */
  public ParleyJsonBuilder maxDepth(int maxDepth) {
    this.maxDepth = atLeast("maxDepth", maxDepth, 16);
    return this;
  }

  /**
   * The longest string a document may contain, in characters; the default is 1,048,576 (1 Mi).
   *
   * @param maxStringLength the limit, positive
   * @return this builder
   */
  public ParleyJsonBuilder maxStringLength(int maxStringLength) {
    this.maxStringLength = atLeast("maxStringLength", maxStringLength, 1);
    return this;
  }

  /**
   * The largest document, in bytes for byte input and characters for text input; the default is 1
   * GiB.
   *
   * @param maxDocumentLength the limit, positive
   * @return this builder
   */
  public ParleyJsonBuilder maxDocumentLength(long maxDocumentLength) {
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException("maxDocumentLength " + maxDocumentLength + " is below 1");
    }
    this.maxDocumentLength = maxDocumentLength;
    return this;
  }

  /**
   * The longest line of JSON Lines, in bytes for byte input and characters for text input; the
   * default is 8,388,608 (8 MiB), far below any heap a reader runs in. It is enforced while the
   * line is read, before it is held: a longer line is refused at the byte past the limit, and
   * memory stays within the limit whatever the input.
   *
   * @param maxLineLength the limit, positive
   * @return this builder
   */
  public ParleyJsonBuilder maxLineLength(int maxLineLength) {
    this.maxLineLength = atLeast("maxLineLength", maxLineLength, 1);
    return this;
  }

  /**
   * How many problems {@link ParleyJson#validate} and {@link JsonLines#validate} report at most;
   * the default is 100. Problems beyond are counted, not kept.
   *
   * @param maxProblems the limit, positive
   * @return this builder
   */
  public ParleyJsonBuilder maxProblems(int maxProblems) {
    this.maxProblems = atLeast("maxProblems", maxProblems, 1);
    return this;
  }

  private static int atLeast(String option, int value, int least) {
    if (value < least) {
      throw new IllegalArgumentException(option + " " + value + " is below " + least);
    }
    return value;
  }

  /**
   * Creates the reader and writer.
   *
   * @return the configured instance
   */
  public ParleyJson build() {
    return new ParleyJson(this);
  }
}
