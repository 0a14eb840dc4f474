package dev.parley.examples.bench;

import dev.parley.core.model.Session;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Runs the JMH benchmarks and the memory checks, then prints one line per ratio, {@code ratio NAME
 * = VALUE [LOW, HIGH] (goal OP TARGET) MET|MISSED|UNDECIDED}, and writes the same to {@code
 * target/bench/summary.json} and a Markdown table to {@code target/bench/table.md}.
 *
 * <p>A score is the benchmark JVM's processor time per operation ({@link CpuTime}), the median of
 * all measured iterations of all rounds, with the distribution-free 99% confidence interval of the
 * median (between two order statistics) as its error; wall-clock time is kept beside it. A round
 * runs every benchmark once in a fresh JVM; rounds follow each other, so the forks of Parley and of
 * its baselines are interleaved in time and a change of the machine's load falls on both sides of a
 * ratio. A ratio's interval is the lowest and highest quotient of the two scores' intervals; the
 * verdict is MET or MISSED only when the whole interval is on one side of the goal and every
 * round's own ratio agrees, UNDECIDED otherwise. Allocation is JMH's GC profiler ({@code
 * gc.alloc.rate.norm}), bytes per operation: its mean and 99.9% interval (Student's t, as JMH
 * computes it).
 *
 * <p>Arguments: {@code quick} (three rounds; four warm-up iterations of a second and four measured
 * ones of half a second; memory checks on 20,000 sessions) or {@code full} (three rounds; five
 * warm-up and six measured iterations of a second; memory checks on 100,000 sessions); the build
 * directory; and optionally a regular expression of the benchmarks to run (for development: ratios
 * whose scores are missing are left out, and so are the memory checks).
 */
public final class BenchMain {
  private static final String IMPORT_BENCH = "dev.parley.examples.bench.ImportBench";
  private static final double CONFIDENCE = 0.999;
  private static final double MEDIAN_CONFIDENCE = 0.99;
  private static final double MAX_RELATIVE_ERROR = 0.05;

  private BenchMain() {}

  /**
   * A benchmark's processor time per operation (the score the ratios use) and its wall-clock time
   * per operation, each the median of the measured iterations with its confidence interval, its
   * allocation per operation (mean and interval), and the median of each round.
   */
  record Score(
      String name, Estimate cpu, Estimate wall, Estimate alloc, long n, List<Double> rounds) {
    double relativeError() {
      return cpu.relativeError();
    }
  }

  /** A value and the interval around it. */
  record Estimate(double value, double low, double high) {
    double relativeError() {
      return (high - low) / 2 / value;
    }

    /**
     * The median of the values, and the distribution-free interval between two of their order
     * statistics that holds the true median with at least {@value #MEDIAN_CONFIDENCE} confidence
     * (or all of them, when they are too few for that). Slow iterations on a loaded machine are not
     * symmetric noise: the median and this interval are not carried away by a few of them.
     */
    static Estimate median(List<Double> values) {
      double[] x = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      int n = x.length;
      if (n == 0) {
        return new Estimate(Double.NaN, Double.NaN, Double.NaN);
      }
      double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
      int k = 0;
      // Coverage of [x(k+1), x(n-k)] is 1 - 2 P(Binomial(n, 1/2) <= k).
      while (k + 1 < n - k - 1 && 1 - 2 * binomialAtMost(n, k + 1) >= MEDIAN_CONFIDENCE) {
        k++;
      }
      return new Estimate(median, x[k], x[n - 1 - k]);
    }

    /** The mean and the half-width of its confidence interval, as JMH computes it. */
    static Estimate mean(ListStatistics s) {
      double e = s.getN() > 1 ? s.getMeanErrorAt(CONFIDENCE) : Double.POSITIVE_INFINITY;
      return new Estimate(s.getMean(), s.getMean() - e, s.getMean() + e);
    }

    private static double binomialAtMost(int n, int k) {
      double p = 0;
      double c = 1;
      for (int i = 0; i <= k; i++) {
        p += c;
        c = c * (n - i) / (i + 1);
      }
      return p / Math.pow(2, n);
    }
  }

