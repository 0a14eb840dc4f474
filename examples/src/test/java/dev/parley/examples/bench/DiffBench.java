package dev.parley.examples.bench;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Session;
import dev.parley.core.topic.TopicScheme;
import java.util.concurrent.TimeUnit;
import org.javers.core.Javers;
import org.javers.core.JaversBuilder;
import org.javers.core.diff.Diff;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Diffing two realistic sessions: Parley's agenda diff against JaVers' object diff. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiffBench {
  /** How many titles {@link #resolveTitles} resolves per call. */
  static final int TITLES = 1_000;

  private Session older;
  private Session newer;
  private Javers javers;
  private String[] titles;
  private final TopicScheme scheme = TopicScheme.defaultScheme();

  /** Two sessions of one dialogue, a default JaVers, and a thousand agenda titles. */
  @Setup
  public void setUp() {
    RealisticSessions gen = new RealisticSessions(7);
    older = gen.session(1);
    newer = gen.session(2);
    javers = JaversBuilder.javers().build();
    titles = new String[TITLES];
    int i = 0;
    for (int s = 0; i < TITLES; s++) {
      for (AgendaItem item : gen.session(100 + s).agendaItems()) {
        if (i < TITLES) {
          titles[i++] = item.title();
        }
      }
    }
  }

  /** Parley's topic-by-topic agenda diff. */
  @Benchmark
  public AgendaDiff diffParley() {
    return AgendaDiff.between(older, newer, scheme);
  }

  /** JaVers comparing the same two objects, default configuration. */
  @Benchmark
  public Diff diffJavers() {
    return javers.compare(older, newer);
  }

  /** Resolving a thousand agenda titles to topics. */
  @Benchmark
  public int resolveTitles() {
    int n = 0;
    for (String t : titles) {
      n += scheme.resolve(t).size();
    }
    return n;
  }
}
