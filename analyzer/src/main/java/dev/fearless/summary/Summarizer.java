package dev.fearless.summary;

import dev.fearless.budget.Cutoffs;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.LockSet;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the program's {@link Summaries}. Entry locks: a method that only the program can call (a
 * private method, a closure run here) runs with the locks all its callers hold at the call, moved into
 * its frame; iterated over the call graph to a fixed point (locks only ever shrink, so it ends).
 */
public final class Summarizer {

    public Summaries summarize(Program program) {
        Cutoffs cutoffs = new Cutoffs();
        Map<MethodInfo, LockSet> entryLocks = entryLocks(program, cutoffs);
        Map<MethodInfo, List<AccessRecord>> accesses = new AccessSummarizer(program, cutoffs).summarize();
        List<Entry> entries = Entries.find(program, entryLocks);
        Map<FieldInfo, List<FieldUse>> uses = FieldUses.index(program, entries, accesses);
        Map<TypeInfo, Evidence> evidence = new IdentityHashMap<>();
        for (TypeInfo t : program.types()) {
            evidence.put(t, ConcurrencyEvidence.of(program, t, uses));
        }
        SyncTypes syncTypes = new SyncTypes(program);
        LockSummarizer locks = new LockSummarizer(program, syncTypes, entryLocks, cutoffs);
        Map<MethodInfo, List<Acquisition>> acquisitions = locks.summarize();
        LockGraph graph = new LockGraph(locks.edges());
        return new Summaries(program, entryLocks, accesses, entries, uses, evidence, syncTypes, acquisitions, graph,
                cutoffs);
    }

    private static Map<MethodInfo, LockSet> entryLocks(Program program, Cutoffs cutoffs) {
        Map<MethodInfo, LockSet> entry = new IdentityHashMap<>();
        Map<MethodInfo, List<MethodInfo>> closuresRunHere = new IdentityHashMap<>();
        for (MethodInfo m : program.methods()) {
            MethodInfo parent = m.closureParent();
            if (parent != null && m.facts().dispatch() == Dispatch.HERE) {
                closuresRunHere.computeIfAbsent(parent, k -> new ArrayList<>()).add(m);
            }
        }
        Deque<MethodInfo> work = new ArrayDeque<>();
        for (MethodInfo m : program.methods()) {
            if (internal(m, program)) {
                work.add(m);
            }
        }
        // Internal methods start at "unknown" (absent) and are lowered by their callers until stable.
        int budget = 50 * (work.size() + 1);
        while (!work.isEmpty() && budget-- > 0) {
            MethodInfo m = work.poll();
            LockSet computed = fromCallers(m, program, entry);
            if (computed == null) {
                continue;
            }
            LockSet old = entry.get(m);
            if (!computed.equals(old)) {
                entry.put(m, computed);
                for (CallSite s : program.callGraph().callsFrom(m)) {
                    if (internal(s.target(), program)) {
                        work.add(s.target());
                    }
                }
                work.addAll(closuresRunHere.getOrDefault(m, List.of()));
            }
        }
        if (!work.isEmpty()) {
            cutoffs.hit("entry locks", "work budget of 50 steps per method", work.peek().qualifiedName());
        }
        entry.values().removeIf(LockSet::isEmpty);
        return entry;
    }

    private static LockSet fromCallers(MethodInfo m, Program program, Map<MethodInfo, LockSet> entry) {
        if (m.facts().isClosure()) {
            MethodInfo parent = m.closureParent();
            return parent == null ? LockSet.EMPTY : entry.getOrDefault(parent, internal(parent, program) ? null : LockSet.EMPTY);
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        LockSet result = null;
        for (CallSite s : callers) {
            LockSet callerEntry = entry.get(s.caller());
            if (callerEntry == null && internal(s.caller(), program)) {
                continue;
            }
            LockSet atCall = s.caller().facts().events().get(s.event()).held();
            LockSet held = callerEntry == null ? atCall : callerEntry.plusAll(atCall);
            LockSet moved = Frames.intoCallee(held, s.caller(), s.event(), m, program);
            result = result == null ? moved : result.intersect(moved);
        }
        return result;
    }

    /**
     * Whether the method's callers are (as far as anyone can tell) in the program: private and
     * non-public methods with callers, and closures run here. A protected or package-private helper only
     * called under a lock gets the benefit of the doubt; code outside the scan is unknown, hence silent.
     */
    static boolean internal(MethodInfo m, Program program) {
        if (m.facts().isClosure()) {
            return m.facts().dispatch() == Dispatch.HERE;
        }
        boolean visible = dev.fearless.facts.Modifiers.has(m.facts().modifiers(), dev.fearless.facts.Modifiers.PUBLIC)
                || m.owner().isInterface();
        return !visible && !m.facts().isConstructor() && !m.facts().isInitialization()
                && !program.callGraph().callersOf(m).isEmpty();
    }
}
