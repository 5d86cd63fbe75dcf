package dev.fearless.summary;

import dev.fearless.budget.Cutoffs;
import dev.fearless.facts.LockSet;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the program's {@link Summaries}: the methods that only run during construction, the locks
 * every method's callers hold ({@link CallerLocks}), each method's accesses, the entry points and the
 * uses of each field from them, each type's concurrency evidence, and the lock-order graph.
 */
public final class Summarizer {

    public Summaries summarize(Program program) {
        Cutoffs cutoffs = new Cutoffs();
        Construction construction = Construction.of(program);
        Set<String> spawned = Entries.spawnedTypes(program);
        Set<MethodInfo> roots = Entries.taskRoots(program, spawned);
        Map<MethodInfo, LockSet> entryLocks = CallerLocks.compute(program, roots, construction);
        Map<MethodInfo, List<AccessRecord>> accesses = new AccessSummarizer(program, cutoffs).summarize();
        Tasks tasks = Tasks.find(program);
        ThreadModel threads = ThreadModel.of(program, tasks);
        List<Entry> entries = Entries.find(program, entryLocks, spawned, threads);
        Map<FieldInfo, List<FieldUse>> uses = FieldUses.index(program, entries, accesses, threads,
                SharedThreads.of(program, threads));
        Map<TypeInfo, Evidence> evidence = new IdentityHashMap<>();
        for (TypeInfo t : program.types()) {
            evidence.put(t, ConcurrencyEvidence.of(program, t, uses));
        }
        SyncTypes syncTypes = new SyncTypes(program);
        LockSummarizer locks = new LockSummarizer(program, syncTypes, entryLocks, roots, cutoffs);
        Map<MethodInfo, List<Acquisition>> acquisitions = locks.summarize();
        LockGraph graph = new LockGraph(locks.edges());
        return new Summaries(program, construction, threads, tasks, entryLocks, accesses, entries, uses, evidence, syncTypes,
                acquisitions, graph, cutoffs);
    }
}
