package dev.parley.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of every Parley document and the README's member tables, both
 * made from {@link Declarations}: the build writes the schema into the jar as {@code
 * dev/parley/json/parley.schema.json}, and a test checks the README's tables. Not on any read or
 * write path.
 */
final class Schema {
  private Schema() {}

  /** The schema as indented JSON text, ending in a newline. */
  static String json() {
    ObjectNode root = Value.NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://parley.dev/schema/parley-" + Document.VERSION + ".schema.json");
    root.put("title", "Parley document, format " + Document.VERSION);
    root.put(
        "description",
        "A session, a dialogue's history, a topic scheme, an agenda diff or a topic timeline."
            + " Members appear in the order given here; absent values, empty lists and false flags"
            + " are left out; null is never written.");
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties
        .putObject("parley")
        .put("type", "string")
        .put("pattern", "^" + Document.MAJOR + "\\.[0-9]{1,4}$")
        .put("description", "The format version; always the first member.");
    ArrayNode oneOf = Value.NODES.arrayNode();
    for (Document<?> d : Document.ALL) {
      properties.set(d.member, d.format.schema());
      oneOf.addObject().putArray("required").add(d.member);
    }
    root.putArray("required").add("parley");
    root.set("oneOf", oneOf);
    root.put("additionalProperties", false);
    ObjectNode defs = Value.scalarDefinitions();
    for (RecordFormat<?, ?> f : reachable().values()) {
      defs.set(f.definition(), definition(f));
    }
    root.set("$defs", defs);
    try {
      DefaultIndenter lines = new DefaultIndenter("  ", "\n");
      return new ObjectMapper()
              .writer(new DefaultPrettyPrinter().withObjectIndenter(lines).withArrayIndenter(lines))
              .writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of every document, in declaration order. */
  static Map<String, RecordFormat<?, ?>> reachable() {
    Map<String, RecordFormat<?, ?>> all = new LinkedHashMap<>();
    for (RecordFormat<?, ?> f : Declarations.ALL) {
      all.put(f.definition(), f);
    }
    return all;
  }

  private static ObjectNode definition(RecordFormat<?, ?> f) {
    ObjectNode d = Value.NODES.objectNode();
    d.put("type", "object");
    d.put("description", f.description);
    ObjectNode properties = d.putObject("properties");
    ArrayNode required = Value.NODES.arrayNode();
    for (Member<?, ?> m : f.members) {
      properties.set(m.name, member(m));
      if (m.required) {
        required.add(m.name);
      }
    }
    if (!required.isEmpty()) {
      d.set("required", required);
    }
    d.setAll(f.extraSchema());
    d.put("additionalProperties", false);
    return d;
  }

  private static ObjectNode member(Member<?, ?> m) {
    if (!m.list) {
      return m.kind.schema();
    }
    ObjectNode list = Value.NODES.objectNode().put("type", "array").put("minItems", m.minItems);
    if (m.uniqueItems) {
      list.put("uniqueItems", true);
    }
    list.set("items", m.kind.schema());
    return list;
  }

  /**
   * The member tables of every record, as the README gives them: one Markdown table per record
   * under a {@code ####} heading, the members in their order.
   */
  static String markdown() {
    StringBuilder b = new StringBuilder();
    for (RecordFormat<?, ?> f : reachable().values()) {
      b.append("#### ").append(f.type).append("\n\n").append(f.description).append("\n\n");
      b.append("| member | value | required |\n|---|---|---|\n");
      for (Member<?, ?> m : f.members) {
        String kind = m.kind.record() != null ? m.kind.words() : m.kind.words();
        if (m.list) {
          kind =
              "list of "
                  + kind
                  + (m.minItems > 1 ? ", at least " + m.minItems : "")
                  + (m.uniqueItems ? ", each once" : "");
        }
        b.append("| `")
            .append(m.name)
            .append("` | ")
            .append(kind)
            .append(" | ")
            .append(m.required ? "yes" : "no")
            .append(m.since > 2000 ? " (since " + m.since / 1000 + "." + m.since % 1000 + ")" : "")
            .append(" |\n");
      }
      b.append('\n');
    }
    return b.toString();
  }
}
