package dev.parley.examples.bench;

import dev.parley.core.topic.TopicScheme;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resolving agenda titles to topics with the default scheme: {@value #TITLES} Japanese titles
 * against as many English ones, shaped like the agenda items of MIC's releases, and adversarial
 * titles of combining marks of 1,000 to 100,000 characters, whose cost per character should not
 * grow.
 *
 * <p>The scheme remembers the topics of titles it has resolved, within a budget of characters after
 * which it forgets them all. Every operation therefore resolves the next titles of a pool larger
 * than that budget ({@value #POOL} distinct titles of each language, more than two million
 * characters of adversarial titles), so that a measured title has always been forgotten when it
 * comes round again and is matched, not looked up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TopicBench {
  /** How many titles of each language one operation resolves. */
  static final int TITLES = 1_000;

  /** How many distinct titles of each language the operations cycle through. */
  static final int POOL = 51_200;

  /** How many characters of adversarial titles the operations cycle through, at least. */
  static final int MARK_CHARS = 2_200_000;

  private static final String[] EN = {
    "5G security and Open RAN",
    "Decentralization of data centers",
    "Strengthening quantum technology and submarine cables",
    "Data free flow with trust",
    "Cooperation on artificial intelligence",
    "Cybersecurity",
    "Personal data protection",
    "ICT policy updates of both sides",
    "Beyond 5G and 6G research and development",
    "Digital platforms and competition",
    "Online disinformation",
    "Cooperation in third countries",
    "Broadband infrastructure in rural areas",
    "International standardization",
    "Satellite communications and spectrum",
    "Digital transformation of public administration",
  };
  private static final String[] JA = {
    "５Ｇセキュリティ・オープンRAN",
    "データセンターの地方分散",
    "量子技術と海底ケーブルの強靱化",
    "信頼性のある自由なデータ流通",
    "人工知能に関する協力",
    "サイバーセキュリティ",
    "個人データの保護",
    "双方のICT政策の動向",
    "Beyond 5G・6Gの研究開発",
    "デジタルプラットフォームと競争政策",
    "偽情報対策",
    "第三国における協力",
    "地方におけるブロードバンド整備",
    "国際標準化",
    "衛星通信と周波数",
    "行政のデジタル・トランスフォーメーション",
  };
  private static final String[] EN_JOIN = {" and ", ", ", "/"};
  private static final String[] JA_JOIN = {"及び", "・", "と"};
  private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

  private static final TopicScheme SCHEME = TopicScheme.defaultScheme();

  private String[] english;
  private String[] japanese;
  private int next;
  private int nextJa;

  /** An adversarial title of combining marks. */
  @State(Scope.Benchmark)
  public static class Marks {
    /** The length of the title, in characters. */
    @Param({"1000", "10000", "100000"})
    public int chars;

    private String[] titles;
    private int next;

    /** Builds distinct titles of {@link #chars} characters, each its number and the marks. */
    @Setup
    public void setUp() {
      titles = new String[Math.max(2, MARK_CHARS / chars + 1)];
      String marks = adversarial(chars);
      for (int i = 0; i < titles.length; i++) {
        String number = i + " ";
        titles[i] = number + marks.substring(0, chars - number.length());
      }
    }

    String next() {
      String t = titles[next];
      next = (next + 1) % titles.length;
      return t;
    }
  }

  /** The titles, and the scheme's memory filled with fillers. */
  @Setup
  public void setUp() {
    english = new String[POOL];
    japanese = new String[POOL];
    for (int i = 0; i < POOL; i++) {
      int a = i % EN.length;
      int b = (i / EN.length) % EN.length;
      int number = 1 + i / (EN.length * EN.length);
      String en = "(" + number + ") " + EN[a];
      String ja = "（" + fullWidth(number) + "）" + JA[a];
      if (a != b) {
        en += EN_JOIN[i % EN_JOIN.length] + lower(EN[b]);
        ja += JA_JOIN[i % JA_JOIN.length] + JA[b];
      }
      english[i] = en;
      japanese[i] = ja;
    }
  }

  /**
   * A title of one base letter and combining marks of two alternating classes (acute, above; grave
   * below): canonical ordering by exchange is quadratic in such a run.
   */
  static String adversarial(int length) {
    StringBuilder s = new StringBuilder(length).append('a');
    while (s.length() < length) {
      s.append(s.length() % 2 == 0 ? '\u0301' : '\u0316');
    }
    return s.toString();
  }

  private static String fullWidth(int n) {
    StringBuilder s = new StringBuilder();
    for (char c : String.valueOf(n).toCharArray()) {
      s.append(FULL_WIDTH_DIGITS.charAt(c - '0'));
    }
    return s.toString();
  }

  private static String lower(String s) {
    return s.equals(s.toUpperCase(java.util.Locale.ROOT))
        ? s
        : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** Resolves the English titles. */
  @Benchmark
  public int resolveEnglish() {
    int n = 0;
    for (int i = 0; i < TITLES; i++) {
      n += SCHEME.resolve(english[(next + i) % POOL]).size();
    }
    next = (next + TITLES) % POOL;
    return n;
  }

  /** Resolves the Japanese titles. */
  @Benchmark
  public int resolveJapanese() {
    int n = 0;
    for (int i = 0; i < TITLES; i++) {
      n += SCHEME.resolve(japanese[(nextJa + i) % POOL]).size();
    }
    nextJa = (nextJa + TITLES) % POOL;
    return n;
  }

  /** Resolves one adversarial title. */
  @Benchmark
  public int resolveMarks(Marks marks) {
    return SCHEME.resolve(marks.next()).size();
  }
}