  /** A quotient of two measured values, its interval, and its goal if it has one. */
  record Ratio(
      String name,
      double value,
      double low,
      double high,
      String op,
      double target,
      List<Double> rounds) {
    static Ratio of(String name, double a, double ea, double b, double eb, String op, double t) {
      return of(name, a, ea, b, eb, op, t, List.of(), List.of(), 1);
    }

    static Ratio of(
        String name,
        double a,
        double ea,
        double b,
        double eb,
        String op,
        double t,
        List<Double> roundsA,
        List<Double> roundsB,
        double scaleB) {
      return of(
          name,
          new Estimate(a, a - ea, a + ea),
          new Estimate(b, b - eb, b + eb),
          op,
          t,
          roundsA,
          roundsB,
          scaleB);
    }

    /** The quotient {@code a / (b * scaleB)} and its interval. */
    static Ratio of(
        String name,
        Estimate a,
        Estimate b,
        String op,
        double t,
        List<Double> roundsA,
        List<Double> roundsB,
        double scaleB) {
      double low = a.low() / (b.high() * scaleB);
      double high = b.low() > 0 ? a.high() / (b.low() * scaleB) : Double.POSITIVE_INFINITY;
      double value = a.value() / (b.value() * scaleB);
      List<Double> rounds = new ArrayList<>();
      for (int i = 0; i < Math.min(roundsA.size(), roundsB.size()); i++) {
        rounds.add(roundsA.get(i) / (roundsB.get(i) * scaleB));
      }
      return new Ratio(name, value, Math.max(0, low), high, op, t, rounds);
    }

    /**
     * MET or MISSED when the whole interval is on one side of the goal and every round's own ratio
     * is on that side too; UNDECIDED otherwise.
     */
    String verdict() {
      String v = intervalVerdict();
      for (double r : rounds) {
        if (!v.equals(new Ratio(name, r, r, r, op, target, List.of()).intervalVerdict())) {
          return "UNDECIDED";
        }
      }
      return v;
    }

    private String intervalVerdict() {
      switch (op) {
        case "<=":
          return high <= target ? "MET" : low > target ? "MISSED" : "UNDECIDED";
        case "<":
          return high < target ? "MET" : low >= target ? "MISSED" : "UNDECIDED";
        case ">=":
          return low >= target ? "MET" : high < target ? "MISSED" : "UNDECIDED";
        default:
          return "";
      }
    }

    String interval() {
      return String.format(Locale.ROOT, "%.3f [%.3f, %s]", value, low, num(high));
    }

    String line() {
      return op == null
          ? "info " + name + " = " + interval()
          : "ratio "
              + name
              + " = "
              + interval()
              + " (goal "
              + op
              + " "
              + trim(target)
              + ") "
              + verdict();
    }
  }

