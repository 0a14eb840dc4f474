package dev.parley.core.history;

import java.util.Arrays;

/**
 * A growing list of ints kept in pages of {@value #PAGE} (64 KiB), the first page growing by half
 * up to that size: no array of a long timeline is large enough for a collector to treat it apart
 * (the G1 collector gives an array of half a region or more regions of its own, and a small heap
 * has regions of 1 MiB), and growing never copies more than one page.
 */
final class Ints {
  static final int PAGE = 1 << 14;

  private int[][] pages = new int[1][];
  private int size;

  Ints() {
    pages[0] = new int[4];
  }

  private Ints(int[][] pages, int size) {
    this.pages = pages;
    this.size = size;
  }

  int size() {
    return size;
  }

  int get(int i) {
    return pages[i >>> 14][i & (PAGE - 1)];
  }

  void set(int i, int value) {
    pages[i >>> 14][i & (PAGE - 1)] = value;
  }

  void add(int value) {
    int page = size >>> 14;
    int at = size & (PAGE - 1);
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, page + (page >> 1) + 1);
    }
    if (pages[page] == null) {
      pages[page] = new int[PAGE];
    } else if (at == pages[page].length) {
      pages[page] = Arrays.copyOf(pages[page], Math.min(PAGE, at + (at >> 1) + 1));
    }
    pages[page][at] = value;
    size++;
  }

  /** These ints, which later additions to either do not change. */
  Ints copy() {
    int[][] copied = new int[Math.max(1, pages.length)][];
    for (int p = 0; p < pages.length && pages[p] != null; p++) {
      copied[p] = pages[p].clone();
    }
    if (copied[0] == null) {
      copied[0] = new int[4];
    }
    return new Ints(copied, size);
  }
}
