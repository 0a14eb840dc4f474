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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sessions given more than once (the demo's {@code all-sessions.jsonl} and its {@code histories/}):
 * an equal session of the same dialogue and ordinal (or, without an ordinal, the same title and
 * start) is counted once, and a note says so; a different session under the same dialogue and
 * ordinal is an error naming both files. Remembers per session its place (the dialogue's number
 * among the dialogues seen and the ordinal, in one {@code long}), 64 bits of the SHA-256 digest of
 * its canonical JSON (streamed into the digest, never held) and its file's number, in three arrays
 * of an open-addressing table in 64 parts: about 32 bytes a session, not the session. Two different
 * sessions of one place are taken for one with a probability of 2^-64, where a hash code collides
 * far more often. Sessions without an ordinal (rare) are remembered by title and start in a map.
 * Shared by {@code parley timeline} and {@code parley site}, which read the same inputs.
 */
final class SessionsOnce {
  private static final ParleyJson JSON = ParleyJson.defaults();
  private final Map<String, Integer> dialogues = new HashMap<>();
  private final List<Path> files = new ArrayList<>();
  private final Map<Untitled, Seen> untitled = new HashMap<>();

  /**
   * The table of sessions with an ordinal, in 64 parts chosen by the place's hash, so that no array
   * is large: a collector with regions (G1, whose regions are 1 MiB in a small heap) keeps an array
   * of half a region or more apart, and a long input would need several.
   */
  private final Part[] parts = new Part[64];

  /** One part of the table: place, digest and file number, at most half full. */
  private static final class Part {
    long[] places = new long[16];
    long[] digests = new long[16];
    int[] files = new int[16];
    int size;
  }

  /** A session without an ordinal: its dialogue, title and start. */
  private record Untitled(String dialogue, String title, String start) {}

  /** What is remembered of a session seen without an ordinal: its digest and file number. */
  private record Seen(long digest, int file) {}

  /** A place in the table: no session has place 0, as a dialogue's number starts at 1. */
  private static final long EMPTY = 0;

  private int duplicates;
  private String example;

  /**
   * Whether the session is seen for the first time; false for an equal session seen before.
   *
   * @throws InvalidInput if a different session of the same dialogue and ordinal was seen before
   */
  boolean isNew(Session s, Path file) {
    if (files.isEmpty() || !files.get(files.size() - 1).equals(file)) {
      files.add(file);
    }
    int fileNumber = files.size() - 1;
    long digest = digest(s);
    Seen before;
    if (s.ordinal().isPresent()) {
      before = putIfAbsent(place(s), digest, fileNumber);
    } else {
      before =
          untitled.putIfAbsent(
              new Untitled(s.dialogue().id(), s.title(), s.start().toString()),
              new Seen(digest, fileNumber));
    }
    if (before == null) {
      return true;
    }
    Path first = files.get(before.file());
    if (before.digest() != digest) {
      throw new InvalidInput(
          List.of(
              file
                  + ": session "
                  + describe(s)
                  + " conflicts with the session of the same dialogue and ordinal in "
                  + first
                  + " (same session, different content)"));
    }
    duplicates++;
    if (example == null) {
      example = describe(s) + " in " + first + " and " + file;
    }
    return false;
  }

  /** The session's dialogue number (from 1) and ordinal in one long. */
  private long place(Session s) {
    int dialogue = dialogues.computeIfAbsent(s.dialogue().id(), id -> dialogues.size() + 1);
    return ((long) dialogue << 32) | (s.ordinal().getAsInt() & 0xffffffffL);
  }

  /** Adds the place with its digest and file, or returns what was there before. */
  private Seen putIfAbsent(long place, long digest, int file) {
    long h = place * 0x9E3779B97F4A7C15L;
    int which = (int) (h >>> 58);
    Part part = parts[which];
    if (part == null) {
      part = new Part();
      parts[which] = part;
    }
    int mask = part.places.length - 1;
    int k = slot(h, mask);
    while (part.places[k] != EMPTY) {
      if (part.places[k] == place) {
        return new Seen(part.digests[k], part.files[k]);
      }
      k = (k + 1) & mask;
    }
    part.places[k] = place;
    part.digests[k] = digest;
    part.files[k] = file;
    if (++part.size * 2 > part.places.length) {
      grow(part);
    }
    return null;
  }

  private static void grow(Part part) {
    long[] oldPlaces = part.places;
    long[] oldDigests = part.digests;
    int[] oldFiles = part.files;
    part.places = new long[oldPlaces.length * 2];
    part.digests = new long[part.places.length];
    part.files = new int[part.places.length];
    int mask = part.places.length - 1;
    for (int i = 0; i < oldPlaces.length; i++) {
      if (oldPlaces[i] != EMPTY) {
        int k = slot(oldPlaces[i] * 0x9E3779B97F4A7C15L, mask);
        while (part.places[k] != EMPTY) {
          k = (k + 1) & mask;
        }
        part.places[k] = oldPlaces[i];
        part.digests[k] = oldDigests[i];
        part.files[k] = oldFiles[i];
      }
    }
  }

  /** The slot of a place's hash: bits below those that chose its part. */
  private static int slot(long hash, int mask) {
    return (int) (hash >>> 26) & mask;
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
