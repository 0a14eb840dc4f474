package dev.parley.examples.cli;

import java.util.List;

/** A bad document or file: reported as its lines, no stack trace, exit code 1. */
final class InvalidInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The lines to print, one per problem. */
  private final List<String> lines;

  InvalidInput(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  List<String> lines() {
    return lines;
  }
}
