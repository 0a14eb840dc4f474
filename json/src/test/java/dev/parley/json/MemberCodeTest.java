package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.Party;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each member of each record format runs in a copy of {@link MemberCode} of its own, so that the
 * JIT sees one accessor, one kind and one setter at each of its calls; the shared class, used where
 * no copy can be made, writes and reads exactly as the copies do.
 */
class MemberCodeTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final List<RecordFormat<?, ?>> FORMATS =
      List.of(
          Declarations.ORGANIZATION,
          Declarations.PARTICIPANT,
          Declarations.AGENDA_ITEM,
          Declarations.SEGMENT,
          Declarations.SESSION,
          Declarations.HISTORY);

  @Test
  void eachMemberOfEachRecordRunsInACopyOfTheCodeOfItsOwn() {
    Set<Class<?>> classes = new HashSet<>();
    int coded = 0;
    for (RecordFormat<?, ?> format : FORMATS) {
      for (Member<?, ?> member : format.members) {
        Class<?> type = member.code.getClass();
        if (type.getName().startsWith(MemberCode.class.getName())) {
          assertThat(type.isHidden()).as("%s.%s", format.type, member.name).isTrue();
          assertThat(type.getSuperclass()).isEqualTo(Member.Code.class);
          assertThat(classes.add(type)).as("%s.%s", format.type, member.name).isTrue();
          coded++;
        }
      }
    }
    assertThat(coded).isGreaterThan(30);
  }

  @Test
  void theSharedCodeWritesAndReadsAsACopyDoes() throws IOException {
    Organization mic =
        Organization.builder()
            .name("Ministry of Internal Affairs and Communications")
            .acronym("MIC")
            .party(Party.of("jp", "Japan"))
            .kind(OrganizationKind.MINISTRY)
            .build();
    Organization unnamed = mic.withAcronym(java.util.Optional.empty());
    Function<Organization, ?> get = Organization::acronym;
    BiConsumer<Organization.Builder, String> set = Organization.Builder::acronym;
    @SuppressWarnings("unchecked")
    MemberCode shared =
        new MemberCode(
            MemberCode.OPTIONAL,
            (Value<Object>) (Value<?>) Value.WORD,
            (Function<Object, Object>) (Function<?, ?>) get,
            (BiConsumer<Object, Object>) (BiConsumer<?, ?>) set,
            null,
            null);
    @SuppressWarnings("unchecked")
    Member<Organization, Organization.Builder> copy =
        (Member<Organization, Organization.Builder>)
            Declarations.ORGANIZATION.members.stream()
                .filter(m -> m.name.equals("acronym"))
                .findFirst()
                .orElseThrow();

    for (Organization o : List.of(mic, unnamed)) {
      assertThat(written(shared, o)).isEqualTo(written(copy.code, o));
    }
    assertThat(written(shared, mic)).isEqualTo("{\"acronym\":\"MIC\"}");
    assertThat(written(shared, unnamed)).isEqualTo("{}");

    Organization.Builder viaShared = Organization.builder().from(unnamed);
    Organization.Builder viaCopy = Organization.builder().from(unnamed);
    read("\"METI\"", r -> shared.read(r, viaShared));
    read("\"METI\"", r -> copy.code.read(r, viaCopy));
    assertThat(viaShared.build()).isEqualTo(viaCopy.build());
    assertThat(viaShared.build().acronym()).contains("METI");
  }

  private static String written(Member.Code writer, Object record) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      writer.write(g, new SerializedString("acronym"), record);
      g.writeEndObject();
    }
    return out.toString();
  }

  private interface ReadStep {
    void accept(Reading r) throws IOException;
  }

  private static void read(String json, ReadStep step) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      step.accept(new Reading(p, Reading.Interner.forDocument(), null));
    }
  }
}
