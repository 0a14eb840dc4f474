package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Party;
import dev.parley.core.model.Session;
import java.io.IOException;
import java.util.List;

/**
 * A Jackson module that lets a user's own {@code ObjectMapper} read and write Parley records inside
 * the user's own types, in exactly the members of the Parley format: {@link Session}, {@link
 * DialogueHistory}, {@link Dialogue}, {@link Party}, and {@link PartialDate} (as {@code
 * "2014-02"}). It registers Jackson's {@code JavaTimeModule} too.
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()} through {@link
 * java.util.ServiceLoader}. Values are bare objects: the versioned documents are {@link
 * ParleyJson}'s. A problem in a Parley value is reported as a {@link JsonMappingException} whose
 * cause is the {@link ParleyJsonException}.
 */
public final class ParleyModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; {@link java.util.ServiceLoader} does this for {@code findAndRegister}. */
  public ParleyModule() {
    super("ParleyModule", Version.unknownVersion());
    add(Session.class, Declarations.SESSION);
    add(DialogueHistory.class, Declarations.HISTORY);
    add(Dialogue.class, Declarations.DIALOGUE);
    add(Party.class, Declarations.PARTY);
    add(PartialDate.class, Value.PARTIAL_DATE);
  }

  private <T> void add(Class<T> type, Value<T> format) {
    addSerializer(
        type,
        new JsonSerializer<>() {
          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
            format.write(g, value);
          }
        });
    addDeserializer(
        type,
        new JsonDeserializer<>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
            try {
              return format.read(new Reading(p, null, null));
            } catch (ParleyJsonException e) {
              throw JsonMappingException.from(p, e.getMessage(), e);
            }
          }
        });
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule());
  }
}
