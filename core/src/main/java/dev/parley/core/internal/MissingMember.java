package dev.parley.core.internal;

import dev.parley.core.model.InvalidRecordException;
import java.lang.StackWalker.StackFrame;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@link InvalidRecordException} of a generated builder, factory or {@code with...} copy: a
 * required member that was never set, or a null given for a member. Named in {@link ParleyStyle} so
 * that Immutables throws it instead of {@code IllegalStateException} and {@code
 * NullPointerException}; users catch {@link InvalidRecordException}. Not part of the API.
 *
 * <p>The generated code passes only member names; the record is the generated class that throws,
 * found by a walk of the few frames above this constructor.
 */
public final class MissingMember extends InvalidRecordException {
  private static final long serialVersionUID = 1L;

  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  /**
   * A null given for a member, as Immutables reports it: {@code title}, {@code notes element},
   * {@code element} (a list given whole) or {@code instance} (a copy of null).
   *
   * @param member the member's name as the generated code gives it
   */
  public MissingMember(String member) {
    this(thrower(), member);
  }

  /**
   * Required members that a builder was not given.
   *
   * @param members their names
   */
  public MissingMember(String[] members) {
    super(
        record(thrower()),
        members.length == 0 ? "?" : members[0],
        (members.length == 1 ? "required member " : "required members ")
            + List.of(members).stream().collect(Collectors.joining(", "))
            + (members.length == 1 ? " is" : " are")
            + " not set");
  }

  private MissingMember(List<StackFrame> frames, String member) {
    super(record(frames), field(frames, member), rule(frames, member));
  }

  private static String field(List<StackFrame> frames, String member) {
    if (member.endsWith(" element")) {
      return member.substring(0, member.length() - " element".length());
    }
    if (member.equals("element")) {
      return listMember(frames);
    }
    return member;
  }

  private static String rule(List<StackFrame> frames, String member) {
    if (member.equals("instance")) {
      return "the record to copy is null";
    }
    if (member.endsWith("element")) {
      return field(frames, member) + " holds a null; a list holds values only";
    }
    return member + " is null; leave an optional member unset rather than give it null";
  }

  /** The frames of the generated class that threw, innermost first. */
  private static List<StackFrame> thrower() {
    return WALKER.walk(
        s ->
            s.dropWhile(f -> f.getDeclaringClass() == MissingMember.class)
                .limit(8)
                .collect(Collectors.toList()));
  }

  /** The record: the simple name of the generated type (a builder's enclosing type). */
  private static String record(List<StackFrame> frames) {
    return frames.isEmpty()
        ? "Record"
        : frames.get(0).getDeclaringClass().getNestHost().getSimpleName();
  }

  /**
   * The member a whole list was given for, from the generated method that was called ({@code
   * withNotes}, {@code addAllNotes}, {@code notes}).
   */
  private static String listMember(List<StackFrame> frames) {
    if (frames.isEmpty()) {
      return "element";
    }
    Class<?> host = frames.get(0).getDeclaringClass().getNestHost();
    for (StackFrame f : frames) {
      if (f.getDeclaringClass().getNestHost() != host) {
        break;
      }
      String name = f.getMethodName();
      if (name.startsWith("create") || name.startsWith("<") || name.equals("requireNonNull")) {
        continue;
      }
      for (String prefix : List.of("addAll", "with", "add")) {
        if (name.startsWith(prefix) && name.length() > prefix.length()) {
          String rest = name.substring(prefix.length());
          return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
        }
      }
      return name;
    }
    return "element";
  }
}
