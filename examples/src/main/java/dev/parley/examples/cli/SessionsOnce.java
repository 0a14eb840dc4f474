package dev.parley.examples.cli;

import dev.parley.core.model.Session;
import dev.parley.json.ParleyJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions given more than once (the demo's {@code all-sessions.jsonl} and its {@code histories/}):
 * an equal session of the same dialogue and ordinal (or, without an ordinal, the same title and
 * start) is counted once, and a note says so; a different session under the same dialogue and
 * ordinal is an error naming both files. Remembers a key, a SHA-256 digest of the session's
 * canonical JSON and a file per session, not the session, so memory stays small per session and two
 * different sessions are never taken for one (a hash code could collide; a digest does not in
 * practice). Shared by {@code parley timeline} and {@code parley site}, which read the same inputs.
 */
final class SessionsOnce {
  private static final ParleyJson JSON = ParleyJson.defaults();
  private final Map<String, byte[]> digests = new HashMap<>();
  private final Map<String, Path> firstFile = new HashMap<>();
  private int duplicates;
  private String example;

  /**
   * Whether the session is seen for the first time; false for an equal session seen before.
   *
   * @throws InvalidInput if a different session of the same dialogue and ordinal was seen before
   */
  boolean isNew(Session s, Path file) {
    String key =
        s.dialogue().id()
            + "\u0000"
            + (s.ordinal().isPresent()
                ? "#" + s.ordinal().getAsInt()
                : s.title() + "\u0000" + s.start());
    byte[] digest = digest(s);
    byte[] before = digests.putIfAbsent(key, digest);
    if (before == null) {
      firstFile.put(key, file);
      return true;
    }
    if (!Arrays.equals(before, digest)) {
      throw new InvalidInput(
          List.of(
              file
                  + ": session "
                  + describe(s)
                  + " conflicts with the session of the same dialogue and ordinal in "
                  + firstFile.get(key)
                  + " (same session, different content)"));
    }
    duplicates++;
    if (example == null) {
      example = describe(s) + " in " + firstFile.get(key) + " and " + file;
    }
    return false;
  }

  /** Writes a note of the sessions counted once, if any. */
  void note(PrintWriter err) {
    if (duplicates > 0) {
      err.println(
          "note: "
              + duplicates
              + (duplicates == 1 ? " session was" : " sessions were")
              + " given twice and counted once (for example "
              + example
              + ")");
      err.flush();
    }
  }

  private static byte[] digest(Session s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(JSON.writeBytes(s));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String describe(Session s) {
    return TerminalText.cut(s.dialogue().id(), 80)
        + (s.ordinal().isPresent()
            ? " #" + s.ordinal().getAsInt()
            : " \"" + TerminalText.cut(s.title(), 80) + "\"");
  }
}
