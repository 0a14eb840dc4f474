package dev.parley.examples.cli;

import dev.parley.core.model.Session;
import dev.parley.core.topic.TopicScheme;
import dev.parley.json.ParleyJson;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sessions given more than once (the demo's {@code all-sessions.jsonl} and its {@code histories/}):
 * an equal session of the same dialogue and ordinal (or, without an ordinal, the same title and
 * start) is counted once, and a note says so; a different session under the same dialogue and
 * ordinal is an error naming both files. Remembers per session a key, 64 bits of the SHA-256 digest
 * of its canonical JSON (streamed into the digest, never held) and its file, not the session: about
 * 80 bytes a session, and two different sessions of one key are taken for one with a probability of
 * 2^-64, where a hash code collides far more often. Shared by {@code parley timeline} and {@code
 * parley site}, which read the same inputs.
 */
final class SessionsOnce {
  private static final ParleyJson JSON = ParleyJson.defaults();
  private final Map<Key, Seen> seen = new HashMap<>();

  /**
   * A session's place: its dialogue (whose id the sessions of one stream share) and ordinal, or,
   * without an ordinal, its title and start.
   */
  private record Key(String dialogue, int ordinal, String untitled) {}

  /** What is remembered of a session seen: its digest and the file it came from. */
  private record Seen(long digest, Path file) {}

  private int duplicates;
  private String example;

  /**
   * Whether the session is seen for the first time; false for an equal session seen before.
   *
   * @throws InvalidInput if a different session of the same dialogue and ordinal was seen before
   */
  boolean isNew(Session s, Path file) {
    Key key =
        new Key(
            s.dialogue().id(),
            s.ordinal().orElse(0),
            s.ordinal().isPresent() ? null : s.title() + "\u0000" + s.start());
    long digest = digest(s);
    Seen before = seen.putIfAbsent(key, new Seen(digest, file));
    if (before == null) {
      return true;
    }
    if (before.digest() != digest) {
      throw new InvalidInput(
          List.of(
              file
                  + ": session "
                  + describe(s)
                  + " conflicts with the session of the same dialogue and ordinal in "
                  + before.file()
                  + " (same session, different content)"));
    }
    duplicates++;
    if (example == null) {
      example = describe(s) + " in " + before.file() + " and " + file;
    }
    return false;
  }

  /**
   * Reads every session of the files, each checked against the scheme's topics, and hands each
   * meeting to {@code each} once; then notes on {@code err} the sessions given twice. One session
   * at a time: memory per session is what {@code each} keeps plus this class's entry.
   *
   * @throws InvalidInput if two different sessions of one dialogue and ordinal are given
   */
  static void forEachOnce(
      List<Path> files, TopicScheme topics, PrintWriter err, Consumer<Session> each) {
    SessionsOnce once = new SessionsOnce();
    for (Path f : files) {
      Inputs.forEachSession(
          f,
          ExplicitTopics.checked(
              f,
              topics,
              err,
              s -> {
                if (once.isNew(s, f)) {
                  each.accept(s);
                }
              }));
    }
    once.note(err);
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

  private static long digest(Session s) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    JSON.write(s, new DigestOutputStream(OutputStream.nullOutputStream(), sha));
    return ByteBuffer.wrap(sha.digest()).getLong();
  }

  private static String describe(Session s) {
    return TerminalText.cut(s.dialogue().id(), 80)
        + (s.ordinal().isPresent()
            ? " #" + s.ordinal().getAsInt()
            : " \"" + TerminalText.cut(s.title(), 80) + "\"");
  }
}
