package dev.parley.examples.bench;

import dev.parley.core.release.Draft;
import dev.parley.core.release.ReleaseReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Releases imported per second: the five seed releases ({@code /work/shared/seeds} or {@code
 * ../shared/seeds}), read from text to checked draft sessions with their review lists, one release
 * per operation in turn. Without the seed texts it measures a built-in release of the same layout
 * and says so on standard error.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImportBench {
  private final ReleaseReader reader = ReleaseReader.defaults();
  private final List<String> names = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private int next;

  /** Reads the seed texts once. */
  @Setup
  public void setUp() throws IOException {
    for (String dir : List.of("/work/shared/seeds", "../shared/seeds", "../../shared/seeds")) {
      Path p = Path.of(dir);
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.list(p)) {
          for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            names.add(f.getFileName().toString());
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
          }
        }
        break;
      }
    }
    if (texts.isEmpty()) {
      System.err.println("ImportBench: seed texts not present; measuring a built-in release");
      names.add("built-in.txt");
      texts.add(
          "February 7, 2022 Result of 27th Japan-EU ICT Policy Dialogue\n\n"
              + "MIC and the European Commission held the 27th Japan-EU ICT Policy Dialogue in a"
              + " web-conference style on Thursday, February 3, 2022.\n\n"
              + "Major achievements\n\n1. 5G/Beyond 5G (6G)\n\nJapan explained its efforts."
              + " Japan and the EU decided to promote cooperation.\n\n2. Cybersecurity\n\n"
              + "The EU introduced its strategy. Both sides will continue exchanging opinions.\n");
    }
  }

  /** Imports the next seed release. */
  @Benchmark
  public Draft importSeeds() {
    int i = next;
    next = (i + 1) % texts.size();
    return reader.read(names.get(i), texts.get(i));
  }
}