  /**
   * Runs everything.
   *
   * @param args the mode, the build directory, and optionally a pattern of benchmarks
   * @throws Exception if a benchmark or a check cannot run
   */
  public static void main(String[] args) throws Exception {
    boolean full = args.length > 0 && args[0].equals("full");
    Path out = Path.of(args.length > 1 ? args[1] : "target").resolve("bench");
    String only = args.length > 2 && !args[2].isBlank() ? args[2] : null;
    Files.createDirectories(out);
    String loadBefore = load();
    Instant started = Instant.now();

    Map<String, Score> scores = jmh(full, out, only);
    List<Ratio> ratios = new ArrayList<>();
    List<Ratio> infoRatios = new ArrayList<>();
    Map<String, String> info = new LinkedHashMap<>();
    time(ratios, scores, "json.read.parley_vs_floor", "readParley", "readFloor", "<=", 1.8);
    time(ratios, scores, "json.read.parley_vs_records", "readParley", "readRecords", "<=", 0.8);
    time(ratios, scores, "json.write.parley_vs_records", "writeParley", "writeRecords", "<=", 1.0);
    alloc(ratios, scores, "json.read.alloc_parley_vs_records", "readParley", "readRecords");
    alloc(ratios, scores, "json.write.alloc_parley_vs_records", "writeParley", "writeRecords");
    time(ratios, scores, "diff.javers_vs_parley", "diffJavers", "diffParley", ">=", 50);
    perUnit(
        ratios,
        scores,
        "timeline.per_session_100k_vs_10k",
        "timeline:100000",
        "timeline:10000",
        10,
        "<=",
        1.3);
    time(ratios, scores, "topics.resolve.ja_vs_en", "resolveJapanese", "resolveEnglish", "<=", 1.5);
    perUnit(
        ratios,
        scores,
        "topics.resolve.per_char_100k_vs_1k",
        "resolveMarks:100000",
        "resolveMarks:1000",
        100,
        "<=",
        1.5);
    perUnit(
        ratios,
        scores,
        "commitments.suggest.per_char_100k_vs_1k",
        "suggestMarks:100000",
        "suggestMarks:1000",
        100,
        "<=",
        1.5);

    time(infoRatios, scores, "json.read.records_vs_floor", "readRecords", "readFloor", null, 0);
    time(infoRatios, scores, "json.write.parley_vs_floor", "writeParley", "writeFloor", null, 0);
    time(infoRatios, scores, "json.write.records_vs_floor", "writeRecords", "writeFloor", null, 0);
    perUnit(
        infoRatios,
        scores,
        "timeline.per_session_10k_vs_1k",
        "timeline:10000",
        "timeline:1000",
        10,
        null,
        0);
    perUnit(
        infoRatios,
        scores,
        "topics.resolve.per_char_10k_vs_1k",
        "resolveMarks:10000",
        "resolveMarks:1000",
        10,
        null,
        0);
    for (String b :
        List.of(
            "readParley",
            "readRecords",
            "readFloor",
            "writeParley",
            "writeRecords",
            "writeFloor")) {
      if (scores.containsKey(b)) {
        Score s = scores.get(b);
        info.put("json." + b + ".bytes_per_document", fmt(s.alloc().value() / JsonBench.DOCUMENTS));
        info.put("json." + b + ".us_per_document", fmt(s.cpu().value() / JsonBench.DOCUMENTS));
      }
    }
    perSecond(
        info,
        scores,
        "topics.resolve.english_titles_per_second",
        "resolveEnglish",
        TopicBench.TITLES);
    perSecond(
        info,
        scores,
        "topics.resolve.japanese_titles_per_second",
        "resolveJapanese",
        TopicBench.TITLES);
    time(
        infoRatios,
        scores,
        "commitments.suggest.ja_vs_en",
        "suggestJapanese",
        "suggestEnglish",
        null,
        0);
    perSecond(
        info,
        scores,
        "commitments.suggest.english_wordings_per_second",
        "suggestEnglish",
        CommitmentBench.WORDINGS);
    perSecond(
        info,
        scores,
        "commitments.suggest.japanese_wordings_per_second",
        "suggestJapanese",
        CommitmentBench.WORDINGS);
    for (String name : scores.keySet()) {
      // ImportBench.importSeeds, with its parameters if it has any.
      if (name.equals("importSeeds") || name.startsWith("importSeeds:")) {
        String key = "import.releases_per_second" + name.substring("importSeeds".length());
        perSecond(info, scores, key, name, releasesPerOperation());
      }
    }
    int noisy = 0;
    for (Score s : scores.values()) {
      if (s.relativeError() > MAX_RELATIVE_ERROR) {
        noisy++;
      }
    }
    info.put("scores_with_error_over_5_percent", noisy + " of " + scores.size());

    Map<String, String> checks = only == null ? memory(out, full ? 100_000 : 20_000) : Map.of();
    String loadAfter = load();
    info.put("load_before", loadBefore);
    info.put("load_after", loadAfter);
    info.put("started", started.toString());
    info.put("finished", Instant.now().toString());

    List<String> lines = new ArrayList<>();
    scores.values().forEach(s -> lines.add(scoreLine(s)));
    ratios.forEach(r -> lines.add(r.line()));
    infoRatios.forEach(r -> lines.add(r.line()));
    info.forEach((k, v) -> lines.add("info " + k + " = " + v));
    checks.forEach((k, v) -> lines.add("check " + k + " = " + v));
    System.out.println();
    lines.forEach(System.out::println);
    Files.writeString(
        out.resolve("summary.json"),
        json(full, scores, ratios, infoRatios, info, checks),
        StandardCharsets.UTF_8);
    Files.writeString(out.resolve("table.md"), table(full, ratios, info), StandardCharsets.UTF_8);
    System.out.println("wrote " + out.resolve("summary.json") + " and " + out.resolve("table.md"));
  }

  private static void time(
      List<Ratio> to, Map<String, Score> s, String name, String a, String b, String op, double t) {
    if (s.containsKey(a) && s.containsKey(b)) {
      Score x = s.get(a);
      Score y = s.get(b);
      to.add(Ratio.of(name, x.cpu(), y.cpu(), op, t, x.rounds(), y.rounds(), 1));
    }
  }

