package dev.parley.examples.bench;

import dev.parley.core.model.Commitment;
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
 * Suggesting a commitment level for outcome wordings with {@link Commitment#suggest}: {@value
 * #WORDINGS} English and as many Japanese wordings shaped like the outcome sentences of MIC's
 * releases (written for this benchmark, not copied from one), and adversarial wordings of 1,000 to
 * 100,000 characters, whose cost per character should not grow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CommitmentBench {
  /** How many wordings of each language one operation reads. */
  static final int WORDINGS = 1_000;

  private static final String[] SUBJECTS_EN = {
    "Both sides", "The two ministries", "Japan and the EU", "The delegations", "The ministers"
  };
  private static final String[] PREDICATES_EN = {
    "agreed to strengthen their cooperation on",
    "confirmed that they would cooperate closely on",
    "exchanged views on recent policy developments in",
    "recognized the importance of",
    "agreed to continue exchanging views on",
    "reaffirmed their commitment to",
    "signed a memorandum of cooperation on",
    "explained their recent initiatives on",
    "welcomed the progress of the joint projects on",
    "did not reach an agreement on"
  };
  private static final String[] SUBJECTS_JA = {"日EU双方は、", "両省は、", "両国は、", "日本側から、", "両大臣は、"};
  private static final String[] PREDICATES_JA = {
    "における協力を強化していくことで一致しました。",
    "について引き続き意見交換を行うこととしました。",
    "の重要性について認識を共有しました。",
    "に関する取組について説明しました。",
    "に関する協力覚書に署名しました。",
    "について今後も緊密に連携していくことを確認しました。",
    "に関する共同プロジェクトを選定しました。",
    "に関する進展を歓迎しました。",
    "について合意には至りませんでした。",
    "について意見交換を行いました。"
  };
  private static final String[] AREAS_EN = {
    "5G security", "submarine cables", "data free flow with trust", "artificial intelligence",
    "spectrum policy", "cybersecurity", "Beyond 5G research", "online platforms"
  };
  private static final String[] AREAS_JA = {
    "5Gセキュリティ",
    "海底ケーブル",
    "信頼性のある自由なデータ流通",
    "人工知能",
    "周波数政策",
    "サイバーセキュリティ",
    "Beyond 5Gの研究開発",
    "オンラインプラットフォーム"
  };

  private String[] english;
  private String[] japanese;

  /** An adversarial wording: a verb of agreeing, then combining marks. */
  @State(Scope.Benchmark)
  public static class Marks {
    /** The length of the wording, in characters. */
    @Param({"1000", "10000", "100000"})
    public int chars;

    private String wording;

    /** Builds the wording of {@link #chars} characters. */
    @Setup
    public void setUp() {
      String head = "They agreed to cooperate ";
      wording = head + TopicBench.adversarial(chars - head.length());
    }
  }

  /** The wordings, each subject with each predicate and area in turn. */
  @Setup
  public void setUp() {
    english = new String[WORDINGS];
    japanese = new String[WORDINGS];
    for (int i = 0; i < WORDINGS; i++) {
      english[i] =
          SUBJECTS_EN[i % SUBJECTS_EN.length]
              + " "
              + PREDICATES_EN[(i / SUBJECTS_EN.length) % PREDICATES_EN.length]
              + " "
              + AREAS_EN[i % AREAS_EN.length]
              + ".";
      japanese[i] =
          SUBJECTS_JA[i % SUBJECTS_JA.length]
              + AREAS_JA[i % AREAS_JA.length]
              + PREDICATES_JA[(i / SUBJECTS_JA.length) % PREDICATES_JA.length];
    }
  }

  /** Reads the English wordings. */
  @Benchmark
  public int suggestEnglish() {
    int n = 0;
    for (String w : english) {
      n += Commitment.suggest(w).isPresent() ? 1 : 0;
    }
    return n;
  }

  /** Reads the Japanese wordings. */
  @Benchmark
  public int suggestJapanese() {
    int n = 0;
    for (String w : japanese) {
      n += Commitment.suggest(w).isPresent() ? 1 : 0;
    }
    return n;
  }

  /** Reads one adversarial wording. */
  @Benchmark
  public boolean suggestMarks(Marks marks) {
    return Commitment.suggest(marks.wording).isPresent();
  }
}
