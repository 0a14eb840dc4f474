package dev.parley.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Parley value type: an abstract {@code AbstractSession} yields
 * the public {@code Session} with {@code Session.builder()}, {@code with...} copies and singular
 * {@code add...} builder methods. A required member not set, or a null given for any member, throws
 * {@link MissingMember}, an {@link dev.parley.core.model.InvalidRecordException}. Compile-time
 * only; not part of the API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"item:agenda", "party:parties"},
    defaults = @Value.Immutable(copy = true),
    // One exception for a bad value: a member never set, or given as null, is an
    // InvalidRecordException naming the record and the member, like every other broken rule.
    throwForInvalidImmutableState = MissingMember.class,
    throwForNullPointer = MissingMember.class,
    // Emit no @Generated or other classpath annotations: users compile against our classes
    // without Immutables on their class path, and javac would warn about the missing type.
    allowedClasspathAnnotations = {Override.class})
public @interface ParleyStyle {}
