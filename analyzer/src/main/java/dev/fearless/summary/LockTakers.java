package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where each lock is taken in the program: for every program-wide lock ({@link GlobalLock}), the
 * methods whose own code (their body and its closures) acquires it.
 */
public final class LockTakers {

    private final Program program;
    private final Map<GlobalLock, Set<MethodInfo>> takers = new HashMap<>();

    private LockTakers(Program program) {
        this.program = program;
    }

    static LockTakers of(Program program) {
        LockTakers result = new LockTakers(program);
        for (MethodInfo m : program.methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Acquire a && a.lock() != null) {
                    GlobalLock node = GlobalLock.of(program, m, a.lock());
                    if (node != null) {
                        result.takers.computeIfAbsent(node, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                                .add(m.declaringMethod());
                    }
                }
            }
        }
        return result;
    }

    /**
     * Whether the lock {@code m} names {@code lock} is taken nowhere in the program but in {@code m}'s own
     * code: the only threads that ever wait for it are other runs of {@code m}.
     */
    public boolean onlyIn(MethodInfo m, LockRef lock) {
        GlobalLock node = GlobalLock.of(program, m, lock);
        Set<MethodInfo> in = node == null ? null : takers.get(node);
        return in != null && in.size() == 1 && in.contains(m.declaringMethod());
    }
}
