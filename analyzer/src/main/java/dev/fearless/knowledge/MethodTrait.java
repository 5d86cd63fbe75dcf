package dev.fearless.knowledge;

/** What the knowledge base knows about a library method. */
public enum MethodTrait {
    /** May block the calling thread for an unbounded time. */
    BLOCKING,
    /**
     * Settles the receiver future ({@code cancel}, {@code complete}): once it returns, the future is done, and
     * a {@code get()} on it answers at once (its value, or CancellationException) instead of waiting.
     */
    SETTLES,
    /** Returns a future that is already done ({@code Futures.immediateFuture}, {@code CompletableFuture.completedFuture}). */
    DONE_RESULT,
    /** Tells whether the receiver future is done ({@code isDone}): where it said so, a {@code get()} answers at once. */
    DONE_QUERY,
    /** Declares {@code throws InterruptedException}. */
    INTERRUPTIBLE,
    /** Waits on a monitor or condition (releasing it while waiting). */
    WAIT, NOTIFY, NOTIFY_ALL,
    /** Waits, releasing the receiver (a lock), until a condition holds: it loops internally (Guava's Monitor.waitFor). */
    GUARDED_WAIT,
    STARTS,
    /** Waits for another thread's work to finish: a happens-before edge back to the caller. */
    JOIN,
    /** Runs a functional argument on the calling thread, during the call. */
    RUNS_HERE,
    /**
     * Calls its functional argument with the receiver's elements: a collection's or an {@code Optional}'s
     * (the type argument), a map's keys and values (the first and the second), one per parameter.
     */
    ELEMENT_CALLBACK,
    /** Returns a stream or collection of the receiver's elements (a collection's type argument, a map's keys). */
    ELEMENT_VIEW,
    /** Returns a collection of a map's values (its second type argument). */
    VALUE_VIEW,
    /** Returns a stream or optional of what its function makes of each element ({@code Stream.map}). */
    ELEMENT_MAP,
    /** Runs a functional argument on another thread. */
    RUNS_ELSEWHERE,
    /** A CompletableFuture stage: its function runs on whichever thread completes the previous stage. */
    STAGE,
    /**
     * A stage that is not async: its function continues on the thread that completes the future (or on
     * the caller, if it is already complete), not on a thread of its own.
     */
    CONTINUES,
    /**
     * Returns an executor that runs its tasks one at a time, each after the one before: on one thread
     * ({@code Executors.newSingleThreadExecutor}), or in turn on another executor's threads (Guava's
     * {@code MoreExecutors.newSequentialExecutor}).
     */
    SINGLE_THREAD_EXECUTOR,
    /**
     * A step of a cursor's one-consumer protocol ({@code InputStream.read}, {@code Iterator.next}): the
     * type's contract has one consumer move it at a time, since two threads consuming one sequence at once
     * get interleaved, meaningless parts of it. Closing is not among them.
     */
    SERIAL_CALLS,
    /** Makes an executor of a fixed number of threads ({@code Executors.newFixedThreadPool(n)}). */
    FIXED_POOL,
    /** Tells whether the calling thread is the receiver's own thread (an event loop's {@code inEventLoop()}). */
    ON_OWN_THREAD,
    /**
     * Returns only when the calling thread is the receiver's own (it throws otherwise): the code after it runs
     * there (gRPC's {@code SynchronizationContext.throwIfNotInThisSynchronizationContext()}).
     */
    ASSERTS_OWN_THREAD,
    /** The executor that runs a pipeline handler's callbacks (netty's {@code ChannelHandlerContext.executor()}). */
    HANDLER_EXECUTOR,
    /** The channel of a pipeline handler's context (netty's {@code ChannelHandlerContext.channel()}). */
    HANDLER_CHANNEL,
    /** The event loop a channel is registered with (netty's {@code Channel.eventLoop()}). */
    CHANNEL_EXECUTOR,
    /**
     * An executor's constructor whose first argument is the number of threads it keeps, and it never
     * starts more ({@code ScheduledThreadPoolExecutor}): given 1, it runs every task on one thread.
     */
    CORE_THREADS,
    /** Turns a stream parallel. */
    PARALLEL, SEQUENTIAL,
    /** Hands its argument over to another thread. */
    HANDOFF,
    RETURNS_FUTURE, HANDLES_FAILURE,
    SYNCHRONIZED_WRAPPER, IMMUTABLE_RESULT, UNMODIFIABLE_VIEW, COPIES,
    /**
     * Returns a view backed by its first argument, as safe to share as that argument is
     * ({@code Collections.newSetFromMap}).
     */
    ARGUMENT_VIEW,
    /** Returns an object it has just created, that nothing else holds yet ({@code Constructor.newInstance}). */
    FRESH_RESULT,
    INTERRUPT, CURRENT_THREAD,
    /**
     * A hook whose first argument is the thread that calls it ({@code ThreadPoolExecutor.beforeExecute(t, r)},
     * called by the worker {@code t} about to run {@code r}): an override sees the current thread there.
     */
    CURRENT_THREAD_ARGUMENT,
    /** Lets other threads run while the caller spins ({@code onSpinWait}, {@code yield}, {@code sleep}). */
    SPIN_HINT,
    /** Returns the canonical copy of a string, shared by the whole JVM ({@code String.intern}). */
    INTERNED,
    /** Returns an instance the JVM caches and shares ({@code Integer.valueOf}). */
    CACHED,
    LOCK_ACQUIRE, LOCK_INTERRUPTIBLY, LOCK_TRY, LOCK_RELEASE, NEW_CONDITION, READ_LOCK, WRITE_LOCK,
    /** Starts an optimistic read of a lock's read half, which a later {@link #LOCK_VALIDATE} ends ({@code StampedLock.tryOptimisticRead}). */
    LOCK_OPTIMISTIC,
    /** Tells whether no writer took the lock since an optimistic read began ({@code StampedLock.validate}). */
    LOCK_VALIDATE,
    /** Takes, tries or releases the read half of a lock through a stamp ({@code StampedLock.readLock}). */
    READ_STAMP,
    /** Takes, tries or releases the write half of a lock through a stamp ({@code StampedLock.writeLock}). */
    WRITE_STAMP,
    /** A method that returns for every argument and never throws ({@code Math.max}, {@code System.nanoTime}). */
    TOTAL,
    /**
     * Fails on input a caller must expect to be wrong, or on its environment: throws for a malformed
     * number or date ({@code Integer.parseInt}), an absent value ({@code Optional.orElseThrow}), or a
     * file-system error ({@code Files.readString}).
     */
    FAILS,
    PUT_IF_ABSENT, FORKS, FORK_JOIN, COMMON_POOL, MANAGED_BLOCKER,
    /**
     * Reads or writes a stream, socket or channel, and may wait for the network or the disk. Not
     * {@link #BLOCKING}: in-memory streams share these methods, so only rules about a thread that must not
     * wait at all (a virtual thread pinned to its carrier) count it.
     */
    BLOCKING_IO,
    /** Returns a {@code Thread.Builder} (Thread.ofVirtual, ofPlatform, and the builder's own setters). */
    THREAD_BUILDER,
    /**
     * Creates virtual threads, or a builder or executor that does (Thread.ofVirtual, startVirtualThread,
     * Executors.newVirtualThreadPerTaskExecutor); on a hand-off, its task runs on a virtual thread.
     */
    VIRTUAL_THREADS,
    /** Opens a StructuredTaskScope whose owner joins once and forks nothing after it (JDK 25's {@code open}). */
    OPENS_SCOPE,
    /** Closes its receiver (a StructuredTaskScope's {@code close}). */
    CLOSES,
    /** Reads an outcome that exists only once the scope's owner has joined (Subtask.get, throwIfFailed, result). */
    AFTER_JOIN,
    /** Waits at most a timeout given as an argument: a bounded wait. */
    TIMED,
    /** The one method of a functional type: runs the function value it is called on. */
    INVOKES,
    /** Creates an object of a class named at run time (a plugin): its code is unknown to the program. */
    REFLECTIVE,
    /** Ends the process: the call does not return. */
    EXITS,
    /** Reads the calling thread's interrupt status ({@code isInterrupted}, {@code interrupted}). */
    INTERRUPT_STATUS,
    /** Creates a thread of its own for its functional argument (a thread factory, a thread builder). */
    NEW_THREAD,
    /** An executor's hook that sees every task (its outcome or its wrapper): overriding it can report failures. */
    OBSERVES_TASKS,

