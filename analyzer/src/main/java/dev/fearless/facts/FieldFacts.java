package dev.fearless.facts;

import java.util.List;

/**
 * A field: name, declared type, modifiers, annotations and its initializer (or {@link Value#ABSENT}).
 * {@code modifierSlot} is where a modifier such as {@code volatile} can be inserted for this field
 * alone (the start of its declared type), or {@code null} when its declaration declares several fields.
 * Enum constants are public static final fields of their enum. A {@link Value.CallResult} initializer
 * indexes the events of the type's initializer method ({@code <init>} or {@code <clinit>}).
 */
public record FieldFacts(String name, TypeRef type, int modifiers, List<AnnotationFacts> annotations,
                         Value initializer, Position pos, Position modifierSlot) {

    public FieldFacts {
        name = name.intern();
        annotations = List.copyOf(annotations);
    }

    public boolean isStatic() {
        return Modifiers.has(modifiers, Modifiers.STATIC);
    }

    public boolean isFinal() {
        return Modifiers.has(modifiers, Modifiers.FINAL);
    }

    public boolean isVolatile() {
        return Modifiers.has(modifiers, Modifiers.VOLATILE);
    }

    public boolean isPrivate() {
        return Modifiers.has(modifiers, Modifiers.PRIVATE);
    }

    public boolean hasAnnotation(String simpleName) {
        return AnnotationFacts.has(annotations, simpleName);
    }
}
