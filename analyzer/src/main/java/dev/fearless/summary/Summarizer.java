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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Computes the program's {@link Summaries}: the methods that only run during construction, the locks
 * every method's callers hold ({@link CallerLocks}), each method's accesses, the entry points and the
 * uses of each field from them, each type's concurrency evidence, and the lock-order graph. Analyses
 * that do not depend on one another run in parallel; the result is the same for any thread count.
 */
public final class Summarizer {

    private static final long STACK_BYTES = 64L * 1024 * 1024;

    /** The summaries, computed on the calling thread alone. */
    public Summaries summarize(Program program) {
        return summarize(program, 1);
    }

    /** The summaries, computed with up to {@code threads} threads. */
    public Summaries summarize(Program program, int threads) {
        if (threads <= 1) {
            return summarize(program, Runnable::run);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
        try {
            return summarize(program, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Summaries summarize(Program program, Executor pool) {
        Cutoffs cutoffs = new Cutoffs();
        Instantiations objects = Instantiations.of(program);
        CompletableFuture<Map<MethodInfo, List<AccessRecord>>> accesses =
                CompletableFuture.supplyAsync(() -> new AccessSummarizer(program, cutoffs, objects).summarize(), pool);
        CompletableFuture<Tasks> tasks = CompletableFuture.supplyAsync(() -> Tasks.find(program), pool);
        ConfinedAnonymous confined = ConfinedAnonymous.of(program);
        FieldClosures kept = FieldClosures.of(program);
        CompletableFuture<ThreadModel> threads = tasks.thenApplyAsync(t -> ThreadModel.of(program, t, confined, kept, objects), pool);
        CompletableFuture<SyncTypes> syncTypes = CompletableFuture.supplyAsync(() -> new SyncTypes(program), pool);
        Construction construction = Construction.of(program);
        Set<String> spawned = Entries.spawnedTypes(program);
        Set<MethodInfo> roots = Entries.taskRoots(program, spawned);
        CallerLocks.Held callers = CallerLocks.compute(program, roots, construction, confined, kept);
        Map<MethodInfo, LockSet> entryLocks = callers.locks();
        CompletableFuture<LockOrder> locks = syncTypes.thenApplyAsync(types -> {
            LockSummarizer summarizer = new LockSummarizer(program, types, callers, cutoffs);
            return new LockOrder(summarizer.summarize(), new LockGraph(summarizer.edges(), m -> Lifecycle.startUpOnly(program, m),
                    (a, b) -> a.equals(b) || program.isSubtype(a, b) || program.isSubtype(b, a)));
        }, pool);
        CompletableFuture<SharedThreads> shared = threads.thenApplyAsync(t -> SharedThreads.of(program, t), pool);
        // after the summaries above, so that they come first in the pool's queue
        CompletableFuture<Effects> effects =
                CompletableFuture.supplyAsync(() -> new EffectSummarizer(program).summarize(), pool);
        CompletableFuture<ClassInits> classInits = CompletableFuture.supplyAsync(() -> new ClassInits(program), pool);
        CompletableFuture<OwnedThreads> ownedThreads = CompletableFuture.supplyAsync(() -> OwnedThreads.find(program), pool);
        CompletableFuture<VirtualThreads> virtualThreads =
                tasks.thenApplyAsync(t -> VirtualThreads.find(program, t), pool);
        CompletableFuture<SpawnDistances> spawnDistances =
                CompletableFuture.supplyAsync(() -> SpawnDistances.of(program), pool);
        CompletableFuture<LockTakers> lockTakers = CompletableFuture.supplyAsync(() -> LockTakers.of(program), pool);
        CompletableFuture<Freezes> freezes = CompletableFuture.supplyAsync(() -> Freezes.of(program), pool);
        List<Entry> entries = Entries.find(program, entryLocks, spawned, join(threads));
        Map<FieldInfo, List<FieldUse>> uses = FieldUses.index(program, entries, join(accesses), join(threads),
                join(shared));
        Map<TypeInfo, Evidence> evidence = new IdentityHashMap<>();
        for (TypeInfo t : program.types()) {
            evidence.put(t, ConcurrencyEvidence.of(program, t, uses));
        }
        LockOrder lockOrder = join(locks);
        return new Summaries(construction, join(threads), join(shared), join(tasks), callers, join(accesses),
                entries, uses, evidence, join(syncTypes), lockOrder.acquisitions(), lockOrder.graph(),
                new ProgramAnalyses(join(spawnDistances), join(virtualThreads), join(effects), join(classInits),
                        join(ownedThreads), join(lockTakers), join(freezes)),
                cutoffs);
    }

    /** The locks each method takes, and the order the program takes them in. */
    private record LockOrder(Map<MethodInfo, List<Acquisition>> acquisitions, LockGraph graph) {
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static ThreadFactory daemon() {
        return r -> {
            // as deep a stack as the thread that would otherwise run them, whatever -Xss the JVM was given
            Thread t = new Thread(null, r, "fearless-summarizer", STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
