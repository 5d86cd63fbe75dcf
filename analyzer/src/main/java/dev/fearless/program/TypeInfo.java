package dev.fearless.program;

import dev.fearless.facts.FileFacts;
import dev.fearless.facts.TypeFacts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A type of the scanned program, linked: its facts, the file it is in, its resolved supertypes
 * (program or library qualified names), its enclosing and direct subtypes, its methods and fields.
 * Built by the {@link Linker}; immutable once the program is complete.
 */
public final class TypeInfo {

    private final TypeFacts facts;
    private final FileFacts file;
    private final List<MethodInfo> methods = new ArrayList<>();
    private final List<FieldInfo> fields = new ArrayList<>();
    private final Map<String, List<MethodInfo>> methodsByName = new HashMap<>();
    private final Map<String, FieldInfo> fieldsByName = new HashMap<>();
    private final List<TypeInfo> subtypes = new ArrayList<>();
    private TypeInfo enclosing;
    private String superclass;
    private List<String> interfaces = List.of();

    TypeInfo(TypeFacts facts, FileFacts file) {
        this.facts = facts;
        this.file = file;
        for (int i = 0; i < facts.methods().size(); i++) {
            MethodInfo m = new MethodInfo(this, facts.methods().get(i), i);
            methods.add(m);
            methodsByName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
        }
        facts.fields().forEach(f -> {
            FieldInfo info = new FieldInfo(this, f);
            fields.add(info);
            fieldsByName.putIfAbsent(f.name(), info);
        });
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

    public String simpleName() {
        String n = facts.name();
        return n.substring(Math.max(n.lastIndexOf('.'), n.lastIndexOf('$')) + 1);
    }

    public List<MethodInfo> methods() {
        return Collections.unmodifiableList(methods);
    }

    public MethodInfo method(int index) {
        return methods.get(index);
    }

    public List<MethodInfo> methodsNamed(String name) {
        return methodsByName.getOrDefault(name, List.of());
    }

    public List<FieldInfo> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** A field declared in this type itself (not inherited), or {@code null}. */
    public FieldInfo declaredField(String name) {
        return fieldsByName.get(name);
    }

    public TypeInfo enclosing() {
        return enclosing;
    }

    /** The resolved superclass name (program or library), or {@code null} when none or unknown. */
    public String superclass() {
        return superclass;
    }

    public List<String> interfaces() {
        return interfaces;
    }

    public List<TypeInfo> subtypes() {
        return Collections.unmodifiableList(subtypes);
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
        return enclosing != null && facts.enclosingMethod() >= 0 && facts.enclosingMethod() < enclosing.methods.size()
                ? enclosing.methods.get(facts.enclosingMethod()) : null;
    }

    void link(TypeInfo enclosingType, String superName, List<String> interfaceNames) {
        this.enclosing = enclosingType;
        this.superclass = superName;
        this.interfaces = List.copyOf(interfaceNames);
    }

    void addSubtype(TypeInfo subtype) {
        subtypes.add(subtype);
    }

    @Override
    public String toString() {
        return name();
    }
}