    /** Makes a stream from its receiver or arguments ({@code list.stream()}, {@code IntStream.range}). */
    STREAM_SOURCE,
    /** A stage of a stream pipeline: its functions run in the pipeline, in parallel when the stream is. */
    STREAM_OP,
    /** A stream operation that ends the pipeline: its result is not a stream. */
    STREAM_TERMINAL,
    /** A stream operation that runs its function on one element at a time, in order, even on a parallel stream. */
    IN_ORDER,
    /** Returns one of its receiver's elements, typed by the receiver's only type argument ({@code List#get}). */
    RESULT_ELEMENT,
    /** Returns one of a map's values, typed by the receiver's second of two type arguments ({@code Map#get}). */
    RESULT_VALUE,
    /** Tells whether the current thread holds the receiver lock ({@code ReentrantLock#isHeldByCurrentThread}). */
    LOCK_QUERY,
    /** Tells whether the current thread holds the receiver's write lock. */
    WRITE_LOCK_QUERY,
    /**
     * Counts the current thread's holds of the receiver lock ({@code ReentrantLock#getHoldCount}), of its
     * read lock ({@code getReadHoldCount}) or of its write lock ({@code getWriteHoldCount}): above zero, the
     * thread holds it.
     */
    HOLD_COUNT, READ_HOLD_COUNT, WRITE_HOLD_COUNT,
    /**
     * Hands tasks over and returns only once every one of them is done ({@code ExecutorService#invokeAll},
     * {@code ForkJoinPool#invoke}): a join of what it hands over. Not {@code invokeAny}, whose cancelled
     * tasks may still run when it returns.
     */
    AWAITS_ALL,
    /** Tells whether the current thread holds the monitor of its argument ({@code Thread#holdsLock}). */
    MONITOR_QUERY,
    /** Returns the runtime class of its receiver ({@code getClass}). */
    RUNTIME_CLASS,
    /**
     * The code a thread or a pool worker runs for its receiver ({@code Thread.run}, {@code ForkJoinTask.exec},
     * {@code RecursiveTask.compute}): called directly, it runs on the calling thread.
     */
    TASK_BODY,
    /** Starts the thread it is called on ({@code Thread.start}). */
    STARTS_RECEIVER,
    /** Returns a new thread for its functional argument without starting it ({@code ThreadFactory.newThread}). */
    UNSTARTED_THREAD,
    /** Configures or describes a thread without starting it or handing it on ({@code setDaemon}, {@code getName}). */
    LEAVES_UNSTARTED,
    /**
     * Tells whether the receiver thread still runs ({@code isAlive}): where it said no, the thread has ended,
     * and everything it did happens before (JLS 17.4.4: detecting a thread's end synchronizes with it).
     */
    ALIVE_QUERY,
    /**
     * Acts on its receiver so that a thread blocked on it may go on: a put or offer for a {@code take()},
     * {@code complete} for a future's {@code get()}, {@code release()} for a semaphore's {@code acquire()},
     * {@code countDown()} for a latch's {@code await()}.
     */
    WAKES,
    /** Takes from its receiver, so that a thread blocked handing a value to it ({@code put} on a full queue) may go on. */
    MAKES_ROOM,
    /**
     * Interrupts the threads running the tasks of an executor, its receiver or its first argument
     * ({@code shutdownNow}; {@code close}, when the closing thread is interrupted while it waits).
     */
    INTERRUPTS_WORKERS,
    /**
     * Takes back a thread registered to run at JVM exit ({@code Runtime.removeShutdownHook}): the caller
     * may then run the hook's body itself, on its own thread, on purpose.
     */
    WITHDRAWS_HOOK,
    /** Waits on the monitor of its argument, not of its receiver ({@code TimeUnit.timedWait}). */
    ARGUMENT_MONITOR,
    /** Completes when all the futures given complete ({@code CompletableFuture.allOf}). */
    ALL_OF,
    /**
     * A static method that acts on the calling thread ({@code Thread.interrupted}, {@code sleep},
     * {@code yield}): called through a reference to another thread, it still acts on the caller.
     */
    STATIC_ON_CALLER,
    /** Tells the receiver thread's interrupt status without clearing it ({@code Thread.isInterrupted}). */
    RECEIVER_INTERRUPT_STATUS,
    /** Returns the input stream of a network connection ({@code Socket.getInputStream}): reading it waits for the peer to send. */
    NETWORK_INPUT,
    /**
     * Returns the output stream of a network connection ({@code Socket.getOutputStream}): writing it
     * waits only while the peer does not take what was sent and the buffers are full.
     */
    NETWORK_OUTPUT,
    /**
     * Called by its framework once on an object the framework has just created, before it hands the object
     * out (Hadoop's {@code Configurable.setConf}, from {@code ReflectionUtils.newInstance}): an override sets
     * the object up; it is not a call client threads make on a shared object.
     */
    CONFIGURES_NEW,
    /**
     * Declared {@code synchronized} in the library for its own sake ({@code InputStream.mark} and
     * {@code reset}): overrides copy the modifier by convention, so the monitor they hold is no sign that
     * the fields they touch are guarded by it, or that the object is shared.
     */
    SYNCHRONIZED_SIGNATURE,
    /**
     * Takes its argument back into an object pool (netty's {@code Recycler.Handle.recycle}, commons-pool's
     * {@code returnObject}): the caller's ownership of the object ends there, and the pool hands it to its
     * next owner through its own thread-safe hand-over.
     */
    RECYCLES;

    /** Whether the traits are those of a method that waits or notifies (on a monitor or a Condition). */
    public static boolean monitorOp(java.util.Set<MethodTrait> traits) {
        return traits.contains(WAIT) || traits.contains(NOTIFY) || traits.contains(NOTIFY_ALL);
    }
}
