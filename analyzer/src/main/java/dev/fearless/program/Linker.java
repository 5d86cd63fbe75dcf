package dev.fearless.program;

import dev.fearless.budget.Cutoffs;
import dev.fearless.facts.FileFacts;
import dev.fearless.knowledge.KnowledgeBase;
import java.util.List;

/**
 * Links every file's facts into one {@link Program}, building its parts once each, in order: the types
 * and their direct links, the hierarchy walks, type-name resolution, traits, the call graph (resolved
 * with static types that resolve call results as they go), then the static types and call resolution
 * of the finished program (which read call results from the call graph).
 */
public final class Linker {

    private final KnowledgeBase knowledge;

    public Linker(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public Program link(List<FileFacts> files) {
        TypeTable types = new TypeTable(files, knowledge);
        Hierarchy hierarchy = new Hierarchy(types, knowledge);
        TypeResolver names = new TypeResolver(types, hierarchy, knowledge);
        Traits traits = new Traits(types, hierarchy, knowledge);
        NestedMethods nested = new NestedMethods(types.methods());
        Cutoffs cutoffs = new Cutoffs();
        CallGraph callGraph = new CallGraph(types.methods(),
                CallResolver.beforeCallGraph(types, hierarchy, names, traits, knowledge, cutoffs), traits);
        StaticTypes staticTypes = new StaticTypes(types, hierarchy, names, traits, knowledge,
                (caller, eventIndex, call, depth) -> callGraph.targets(caller, eventIndex), cutoffs);
        CallResolver calls = new CallResolver(types, hierarchy, names, staticTypes, cutoffs);
        return new Program(files, knowledge,
                new Program.Parts(types, hierarchy, names, traits, staticTypes, calls, callGraph, nested, cutoffs,
                        new Audiences(files, knowledge)));
    }
}
