package dev.parley.core.history;

import dev.parley.core.model.Dialogue;
import dev.parley.core.model.Session;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A timeline's columns, kept compact: per session its dialogue's number, ordinal, start and where
 * its title is (in {@link Ints}), and the titles' UTF-8 in chunks of {@value #CHUNK} bytes, about
 * 55 bytes a session instead of a {@link TimelineColumn} and a string each; chunks are never copied
 * as they fill, so growing needs no second copy of the titles. A column is made when it is read.
 * Titles pass the model's text rule (no lone surrogate), so their UTF-8 gives them back unchanged.
 */
final class Columns extends AbstractList<TimelineColumn> implements RandomAccess {
  static final int CHUNK = 1 << 16;

  private final List<Dialogue> dialogues;
  private final Map<Dialogue, Integer> numbers;
  private final List<byte[]> chunks;
  private final Ints dialogue = new Ints();
  private final Ints ordinal = new Ints();
  private final Ints start = new Ints();

  /** Where each title is: its chunk's number times {@value #CHUNK}, plus its offset there. */
  private final Ints titleAt = new Ints();

  private byte[] chunk;
  private int chunkNumber;
  private int chunkUsed = CHUNK;
  private final BitSet partial;

  Columns() {
    this(new ArrayList<>(), new HashMap<>(), new ArrayList<>(), new BitSet());
  }

  private Columns(
      List<Dialogue> dialogues,
      Map<Dialogue, Integer> numbers,
      List<byte[]> chunks,
      BitSet partial) {
    this.dialogues = dialogues;
    this.numbers = numbers;
    this.chunks = chunks;
    this.partial = partial;
  }

  /** Adds the session's column, sharing its dialogue with the columns before of an equal one. */
  void add(Session session) {
    dialogue.add(
        numbers.computeIfAbsent(
            session.dialogue(),
            d -> {
              dialogues.add(d);
              return dialogues.size() - 1;
            }));
    ordinal.add(session.ordinal().orElse(0));
    start.add(TimelineColumn.pack(session.start()));
    titleAt.add(store(session.title().getBytes(StandardCharsets.UTF_8)));
    if (!session.isAgendaComplete()) {
      partial.set(dialogue.size() - 1);
    }
  }

  /** Stores a title as its length (four bytes) and its UTF-8, in a chunk of its own if large. */
  private int store(byte[] title) {
    int need = 4 + title.length;
    if (chunks.size() >= Integer.MAX_VALUE / CHUNK) {
      throw new IllegalStateException("a timeline holds at most 2 GiB of session titles");
    }
    byte[] into;
    int number;
    int offset;
    if (need > CHUNK) {
      into = new byte[need];
      number = chunks.size();
      offset = 0;
      chunks.add(into);
    } else {
      if (chunkUsed + need > CHUNK) {
        chunk = new byte[CHUNK];
        chunkNumber = chunks.size();
        chunkUsed = 0;
        chunks.add(chunk);
      }
      into = chunk;
      number = chunkNumber;
      offset = chunkUsed;
      chunkUsed += need;
    }
    into[offset] = (byte) (title.length >>> 24);
    into[offset + 1] = (byte) (title.length >>> 16);
    into[offset + 2] = (byte) (title.length >>> 8);
    into[offset + 3] = (byte) title.length;
    System.arraycopy(title, 0, into, offset + 4, title.length);
    return number * CHUNK + offset;
  }

  String title(int i) {
    byte[] c = chunks.get(titleAt.get(i) / CHUNK);
    int offset = titleAt.get(i) % CHUNK;
    int length =
        (c[offset] & 0xff) << 24
            | (c[offset + 1] & 0xff) << 16
            | (c[offset + 2] & 0xff) << 8
            | (c[offset + 3] & 0xff);
    return new String(c, offset + 4, length, StandardCharsets.UTF_8);
  }

  boolean isAgendaComplete(int i) {
    return !partial.get(i);
  }

  /** The columns in date order, as {@link TimelineColumn#CHRONOLOGICAL} orders them. */
  int compare(int a, int b) {
    int c = Integer.compare(start.get(a), start.get(b));
    if (c == 0) {
      c = Integer.compare(ordinal.get(a), ordinal.get(b));
    }
    return c != 0 ? c : title(a).compareTo(title(b));
  }

  /**
   * These columns in the given order (the old index of each new column), sharing the titles; the
   * copy adds its later titles to chunks of its own.
   */
  Columns reordered(Integer[] order) {
    Columns moved =
        new Columns(
            new ArrayList<>(dialogues),
            new HashMap<>(numbers),
            new ArrayList<>(chunks),
            new BitSet());
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      moved.dialogue.add(dialogue.get(i));
      moved.ordinal.add(ordinal.get(i));
      moved.start.add(start.get(i));
      moved.titleAt.add(titleAt.get(i));
      if (partial.get(i)) {
        moved.partial.set(k);
      }
    }
    return moved;
  }

  /** These columns, which later additions to either do not change. */
  Columns copy() {
    Integer[] same = new Integer[size()];
    for (int i = 0; i < same.length; i++) {
      same[i] = i;
    }
    return reordered(same);
  }

  /** The columns of sessions whose agenda is not known in full, ascending. */
  int[] partial() {
    return partial.stream().toArray();
  }

  @Override
  public TimelineColumn get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("column " + index + " of " + size());
    }
    return TimelineColumn.of(
        dialogues.get(dialogue.get(index)),
        ordinal.get(index),
        title(index),
        start.get(index),
        isAgendaComplete(index));
  }

  @Override
  public int size() {
    return dialogue.size();
  }
}