  /** The cost per unit (session, character) of {@code a} over that of {@code b}. */
  private static void perUnit(
      List<Ratio> to,
      Map<String, Score> s,
      String name,
      String a,
      String b,
      double scale,
      String op,
      double t) {
    if (s.containsKey(a) && s.containsKey(b)) {
      Score x = s.get(a);
      Score y = s.get(b);
      to.add(Ratio.of(name, x.cpu(), y.cpu(), op, t, x.rounds(), y.rounds(), scale));
    }
  }

  /** Allocation per operation; the goal is to allocate less than the baseline. */
  private static void alloc(List<Ratio> to, Map<String, Score> s, String name, String a, String b) {
    if (s.containsKey(a) && s.containsKey(b)) {
      Score x = s.get(a);
      Score y = s.get(b);
      to.add(Ratio.of(name, x.alloc(), y.alloc(), "<", 1.0, List.of(), List.of(), 1));
    }
  }

  private static void perSecond(
      Map<String, String> info, Map<String, Score> s, String name, String b, double perOp) {
    if (s.containsKey(b) && perOp > 0) {
      Score x = s.get(b);
      double rate = perOp / (x.cpu().value() / 1e6);
      double low = perOp / (x.cpu().high() / 1e6);
      double high = x.cpu().low() > 0 ? perOp / (x.cpu().low() / 1e6) : Double.POSITIVE_INFINITY;
      info.put(name, String.format(Locale.ROOT, "%.0f [%.0f, %s]", rate, low, num(high)));
    }
  }

  /** ImportBench's releases per operation, if it says ({@code static final int RELEASES}), or 1. */
  private static double releasesPerOperation() {
    try {
      Field f = Class.forName(IMPORT_BENCH).getDeclaredField("RELEASES");
      f.setAccessible(true);
      return ((Number) f.get(null)).doubleValue();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 1;
    }
  }

  private static Map<String, Score> jmh(boolean full, Path out, String only)
      throws RunnerException, IOException {
    int rounds = 3;
    List<String> classes = new ArrayList<>();
    for (Class<?> c :
        List.of(
            JsonBench.class,
            DiffBench.class,
            TimelineBench.class,
            TopicBench.class,
            CommitmentBench.class)) {
      classes.add(c.getName());
    }
    try {
      Class.forName(IMPORT_BENCH);
      classes.add(IMPORT_BENCH);
    } catch (ClassNotFoundException e) {
      // Not on this branch yet: no import line.
    }
    String marks =
        "^("
            + Pattern.quote(TopicBench.class.getName() + ".resolveMarks")
            + "|"
            + Pattern.quote(CommitmentBench.class.getName() + ".suggestMarks")
            + ")$";
    Map<String, List<Double>> times = new LinkedHashMap<>();
    Map<String, List<Double>> cpus = new LinkedHashMap<>();
    Map<String, ListStatistics> allocs = new LinkedHashMap<>();
    Map<String, List<Double>> perRound = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      System.out.println("round " + round + " of " + rounds + " (load " + load() + ")");
      // Every benchmark: a warm-up long enough for the compiler to finish on a loaded machine.
      ChainedOptionsBuilder main =
          options(
              out,
              "jmh-round-" + round + ".log",
              full ? 5 : 4,
              1000,
              full ? 6 : 4,
              full ? 1000 : 500);
      if (only != null) {
        main.include(only);
      } else {
        classes.forEach(c -> main.include("^" + Pattern.quote(c) + "\\."));
        main.exclude(marks);
      }
      collect(new Runner(main.build()).run(), times, cpus, allocs, perRound);
      if (only == null) {
        // Adversarial titles take seconds per call while the matcher is not linear: few iterations.
        ChainedOptionsBuilder slow =
            options(out, "jmh-round-" + round + "-marks.log", 2, 1000, 3, 1000).include(marks);
        collect(new Runner(slow.build()).run(), times, cpus, allocs, perRound);
      }
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    times.forEach(
        (name, t) -> {
          scores.put(
              name,
              new Score(
                  name,
                  Estimate.median(cpus.get(name)),
                  Estimate.median(t),
                  Estimate.mean(allocs.get(name)),
                  t.size(),
                  perRound.get(name)));
        });
    return scores;
  }

