package dev.fearless.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value lives, relative to a method's entry: a root (this, an enclosing instance, a class's
 * statics, a local, a parameter) followed by field names. {@code this.cache.map} is root THIS with
 * fields [cache, map]; {@code other.balance} is root PARAM "other" with fields [balance].
 *
 * <p>Locks are identified by access paths too, so they are relative to the receiver: {@code other.lock}
 * is not {@code this.lock}.
 */
public record AccessPath(Root root, String rootName, List<String> fields) implements Comparable<AccessPath> {

    /** What an access path starts from. */
    public enum Root {
        /** The current instance; rootName is empty. */
        THIS,
        /** An enclosing instance of an inner class; rootName is the enclosing type's qualified name. */
        OUTER,
        /** The static state of a class; rootName is the type name as written (or qualified when declared here). */
        STATIC,
        /** A local variable of the method (or captured by a lambda); rootName is unique within the method. */
        LOCAL,
        /** A parameter of the method; rootName is its name. */
        PARAM
    }

    /** Access paths longer than this are cut: beyond it, aliasing makes precision illusory. */
    public static final int MAX_FIELDS = 4;

    public static final AccessPath THIS_PATH = new AccessPath(Root.THIS, "", List.of());

    public AccessPath {
        rootName = rootName.intern();
        fields = fields.size() == 1 ? List.of(fields.get(0).intern()) : interned(fields);
    }

    /** Names are interned: the same few identifiers recur across millions of facts. */
    private static List<String> interned(List<String> names) {
        String[] copy = new String[names.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = names.get(i).intern();
        }
        return List.of(copy);
    }

    public static AccessPath root(Root root, String name) {
        return new AccessPath(root, name, List.of());
    }

    /** This path extended by one field, or {@code null} when it would grow beyond {@link #MAX_FIELDS}. */
    public AccessPath plus(String field) {
        if (fields.size() >= MAX_FIELDS) {
            return null;
        }
        List<String> longer = new ArrayList<>(fields.size() + 1);
        longer.addAll(fields);
        longer.add(field);
        return new AccessPath(root, rootName, longer);
    }

    /** The path without its last field; the root path itself has no prefix. */
    public AccessPath prefix() {
        return fields.isEmpty() ? this : new AccessPath(root, rootName, fields.subList(0, fields.size() - 1));
    }

    public boolean isField() {
        return !fields.isEmpty();
    }

    /** The last field name, or empty for a bare root. */
    public String lastField() {
        return fields.isEmpty() ? "" : fields.get(fields.size() - 1);
    }

    public boolean isThis() {
        return root == Root.THIS && fields.isEmpty();
    }

    /** A field of the current instance itself, {@code this.f}. */
    public boolean isOwnField() {
        return root == Root.THIS && fields.size() == 1;
    }

    /** Whether this is a field of an enclosing instance, read in an inner class ({@code Outer.this.f}). */
    public boolean isEnclosingField() {
        return root == Root.OUTER && fields.size() == 1;
    }

    /** A static field of some class, {@code C.f}. */
    public boolean isStaticField() {
        return root == Root.STATIC && fields.size() == 1;
    }

    @Override
    public int compareTo(AccessPath o) {
        int c = root.compareTo(o.root);
        if (c != 0) {
            return c;
        }
        c = rootName.compareTo(o.rootName);
        if (c != 0) {
            return c;
        }
        for (int i = 0; i < Math.min(fields.size(), o.fields.size()); i++) {
            c = fields.get(i).compareTo(o.fields.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(fields.size(), o.fields.size());
    }

    /** Whether this path starts with all of {@code other}'s steps. */
    public boolean startsWith(AccessPath other) {
        return root == other.root && rootName.equals(other.rootName)
                && fields.size() >= other.fields.size() && fields.subList(0, other.fields.size()).equals(other.fields);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(switch (root) {
            case THIS -> "this";
            case OUTER -> simple(rootName) + ".this";
            case STATIC, LOCAL, PARAM -> root == Root.STATIC ? simple(rootName) : local(rootName);
        });
        for (String field : fields) {
            text.append('.').append(field);
        }
        return text.toString();
    }

    /** The path as a reader of the source would write it: without {@code this.} for own fields. */
    public String display() {
        if (root == Root.THIS && !fields.isEmpty()) {
            return String.join(".", fields);
        }
        if (root == Root.LOCAL && fields.isEmpty() && rootName.length() > 2 && rootName.startsWith("(") && rootName.endsWith(")")) {
            return rootName.substring(1, rootName.length() - 1); // an expression named by its text: (locks[i])
        }
        return toString();
    }

    private static String simple(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    private static String local(String uniqueName) {
        int hash = uniqueName.indexOf('#');
        return hash < 0 ? uniqueName : uniqueName.substring(0, hash);
    }
}
