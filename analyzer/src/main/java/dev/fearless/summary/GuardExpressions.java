package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.LockRef;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the lock a {@code @GuardedBy} expression names, relative to an instance of its class:
 * {@code "this"}, a field ({@code "lock"}, {@code "this.lock"}: its monitor, or the Lock it holds), a
 * field of a field ({@code "monitor.lock"}), {@code "Foo.class"}, {@code "Foo.this"},
 * {@code "Outer.this.lock"}, {@code "Other.STATIC_LOCK"}. {@code null} when it names nothing.
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
        if (e.contains("(")) {
            return null;
        }
        AccessPath root;
        TypeInfo rootType;
        List<String> fields;
        int outer = e.indexOf(".this");
        if (outer > 0) {
            String typeName = e.substring(0, outer);
            rootType = enclosingNamed(owner, typeName);
            if (rootType == null) {
                return null;
            }
            root = rootType == owner ? AccessPath.THIS_PATH : AccessPath.root(AccessPath.Root.OUTER, rootType.name());
            String rest = e.substring(outer + ".this".length());
            if (rest.isEmpty()) {
                return LockRef.monitor(root);
            }
            fields = Arrays.asList(rest.substring(1).split("\\."));
        } else {
            String path = e.startsWith("this.") ? e.substring(5) : e;
            List<String> segments = Arrays.asList(path.split("\\."));
            FieldInfo first = fieldOf(program, owner, segments.get(0));
            if (first != null) {
                rootType = owner;
                root = AccessPath.THIS_PATH;
                fields = segments;
            } else if (segments.size() > 1) {
                TypeInfo t = program.type(program.resolveType(segments.get(0), owner));
                if (t == null) {
                    return null;
                }
                rootType = t;
                root = AccessPath.root(AccessPath.Root.STATIC, t.name());
                fields = segments.subList(1, segments.size());
            } else {
                return null;
            }
        }
        return follow(program, owner, root, rootType, fields);
    }

    private static LockRef follow(Program program, TypeInfo owner, AccessPath root, TypeInfo rootType, List<String> fields) {
        AccessPath path = root;
        TypeInfo current = rootType;
        FieldInfo last = null;
        for (String name : fields) {
            if (current == null) {
                return null;
            }
            FieldInfo f = fieldOf(program, current, name);
            if (f == null) {
                return null;
            }
            if (last == null && f.facts().isStatic()) {
                path = AccessPath.root(AccessPath.Root.STATIC, f.owner().name());
            } else if (last == null && f.owner() != owner && !program.isSubtype(owner.name(), f.owner().name())
                    && path.root() == AccessPath.Root.THIS) {
                path = AccessPath.root(AccessPath.Root.OUTER, f.owner().name());
            }
            path = path.plus(f.name());
            if (path == null) {
                return null;
            }
            last = f;
            current = program.type(program.resolveType(f.facts().type(), f.owner()));
        }
        if (last == null) {
            return null;
        }
        String type = program.resolveType(last.facts().type(), last.owner());
        if (type != null && program.is(type, TypeTrait.LOCK)) {
            return LockRef.lock(LockRef.Kind.LOCK, path);
        }
        if (type != null && program.is(type, TypeTrait.RWLOCK)) {
            return LockRef.lock(LockRef.Kind.WRITE, path);
        }
        if (type != null && program.knowledge().methodTraits(type, "enter", 0)
                .contains(dev.fearless.knowledge.MethodTrait.LOCK_ACQUIRE)) {
            return LockRef.lock(LockRef.Kind.LOCK, path);
        }
        return LockRef.monitor(path);
    }

    /** A field of {@code t} or, failing that, of one of its enclosing types. */
    private static FieldInfo fieldOf(Program program, TypeInfo t, String name) {
        for (TypeInfo c = t; c != null; c = c.enclosing()) {
            FieldInfo f = program.field(c, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static TypeInfo enclosingNamed(TypeInfo owner, String name) {
        for (TypeInfo t = owner; t != null; t = t.enclosing()) {
            if (t.simpleName().equals(name) || t.name().equals(name) || t.name().endsWith("." + name)) {
                return t;
            }
        }
        return null;
    }
}