  private static ChainedOptionsBuilder options(
      Path out, String log, int warmups, int warmupMillis, int iterations, int millis) {
    return new OptionsBuilder()
        .forks(1)
        .warmupIterations(warmups)
        .warmupTime(TimeValue.milliseconds(warmupMillis))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.milliseconds(millis))
        .timeUnit(TimeUnit.MICROSECONDS)
        .addProfiler(GCProfiler.class)
        .addProfiler(CpuTime.class)
        // The same settings for Parley and the baselines. A fixed heap with a small young
        // generation, so that every iteration holds many short collections rather than zero or
        // one long one. The serial collector: on a machine whose processors other programs hold,
        // the parallel collector's threads spin waiting for each other and charge that to the
        // benchmark. Compilation in the foreground (-Xbatch), so that the warm-up reaches compiled
        // code after as many operations, however slowly a loaded machine runs the compiler.
        .jvmArgsAppend("-Xms4g", "-Xmx4g", "-Xmn256m", "-XX:+UseSerialGC", "-Xbatch")
        .output(out.resolve(log).toString());
  }

  /** Adds every measured iteration's wall time, processor time and allocation to the lists. */
  private static void collect(
      Collection<RunResult> results,
      Map<String, List<Double>> times,
      Map<String, List<Double>> cpus,
      Map<String, ListStatistics> allocs,
      Map<String, List<Double>> rounds) {
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark();
      String name = method.substring(method.lastIndexOf('.') + 1);
      for (String key : r.getParams().getParamsKeys()) {
        name += ":" + r.getParams().getParam(key);
      }
      List<Double> t = times.computeIfAbsent(name, k -> new ArrayList<>());
      ListStatistics a = allocs.computeIfAbsent(name, k -> new ListStatistics());
      List<Double> c = cpus.computeIfAbsent(name, k -> new ArrayList<>());
      List<Double> round = new ArrayList<>();
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        for (IterationResult i : b.getIterationResults()) {
          t.add(i.getPrimaryResult().getScore());
          Result<?> norm = i.getSecondaryResults().get("gc.alloc.rate.norm");
          if (norm != null) {
            a.addValue(norm.getScore());
          }
          Result<?> cpu = i.getSecondaryResults().get(CpuTime.NAME);
          if (cpu != null) {
            c.add(cpu.getScore());
            round.add(cpu.getScore());
          }
        }
      }
      rounds.computeIfAbsent(name, k -> new ArrayList<>()).add(Estimate.median(round).value());
    }
  }

  private static String scoreLine(Score s) {
    return String.format(
        Locale.ROOT,
        "score %-22s cpu %11.1f us/op [%.1f, %.1f] (±%.1f%%%s)  wall %11.1f (±%.1f%%)  %11.0f B/op"
            + "  n=%d",
        s.name(),
        s.cpu().value(),
        s.cpu().low(),
        s.cpu().high(),
        100 * s.relativeError(),
        s.relativeError() > MAX_RELATIVE_ERROR ? " > 5%" : "",
        s.wall().value(),
        100 * s.wall().relativeError(),
        s.alloc().value(),
        s.n());
  }

  /** The machine's load average over 1, 5 and 15 minutes, and its processors. */
  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0]
          + " "
          + f[1]
          + " "
          + f[2]
          + " on "
          + Runtime.getRuntime().availableProcessors()
          + " cpus";
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /**
   * Streams a JSON Lines file of realistic sessions through {@code parley validate} and {@code
   * parley timeline} in JVMs limited to 32 MiB of heap, and measures the heap an in-memory list of
   * the same sessions retains.
   */
  private static Map<String, String> memory(Path out, int n)
      throws IOException, InterruptedException {
    Map<String, String> checks = new LinkedHashMap<>();
    Path lines = out.resolve("sessions-" + n + ".jsonl");
    RealisticSessions gen = new RealisticSessions(3);
    Iterable<Session> sessions =
        () ->
            new Iterator<>() {
              int i;

              @Override
              public boolean hasNext() {
                return i < n;
              }

              @Override
              public Session next() {
                return gen.session(i++);
              }
            };
    ParleyJson.defaults().lines().write(sessions, lines);
    checks.put("memory.sessions_streamed", String.valueOf(n));
    checks.put("memory.jsonl_megabytes", fmt(Files.size(lines) / 1e6));
    checks.put("memory.validate_under_32m", run(out, "validate", lines.toString()));
    checks.put(
        "memory.timeline_under_32m", run(out, "timeline", "--format", "json", lines.toString()));

    Runtime rt = Runtime.getRuntime();
    long before = used(rt);
    List<Session> held;
    try (Stream<Session> s = ParleyJson.defaults().lines().read(lines)) {
      held = s.collect(Collectors.toList());
    }
    long after = used(rt);
    checks.put("memory.retained_bytes_per_session", fmt((after - before) / (double) held.size()));
    checks.put("memory.sessions_held", String.valueOf(held.size()));
    Files.delete(lines);
    return checks;
  }

  private static long used(Runtime rt) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static String run(Path out, String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx32m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("dev.parley.examples.cli.ParleyCommand");
    cmd.addAll(List.of(command));
    Path log = out.resolve(command[0] + "-32m.log");
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    return code == 0
        ? String.format(Locale.ROOT, "passed in %.1f s", seconds)
        : "FAILED with exit code " + code + " (see " + log + ")";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "inf";
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String table(boolean full, List<Ratio> ratios, Map<String, String> info) {
    StringBuilder s = new StringBuilder();
    s.append("| ratio | goal | value | interval | verdict |\n|---|---|---|---|---|\n");
    for (Ratio r : ratios) {
      s.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %s %s | %.3f | [%.3f, %s] | %s |%n",
              r.name(),
              r.op(),
              trim(r.target()),
              r.value(),
              r.low(),
              num(r.high()),
              r.verdict()));
    }
    s.append("\n")
        .append(full ? "Full" : "Quick")
        .append(" mode, ")
        .append(info.get("started"))
        .append(" to ")
        .append(info.get("finished"))
        .append("; load average ")
        .append(info.get("load_before"))
        .append(" before, ")
        .append(info.get("load_after"))
        .append(" after.\n");
    return s.toString();
  }

  private static String json(
      boolean full,
      Map<String, Score> scores,
      List<Ratio> ratios,
      List<Ratio> infoRatios,
      Map<String, String> info,
      Map<String, String> checks) {
    StringBuilder s =
        new StringBuilder(
            "{\n  \"mode\": \"" + (full ? "full" : "quick") + "\",\n  \"ratios\": [\n");
    appendRatios(s, ratios);
    s.append("  ],\n  \"informationRatios\": [\n");
    appendRatios(s, infoRatios);
    s.append("  ],\n  \"scores\": [\n");
    int i = 0;
    for (Score x : scores.values()) {
      s.append(
          String.format(
              Locale.ROOT,
              "    {\"name\": \"%s\", \"cpuMicrosPerOp\": %s, \"cpuLow\": %s, \"cpuHigh\": %s,"
                  + " \"wallMicrosPerOp\": %s, \"wallLow\": %s, \"wallHigh\": %s,"
                  + " \"bytesPerOp\": %s, \"iterations\": %d}%s%n",
              x.name(),
              jnum(x.cpu().value()),
              jnum(x.cpu().low()),
              jnum(x.cpu().high()),
              jnum(x.wall().value()),
              jnum(x.wall().low()),
              jnum(x.wall().high()),
              jnum(x.alloc().value()),
              x.n(),
              ++i < scores.size() ? "," : ""));
    }
    s.append("  ],\n  \"info\": {\n");
    appendMap(s, info);
    s.append("  },\n  \"checks\": {\n");
    appendMap(s, checks);
    s.append("  }\n}\n");
    return s.toString();
  }

  private static String jnum(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "null";
  }

  private static void appendRatios(StringBuilder s, List<Ratio> ratios) {
    for (int i = 0; i < ratios.size(); i++) {
      Ratio r = ratios.get(i);
      s.append(
          String.format(
              Locale.ROOT,
              "    {\"name\": \"%s\", \"value\": %.4f, \"low\": %.4f, \"high\": %s,"
                  + " \"rounds\": %s%s}%s%n",
              r.name(),
              r.value(),
              r.low(),
              jnum(r.high()),
              r.rounds().stream().map(BenchMain::jnum).collect(Collectors.joining(", ", "[", "]")),
              r.op() == null
                  ? ""
                  : ", \"goal\": \""
                      + r.op()
                      + " "
                      + trim(r.target())
                      + "\", \"verdict\": \""
                      + r.verdict()
                      + "\"",
              i + 1 < ratios.size() ? "," : ""));
    }
  }

  private static void appendMap(StringBuilder s, Map<String, String> map) {
    int i = 0;
    for (Map.Entry<String, String> e : map.entrySet()) {
      s.append("    \"").append(e.getKey()).append("\": \"").append(e.getValue()).append('"');
      s.append(++i < map.size() ? ",\n" : "\n");
    }
  }
}
