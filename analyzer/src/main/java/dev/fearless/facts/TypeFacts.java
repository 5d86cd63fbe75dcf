package dev.fearless.facts;

import java.util.List;

/**
 * A class, interface, enum, record or annotation declared in a file, including nested, local and
 * anonymous classes (each its own TypeFacts, linked by {@code enclosingType}). {@code name} is the
 * qualified name ({@code pkg.Outer.Inner}; anonymous and local classes get {@code pkg.Outer$1} and
 * {@code pkg.Outer$1Local}). {@code inner} says whether instances hold an enclosing instance.
 * {@code enclosingMethod} is the index, in the enclosing type, of the method a local or anonymous class
 * is written in (or -1), and {@code dispatch} where an anonymous class's methods run. {@code documented}
 * is what the type's documentation comment says about sharing it between threads.
 */
public record TypeFacts(String name, String simpleName, Kind kind, int modifiers, List<AnnotationFacts> annotations,
                        TypeRef superclass, List<TypeRef> interfaces, String enclosingType, boolean inner,
                        int enclosingMethod, Dispatch dispatch, Position pos, Position range,
                        List<FieldFacts> fields, List<MethodFacts> methods, Contract documented) {

    /** Kinds of type declaration. */
    public enum Kind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION, ANONYMOUS }

    public TypeFacts {
        name = name.intern();
        simpleName = simpleName.intern();
        enclosingType = enclosingType.intern();
        annotations = List.copyOf(annotations);
        interfaces = List.copyOf(interfaces);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
    }

    public boolean hasAnnotation(String simpleName) {
        return AnnotationFacts.has(annotations, simpleName);
    }

    public boolean isFinal() {
        return Modifiers.has(modifiers, Modifiers.FINAL) || kind == Kind.ENUM || kind == Kind.RECORD
                || kind == Kind.ANONYMOUS;
    }

    public boolean isAbstract() {
        return Modifiers.has(modifiers, Modifiers.ABSTRACT) || kind == Kind.INTERFACE;
    }

    public boolean isInterface() {
        return kind == Kind.INTERFACE || kind == Kind.ANNOTATION;
    }

    public FieldFacts field(String fieldName) {
        for (FieldFacts f : fields) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        return null;
    }
}
