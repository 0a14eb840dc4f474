package dev.parley.json.internal;

import dev.parley.core.io.AtomicFile;
import dev.parley.json.ParleyJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step, not part of the API: writes {@link ParleyJson#schema()} to the file named by its
 * argument, so that the jar's {@code parley.schema.json} is made from the declarations, never by
 * hand. The json module's build runs it in {@code process-test-classes}, before tests and jar.
 */
public final class SchemaFile {
  private SchemaFile() {}

  /**
   * Writes the schema.
   *
   * @param args the file to write
   * @throws Exception if the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] schema = ParleyJson.schema().getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(file, out -> out.write(schema));
  }
}
