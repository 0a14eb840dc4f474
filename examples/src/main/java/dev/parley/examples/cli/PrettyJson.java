package dev.parley.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** The indented JSON the commands print for other programs: two spaces, {@code "name": value}. */
final class PrettyJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private PrettyJson() {}

  static JsonGenerator generator(Writer out) throws IOException {
    DefaultIndenter lines = new DefaultIndenter("  ", "\n");
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(lines)
            .withArrayIndenter(lines));
    return g;
  }
}
