package dev.parley.json;

import java.util.List;

/**
 * What {@link ParleyJson#validate} and {@link JsonLines#validate} found in a file: every problem
 * that one pass finds, each with its path, line and column, up to {@link
 * ParleyJsonBuilder#maxProblems}; how many problems were found in all; and how many sessions were
 * read without a problem.
 */
public final class Validation {
  private final List<ParleyJsonException> problems;
  private final long problemCount;
  private final long sessions;

  Validation(List<ParleyJsonException> problems, long problemCount, long sessions) {
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
    this.sessions = sessions;
  }

  /**
   * Whether the file has no problem.
   *
   * @return true if valid
   */
  public boolean isValid() {
    return problemCount == 0;
  }

  /**
   * The problems found, in the order of the file, at most {@link ParleyJsonBuilder#maxProblems}.
   *
   * @return the problems; empty if the file is valid
   */
  public List<ParleyJsonException> problems() {
    return problems;
  }

  /**
   * How many problems were found, counting those beyond the limit: the first problem beyond it ends
   * the read of a document, and each further bad line of JSON Lines counts at least once.
   *
   * @return the number of problems, at least the size of {@link #problems()}
   */
  public long problemCount() {
    return problemCount;
  }

  /**
   * How many sessions were read without a problem.
   *
   * @return the number of good sessions
   */
  public long sessions() {
    return sessions;
  }
}
