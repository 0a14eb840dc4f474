package dev.parley.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Parley value type: an abstract {@code AbstractSession} yields
 * the public {@code Session} with {@code Session.builder()}, {@code with...} copies and singular
 * {@code add...} builder methods. Compile-time only; not part of the API.
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
    // Emit no @Generated or other classpath annotations: users compile against our classes
    // without Immutables on their class path, and javac would warn about the missing type.
    allowedClasspathAnnotations = {Override.class})
public @interface ParleyStyle {}
