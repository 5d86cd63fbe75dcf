package dev.fearless.summary;

import dev.fearless.budget.Cutoff;
import dev.fearless.budget.Cutoffs;
import dev.fearless.facts.LockSet;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.List;
import java.util.Map;

/**
 * What the summarizer computed for the whole program, shared read-only by all rules: entry locks,
 * each method's accesses (its callees' folded in), the entry points with their thread contexts, every
 * field's uses from those entries, each type's concurrency evidence; and the analyses that some
 * rules ask about (what a call may do, class initialization, owned threads, virtual threads).
 */
public final class Summaries {

    private final Construction construction;
    private final ThreadModel threads;
    private final SharedThreads sharedThreads;
    private final Map<MethodInfo, LockSet> entryLocks;
    private final CallerLocks.Held callers;
    private final Map<MethodInfo, List<AccessRecord>> accesses;
    private final List<Entry> entries;
    private final java.util.Set<MethodInfo> entryMethods;
    private final Map<FieldInfo, List<FieldUse>> fieldUses;
    private final Map<TypeInfo, Evidence> evidence;
    private final SyncTypes syncTypes;
    private final Map<MethodInfo, List<Acquisition>> acquisitions;
    private final LockGraph lockGraph;
    private final Tasks tasks;
    private final SpawnDistances spawnDistances;
    private final VirtualThreads virtualThreads;
    private final Effects effects;
    private final ClassInits classInits;
    private final OwnedThreads ownedThreads;
    private final Cutoffs cutoffs;
    private final LockTakers lockTakers;
    private final Freezes freezes;
    private final NullLocks nullLocks = new NullLocks();
    private final OwnerMadeFields ownerMadeFields = new OwnerMadeFields();
    private final LatchHandoffs.Pairs latchPairs = new LatchHandoffs.Pairs();
    private final CallbackHandOffs callbackHandOffs = new CallbackHandOffs();
    private final Settings settings;

