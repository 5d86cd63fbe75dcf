package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;

/**
 * A lock as the whole program names it, independent of any method's frame: the monitor of any instance
 * of a class ({@code Account.this}), a lock field of any instance ({@code Cache.lock}), a class
 * ({@code Registry.class}), or any object of a type reached through a parameter or local (dynamic: its
 * order depends on the arguments). Nodes of the lock-order graph.
 */
public record GlobalLock(String key, String display, boolean dynamic, boolean single) implements Comparable<GlobalLock> {

    /** The node of the lock {@code m} names {@code lock}, or {@code null} when the program cannot name it. */
    public static GlobalLock of(Program program, MethodInfo m, LockRef lock) {
        if (lock.kind() == LockRef.Kind.CLASS) {
            return new GlobalLock("class:" + lock.className(), simple(lock.className()) + ".class", false, true);
        }
        AccessPath p = lock.path();
        if (p == null || p.rootName().startsWith("(")) {
            return null;
        }
        if (p.isField()) {
            FieldInfo f = program.field(m, p);
            if (f == null) {
                return null;
            }
            boolean dynamic = p.root() == Root.PARAM || p.root() == Root.LOCAL;
            return new GlobalLock("field:" + f.owner().name() + "." + f.name(), f.display(), dynamic,
                    f.facts().isStatic());
        }
        return switch (p.root()) {
            case THIS -> new GlobalLock("this:" + m.owner().name(), m.owner().simpleName() + ".this", false, false);
            case OUTER -> new GlobalLock("this:" + p.rootName(), simple(p.rootName()) + ".this", false, false);
            case PARAM, LOCAL -> {
                String type = program.staticType(m, new Value.PathValue(p)).name();
                yield type == null || program.type(type) == null && !program.knowledge().is(type, TypeTrait.SYNCHRONIZED)
                        ? null : new GlobalLock("this:" + type, simple(type) + ".this", true, false);
            }
            default -> null;
        };
    }

    /**
     * The nodes of the locks {@code held} (in {@code m}'s frame) that exclude other runs: all but read
     * locks, which every other reader shares.
     */
    public static java.util.Set<GlobalLock> exclusive(Program program, MethodInfo m, LockSet held) {
        java.util.Set<GlobalLock> result = new java.util.TreeSet<>();
        for (LockRef h : held.locks()) {
            GlobalLock node = h.kind() == LockRef.Kind.READ ? null : of(program, m, h);
            if (node != null) {
                result.add(node);
            }
        }
        return result;
    }

    private static String simple(String qualified) {
        int cut = Math.max(qualified.lastIndexOf('.'), qualified.lastIndexOf('$'));
        return cut < 0 ? qualified : qualified.substring(cut + 1);
    }

    @Override
    public int compareTo(GlobalLock o) {
        return key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return display;
    }
}
