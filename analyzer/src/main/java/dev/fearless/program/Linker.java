package dev.fearless.program;

import dev.fearless.facts.FileFacts;
import dev.fearless.facts.TypeFacts;
import dev.fearless.facts.TypeRef;
import dev.fearless.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links every file's facts into one {@link Program}: indexes types by qualified name, resolves
 * enclosing types and supertypes, records subtypes, and builds the call graph.
 */
public final class Linker {

    private final KnowledgeBase knowledge;

    public Linker(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public Program link(List<FileFacts> files) {
        Map<String, TypeInfo> types = new LinkedHashMap<>();
        List<TypeInfo> all = new ArrayList<>();
        List<MethodInfo> methods = new ArrayList<>();
        for (FileFacts file : files) {
            for (TypeFacts t : file.types()) {
                TypeInfo info = new TypeInfo(t, file);
                all.add(info);
                types.putIfAbsent(t.name(), info);
                methods.addAll(info.methods());
            }
        }
        Program program = new Program(files, types, methods, knowledge);
        for (TypeInfo t : all) {
            t.link(program.type(t.facts().enclosingType()), null, List.of());
        }
        for (TypeInfo t : all) {
            String superName = resolve(program, t.facts().superclass(), t);
            List<String> interfaces = new ArrayList<>();
            for (TypeRef i : t.facts().interfaces()) {
                String name = resolve(program, i, t);
                if (name != null) {
                    interfaces.add(name);
                }
            }
            t.link(t.enclosing(), superName, interfaces);
        }
        program = new Program(files, types, methods, knowledge);
        for (TypeInfo t : all) {
            TypeInfo sup = program.type(t.superclass());
            if (sup != null && sup != t) {
                sup.addSubtype(t);
            }
            for (String i : t.interfaces()) {
                TypeInfo it = program.type(i);
                if (it != null && it != t) {
                    it.addSubtype(t);
                }
            }
        }
        program.indexNested();
        program.setCallGraph(CallGraph.build(program));
        return program;
    }

    private static String resolve(Program program, TypeRef ref, TypeInfo context) {
        if (!ref.isKnown()) {
            return null;
        }
        TypeInfo lexical = context.enclosing() != null ? context.enclosing() : context;
        String name = program.resolveType(ref.name(), lexical);
        return name == null || name.equals(context.name()) ? null : name;
    }
}