    Summaries(Construction construction, ThreadModel threads, SharedThreads sharedThreads, Tasks tasks,
              CallerLocks.Held callers, Map<MethodInfo, List<AccessRecord>> accesses, List<Entry> entries,
              Map<FieldInfo, List<FieldUse>> fieldUses, Map<TypeInfo, Evidence> evidence, SyncTypes syncTypes,
              Map<MethodInfo, List<Acquisition>> acquisitions, LockGraph lockGraph, ProgramAnalyses analyses, Cutoffs cutoffs) {
        this.construction = construction;
        this.threads = threads;
        this.cutoffs = cutoffs;
        this.sharedThreads = sharedThreads;
        this.entryLocks = callers.locks();
        this.callers = callers;
        this.accesses = accesses;
        this.entries = List.copyOf(entries);
        java.util.Set<MethodInfo> methods = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Entry e : entries) {
            methods.add(e.method());
        }
        this.entryMethods = java.util.Collections.unmodifiableSet(methods);
        this.fieldUses = fieldUses;
        this.evidence = evidence;
        this.syncTypes = syncTypes;
        this.acquisitions = acquisitions;
        this.lockGraph = lockGraph;
        this.tasks = tasks;
        this.spawnDistances = analyses.spawnDistances();
        this.virtualThreads = analyses.virtualThreads();
        this.effects = analyses.effects();
        this.classInits = analyses.classInits();
        this.ownedThreads = analyses.ownedThreads();
        this.lockTakers = analyses.lockTakers();
        this.freezes = analyses.freezes();
        this.settings = new Settings(threads, callers);
    }

    /** The code that runs only on objects their class made without their lock. */
    NullLocks nullLocks() {
        return nullLocks;
    }

    /** The fields whose every object holds objects of its own. */
    OwnerMadeFields ownerMadeFields() {
        return ownerMadeFields;
    }

    /** Which pairs of uses a latch or barrier orders, a change before a read. */
    LatchHandoffs.Pairs latchPairs() {
        return latchPairs;
    }

    /** The objects tasks carry to their callers' callbacks. */
    CallbackHandOffs callbackHandOffs() {
        return callbackHandOffs;
    }

    /**
     * Whether objects of {@code t} move between threads with their callers' callbacks, held by one holder
     * at a time ({@link CallbackHandOffs}): the client threads that call them use them in turn.
     */
    public boolean heldInTurn(Program program, TypeInfo t) {
        return callbackHandOffs.carries(program, threads, t);
    }

    /** The objects frozen by a flag their writers check unset and their readers check set. */
    public Freezes freezes() {
        return freezes;
    }

    /** Where each lock is taken in the program. */
    public LockTakers lockTakers() {
        return lockTakers;
    }

    /** The bodies of threads and tasks, and the methods only threads the program owns run. */
    public OwnedThreads ownedThreads() {
        return ownedThreads;
    }

    /** What each method can do when called: block, run unknown code. */
    public Effects effects() {
        return effects;
    }

    /** How class initializations follow one another, and where the program starts them. */
    public ClassInits classInits() {
        return classInits;
    }

    /** Where the summaries hit a limit and are less complete than they could be. */
    public List<Cutoff> cutoffs() {
        return cutoffs.all();
    }

    /** The code each method hands to other threads. */
    public Tasks tasks() {
        return tasks;
    }

    /** The fields objects are configured with before they are shared or started. */
    public Settings settings() {
        return settings;
    }

    /** The logical threads that can run each method. */
    public ThreadModel threads() {
        return threads;
    }

    /** The tasks that run on virtual threads and the methods they reach. */
    public VirtualThreads virtualThreads() {
        return virtualThreads;
    }

    /** How far each method is from handing work to another thread. */
    public SpawnDistances spawnDistances() {
        return spawnDistances;
    }

    /** The locks {@code m} takes, directly or through its callees, in its own frame where it can name them. */
    public List<Acquisition> acquisitions(MethodInfo m) {
        return acquisitions.getOrDefault(m, List.of());
    }

    /** The program-wide lock-order graph and its feasible cycles. */
    public LockGraph lockGraph() {
        return lockGraph;
    }

    /** Which types may be shared without a lock, and what each field holds. */
    public SyncTypes syncTypes() {
        return syncTypes;
    }

    /** The methods that only run while their own object (or class) is being built. */
    public Construction construction() {
        return construction;
    }

    /**
     * The locks certainly held, in {@code m}'s own frame, whenever {@code m} runs: every call of it in
     * the program holds them (a helper or hook only called under a lock, a closure run here inside a
     * locked region). Thread roots and methods the program never calls hold none.
     */
    public LockSet entryLocks(MethodInfo m) {
        return entryLocks.getOrDefault(m, LockSet.EMPTY);
    }

    /**
     * For a method code outside the program can call too ({@link Api}), which {@link #entryLocks} leaves
     * without any: the locks every call of it in the program holds, in its own frame (a contract such as
     * "callers synchronize on the destination" that the program keeps); empty when some call holds none.
     */
    public LockSet programCallerLocks(MethodInfo m) {
        return callers.programCallers(m);
    }

    /**
     * The locks every caller of {@code m} holds, as the whole program names them: also those of objects
     * {@code m} cannot name, such as the monitor of the object that calls it on another one.
     */
    public java.util.Set<GlobalLock> callerLockNodes(MethodInfo m) {
        return callers.nodes(m);
    }

    /** The threads that run {@code m}'s code at {@code pos} on an object other threads can reach. */
    public ThreadSet sharedThreadsAt(MethodInfo m, dev.fearless.facts.Position pos) {
        return sharedThreads.threadsAt(m, pos);
    }

    /** The locks certainly held at an event of {@code m}: its entry locks plus those held at the event. */
    public LockSet heldAt(MethodInfo m, LockSet atEvent) {
        LockSet entry = entryLocks(m);
        return entry.isEmpty() ? atEvent : entry.plusAll(atEvent);
    }

    /** The accesses {@code m} performs, directly or through its callees, in its own frame. */
    public List<AccessRecord> accesses(MethodInfo m) {
        return accesses.getOrDefault(m, List.of());
    }

    /** Where threads enter the program: client-callable methods and tasks run elsewhere. */
    public List<Entry> entries() {
        return entries;
    }

    /** The methods that are entries (for reporting an access once, where it happens). */
    public java.util.Set<MethodInfo> entryMethods() {
        return entryMethods;
    }

    /** Every access to the field from an entry point. */
    public List<FieldUse> uses(FieldInfo field) {
        return fieldUses.getOrDefault(field, List.of());
    }

    /** The fields accessed from entry points. */
    public Iterable<FieldInfo> usedFields() {
        return fieldUses.keySet();
    }

    /** Why the type is believed to run on several threads. */
    public Evidence evidence(TypeInfo type) {
        return evidence.getOrDefault(type, Evidence.NONE);
    }
}
