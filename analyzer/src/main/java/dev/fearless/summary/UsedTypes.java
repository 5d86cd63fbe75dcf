package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The program types that code outside them uses (their enclosing types count, their nested types do not): creates ({@code new}) or calls a method of. A type the
 * program never uses is a fragment's entry (its clients are all outside the scanned code); a type it
 * does use, through a class or package that outside code cannot name, has all its callers in the program.
 */
final class UsedTypes {

    private final Program program;
    private final Set<TypeInfo> used = Collections.newSetFromMap(new IdentityHashMap<>());

    UsedTypes(Program program) {
        this.program = program;
        for (MethodInfo m : program.methods()) {
            TypeInfo home = m.owner();
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e instanceof Event.NewObject n) {
                    add(program.type(program.resolveType(n.type(), m.owner())), home);
                } else if (e instanceof Event.Call) {
                    for (MethodInfo target : program.callGraph().targets(m, i)) {
                        add(target.owner(), home);
                    }
                }
            }
        }
    }

    private void add(TypeInfo t, TypeInfo home) {
        for (TypeInfo c = home; c != null; c = c.enclosing()) {
            if (c == t) {
                return;
            }
        }
        if (t != null) {
            used.add(t);
        }
    }

    /** Whether code outside {@code t} (and the types nested in it) uses {@code t} or one of its subtypes. */
    boolean used(TypeInfo t) {
        return used.contains(t) || program.anySubtype(t, used::contains);
    }
}
