package dev.fearless.summary;

import dev.fearless.program.MethodInfo;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the objects a value can hold come from, as far as the program tells: closures (lambdas and
 * method references, by their closure methods) and program types created with {@code new}; objects of
 * library types ({@code library}); objects handed in through the program's public API
 * ({@code external}: the public method whose parameter it is, or {@code null}); objects of classes
 * named at run time ({@code reflective}: plugins); and values the analysis cannot follow
 * ({@code opaque}). {@code creations} are the {@code new} events that made the program types' objects.
 */
public record Sources(List<MethodInfo> closures, List<TypeInfo> types, List<Creation> creations, boolean library,
                      MethodInfo external, boolean reflective, boolean opaque) {

    /** Where an object of a program type is made: the {@code new} event {@code event} of {@code method}. */
    public record Creation(MethodInfo method, int event) {
    }

    /** At most this many closures or types are told apart; more make the value opaque. */
    static final int MAX_KNOWN = 24;

    public static final Sources NONE = new Sources(List.of(), List.of(), List.of(), false, null, false, false);
    public static final Sources OPAQUE = new Sources(List.of(), List.of(), List.of(), false, null, false, true);
    public static final Sources LIBRARY = new Sources(List.of(), List.of(), List.of(), true, null, false, false);
    public static final Sources REFLECTIVE = new Sources(List.of(), List.of(), List.of(), false, null, true, false);

    public Sources {
        closures = List.copyOf(closures);
        types = List.copyOf(types);
        creations = List.copyOf(creations);
    }

    static Sources closure(MethodInfo closure) {
        return new Sources(List.of(closure), List.of(), List.of(), false, null, false, false);
    }

    /** An object of a program type, made at {@code where} (or {@code null} when that cannot be told). */
    static Sources type(TypeInfo type, Creation where) {
        return new Sources(List.of(), List.of(type), where == null ? List.of() : List.of(where), false, null, false, false);
    }

    static Sources external(MethodInfo via) {
        return new Sources(List.of(), List.of(), List.of(), false, via, false, false);
    }

    /** Whether every object the value can hold is a known closure or an object of a known program type. */
    public boolean allKnown() {
        return !library && external == null && !reflective && !opaque && !(closures.isEmpty() && types.isEmpty());
    }

    /**
     * Whether the objects can only come from outside the program: handed in through its public API, or
     * made reflectively, and never one the program supplies itself (the program is a closed world for
     * values it supplies: a callback parameter every caller of which passes a known lambda is known).
     */
    public boolean onlyFromOutside() {
        return (external != null || reflective) && closures.isEmpty() && types.isEmpty() && !library && !opaque;
    }

    /** The objects of both. */
    public Sources or(Sources other) {
        if (other == NONE || other == this) {
            return this;
        }
        if (this == NONE) {
            return other;
        }
        List<MethodInfo> c = new ArrayList<>(closures);
        for (MethodInfo m : other.closures) {
            if (!c.contains(m)) {
                c.add(m);
            }
        }
        List<TypeInfo> t = new ArrayList<>(types);
        for (TypeInfo x : other.types) {
            if (!t.contains(x)) {
                t.add(x);
            }
        }
        List<Creation> w = new ArrayList<>(creations);
        for (Creation x : other.creations) {
            if (!w.contains(x)) {
                w.add(x);
            }
        }
        boolean tooMany = c.size() > MAX_KNOWN || t.size() > MAX_KNOWN || w.size() > MAX_KNOWN;
        return new Sources(tooMany ? List.of() : c, tooMany ? List.of() : t, tooMany ? List.of() : w,
                library || other.library, external != null ? external : other.external,
                reflective || other.reflective, opaque || other.opaque || tooMany);
    }
}
