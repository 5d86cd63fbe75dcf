package dev.fearless.program;

import dev.fearless.facts.FileFacts;
import dev.fearless.facts.TypeFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A type of the scanned program, linked: its facts, the file it is in, its methods and fields, and
 * (from the {@link TypeTable} it belongs to) its enclosing type, resolved supertypes (program or
 * library qualified names) and direct subtypes. Immutable.
 */
public final class TypeInfo {

    private final TypeFacts facts;
    private final FileFacts file;
    private final TypeTable table;
    private final int id;
    private final List<MethodInfo> methods;
    private final List<FieldInfo> fields;
    private final Map<String, List<MethodInfo>> methodsByName = new HashMap<>();
    private final Map<String, FieldInfo> fieldsByName = new HashMap<>();

    /** A type of {@code table}, where it is the {@code id}-th declaration. */
    TypeInfo(TypeFacts facts, FileFacts file, TypeTable table, int id) {
        this.facts = facts;
        this.file = file;
        this.table = table;
        this.id = id;
        List<MethodInfo> ms = new ArrayList<>(facts.methods().size());
        for (int i = 0; i < facts.methods().size(); i++) {
            MethodInfo m = new MethodInfo(this, facts.methods().get(i), i);
            ms.add(m);
            methodsByName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
        }
        List<FieldInfo> fs = new ArrayList<>(facts.fields().size());
        facts.fields().forEach(f -> {
            FieldInfo info = new FieldInfo(this, f);
            fs.add(info);
            fieldsByName.putIfAbsent(f.name(), info);
        });
        this.methods = List.copyOf(ms);
        this.fields = List.copyOf(fs);
    }

    /** The position of this type's declaration among all the program's declarations. */
    int id() {
        return id;
    }

    public TypeFacts facts() {
        return facts;
    }

    public FileFacts file() {
        return file;
    }

    public String name() {
        return facts.name();
    }

    /**
     * The name as the source writes it: {@code NamesResolved} for a class declared in a method (whose name
     * is numbered as javac numbers it, {@code Outer$1NamesResolved}); an anonymous class keeps its number.
     */
    public String simpleName() {
        return simpleName(facts.name());
    }

    /** As {@link #simpleName()}, of a qualified type name. */
    public static String simpleName(String qualified) {
        String last = qualified.substring(Math.max(qualified.lastIndexOf('.'), qualified.lastIndexOf('$')) + 1);
        int digits = 0;
        while (digits < last.length() && Character.isDigit(last.charAt(digits))) {
            digits++;
        }
        return digits < last.length() ? last.substring(digits) : last;
    }

    public List<MethodInfo> methods() {
        return methods;
    }

    public MethodInfo method(int index) {
        return methods.get(index);
    }

    public List<MethodInfo> methodsNamed(String name) {
        return methodsByName.getOrDefault(name, List.of());
    }

    public List<FieldInfo> fields() {
        return fields;
    }

    /** A field declared in this type itself (not inherited), or {@code null}. */
    public FieldInfo declaredField(String name) {
        return fieldsByName.get(name);
    }

    public TypeInfo enclosing() {
        return table.enclosing(this);
    }

    /** The top-level type this one is nested in (itself when it is top-level). */
    public TypeInfo topLevel() {
        TypeInfo t = this;
        while (t.enclosing() != null) {
            t = t.enclosing();
        }
        return t;
    }

    /** The resolved superclass name (program or library), or {@code null} when none or unknown. */
    public String superclass() {
        return table.superclass(this);
    }

    public List<String> interfaces() {
        return table.interfaces(this);
    }

    /** The program types that name this one as their superclass or as an interface, in declaration order. */
    public List<TypeInfo> subtypes() {
        return table.subtypes(this);
    }

    public boolean isAnonymous() {
        return facts.kind() == TypeFacts.Kind.ANONYMOUS;
    }

    public boolean isInterface() {
        return facts.isInterface();
    }

    /** Whether the type is a local or anonymous class written inside a method. */
    public boolean isLocal() {
        return facts.enclosingMethod() >= 0;
    }

    /** The method a local or anonymous class is written in, or {@code null}. */
    public MethodInfo enclosingMethod() {
        TypeInfo enclosing = enclosing();
        return enclosing != null && facts.enclosingMethod() >= 0 && facts.enclosingMethod() < enclosing.methods.size()
                ? enclosing.methods.get(facts.enclosingMethod()) : null;
    }

    @Override
    public String toString() {
        return name();
    }
}
