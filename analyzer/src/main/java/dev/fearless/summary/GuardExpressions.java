package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.LockRef;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;

/**
 * Reads the lock a {@code @GuardedBy} expression names, relative to an instance of its class:
 * {@code "this"}, a field ({@code "lock"}, {@code "this.lock"}: its monitor, or the Lock it holds),
 * {@code "Foo.class"}, {@code "Foo.this"}. {@code null} when it names nothing.
 */
public final class GuardExpressions {

    private GuardExpressions() {
    }

    public static LockRef resolve(Program program, TypeInfo owner, String expression) {
        String e = expression.strip();
        if (e.equals("this") || e.equals("itself")) {
            return LockRef.monitor(AccessPath.THIS_PATH);
        }
        if (e.endsWith(".class")) {
            String type = e.substring(0, e.length() - ".class".length());
            String name = program.resolveType(type, owner);
            if (name == null && owner.simpleName().equals(type)) {
                name = owner.name();
            }
            return name == null ? null : LockRef.classMonitor(name);
        }
        if (e.endsWith(".this")) {
            String type = e.substring(0, e.length() - ".this".length());
            for (TypeInfo t = owner; t != null; t = t.enclosing()) {
                if (t.simpleName().equals(type) || t.name().equals(type)) {
                    return t == owner ? LockRef.monitor(AccessPath.THIS_PATH)
                            : LockRef.monitor(AccessPath.root(AccessPath.Root.OUTER, t.name()));
                }
            }
            return null;
        }
        String field = e.startsWith("this.") ? e.substring(5) : e;
        if (field.endsWith("()")) {
            return null;
        }
        int dot = field.indexOf('.');
        TypeInfo declaring = owner;
        if (dot > 0 && !e.startsWith("this.")) {
            String type = field.substring(0, dot);
            TypeInfo t = program.type(program.resolveType(type, owner));
            if (t != null) {
                declaring = t;
                field = field.substring(dot + 1);
            }
        }
        if (field.contains(".")) {
            return null;
        }
        FieldInfo f = program.field(declaring, field);
        if (f == null) {
            for (TypeInfo t = owner.enclosing(); t != null && f == null; t = t.enclosing()) {
                f = program.field(t, field);
            }
        }
        if (f == null) {
            return null;
        }
        AccessPath path = f.facts().isStatic()
                ? AccessPath.root(AccessPath.Root.STATIC, f.owner().name()).plus(f.name())
                : f.owner() == owner || program.isSubtype(owner.name(), f.owner().name())
                        ? AccessPath.THIS_PATH.plus(f.name())
                        : AccessPath.root(AccessPath.Root.OUTER, f.owner().name()).plus(f.name());
        String type = program.resolveType(f.facts().type(), f.owner());
        if (type != null && program.is(type, TypeTrait.LOCK)) {
            return LockRef.lock(LockRef.Kind.LOCK, path);
        }
        if (type != null && program.is(type, TypeTrait.RWLOCK)) {
            return LockRef.lock(LockRef.Kind.WRITE, path);
        }
        return LockRef.monitor(path);
    }
}
