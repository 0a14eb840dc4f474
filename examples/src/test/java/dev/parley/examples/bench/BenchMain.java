package dev.parley.examples.bench;

import dev.parley.core.model.Session;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks and the memory checks, then prints one line per ratio, {@code ratio NAME
 * = VALUE (goal OP TARGET)}, and writes the same to {@code target/bench/summary.json}. Ratios are
 * taken side by side in one run, because absolute times on shared machines drift.
 *
 * <p>Arguments: {@code quick} (one fork, one warm-up and two measured iterations of a second,
 * memory checks on 20,000 sessions: about three minutes on 2 cores) or {@code full} (three forks,
 * five warm-up and five measured iterations of two seconds, memory checks on 100,000 sessions), and
 * the build directory.
 */
public final class BenchMain {
  private BenchMain() {}

  /** A measured ratio and its goal. */
  record Ratio(String name, double value, String op, double target) {
    boolean met() {
      return op.equals("<=") ? value <= target : value >= target;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "ratio %s = %.3f (goal %s %s)%s",
          name,
          value,
          op,
          trim(target),
          met() ? "" : "  MISSED");
    }
  }

  /**
   * Runs everything.
   *
   * @param args the mode and the build directory
   * @throws Exception if a benchmark or a check cannot run
   */
  public static void main(String[] args) throws Exception {
    boolean full = args.length > 0 && args[0].equals("full");
    Path out = Path.of(args.length > 1 ? args[1] : "target").resolve("bench");
    Files.createDirectories(out);

    Map<String, Double> score = jmh(full, out);
    List<Ratio> ratios = new ArrayList<>();
    Map<String, String> info = new LinkedHashMap<>();
    ratios.add(
        new Ratio(
            "json.read.parley_vs_floor",
            score.get("readParley") / score.get("readFloor"),
            "<=",
            1.8));
    ratios.add(
        new Ratio(
            "json.read.parley_vs_records",
            score.get("readParley") / score.get("readRecords"),
            "<=",
            0.8));
    ratios.add(
        new Ratio(
            "json.write.parley_vs_records",
            score.get("writeParley") / score.get("writeRecords"),
            "<=",
            1.0));
    info.put("json.read.records_vs_floor", fmt(score.get("readRecords") / score.get("readFloor")));
    info.put("json.write.parley_vs_floor", fmt(score.get("writeParley") / score.get("writeFloor")));
    ratios.add(
        new Ratio(
            "diff.javers_vs_parley", score.get("diffJavers") / score.get("diffParley"), ">=", 50));
    info.put(
        "topics.titles_resolved_per_second",
        fmt(DiffBench.TITLES / (score.get("resolveTitles") / 1e6)));
    double perSession1k = score.get("timeline:1000") / 1_000;
    double perSession100k = score.get("timeline:100000") / 100_000;
    ratios.add(
        new Ratio("timeline.per_session_100k_vs_1k", perSession100k / perSession1k, "<=", 1.3));
    info.put(
        "timeline.per_session_10k_vs_1k", fmt(score.get("timeline:10000") / 10_000 / perSession1k));
    score.forEach((k, v) -> info.put("score." + k, fmt(v)));

    Map<String, String> checks = memory(out, full ? 100_000 : 20_000);
    List<String> lines = new ArrayList<>();
    ratios.forEach(r -> lines.add(r.line()));
    info.forEach((k, v) -> lines.add("info " + k + " = " + v));
    checks.forEach((k, v) -> lines.add("check " + k + " = " + v));
    System.out.println();
    lines.forEach(System.out::println);
    Files.writeString(
        out.resolve("summary.json"), json(full, ratios, info, checks), StandardCharsets.UTF_8);
    System.out.println("wrote " + out.resolve("summary.json"));
  }

  private static Map<String, Double> jmh(boolean full, Path out) throws RunnerException {
    Map<String, Double> score = new LinkedHashMap<>();
    // A JSON operation takes a few hundred milliseconds: it needs longer iterations than the
    // microsecond benchmarks to warm up and to be measured more than once per iteration.
    run(
        options(out, "jmh-json.log", full ? 3 : 1, full ? 5 : 3, full ? 3 : 2)
            .include(JsonBench.class.getName()),
        score);
    run(
        options(out, "jmh.log", full ? 3 : 1, full ? 5 : 2, 1)
            .include(DiffBench.class.getName())
            .include(TimelineBench.class.getName()),
        score);
    return score;
  }

  private static ChainedOptionsBuilder options(
      Path out, String log, int forks, int iterations, int seconds) {
    return new OptionsBuilder()
        .forks(forks)
        .warmupIterations(iterations)
        .warmupTime(TimeValue.seconds(seconds))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(seconds))
        .timeUnit(TimeUnit.MICROSECONDS)
        // The same collector and fixed heap for Parley and the baselines: a JSON operation
        // allocates
        // hundreds of megabytes, and fewer, steadier pauses make the ratios repeatable.
        .jvmArgsAppend("-Xms6g", "-Xmx6g", "-XX:+UseParallelGC")
        .output(out.resolve(log).toString());
  }

  private static void run(ChainedOptionsBuilder options, Map<String, Double> score)
      throws RunnerException {
    for (RunResult r : new Runner(options.build()).run()) {
      String method = r.getParams().getBenchmark();
      String name = method.substring(method.lastIndexOf('.') + 1);
      String n = r.getParams().getParam("sessions");
      score.put(n == null ? name : name + ":" + n, r.getPrimaryResult().getScore());
      System.out.printf(
          Locale.ROOT,
          "%-24s %14.1f us/op  (error %.1f)%n",
          n == null ? name : name + ":" + n,
          r.getPrimaryResult().getScore(),
          r.getPrimaryResult().getScoreError());
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

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String json(
      boolean full, List<Ratio> ratios, Map<String, String> info, Map<String, String> checks) {
    StringBuilder s =
        new StringBuilder(
            "{\n  \"mode\": \"" + (full ? "full" : "quick") + "\",\n  \"ratios\": [\n");
    for (int i = 0; i < ratios.size(); i++) {
      Ratio r = ratios.get(i);
      s.append(
          String.format(
              Locale.ROOT,
              "    {\"name\": \"%s\", \"value\": %.3f, \"goal\": \"%s %s\", \"met\": %s}%s%n",
              r.name(),
              r.value(),
              r.op(),
              trim(r.target()),
              r.met(),
              i + 1 < ratios.size() ? "," : ""));
    }
    s.append("  ],\n  \"info\": {\n");
    appendMap(s, info);
    s.append("  },\n  \"checks\": {\n");
    appendMap(s, checks);
    s.append("  }\n}\n");
    return s.toString();
  }

  private static void appendMap(StringBuilder s, Map<String, String> map) {
    int i = 0;
    for (Map.Entry<String, String> e : map.entrySet()) {
      s.append("    \"").append(e.getKey()).append("\": \"").append(e.getValue()).append('"');
      s.append(++i < map.size() ? ",\n" : "\n");
    }
  }
}
