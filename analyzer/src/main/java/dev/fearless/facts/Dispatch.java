package dev.fearless.facts;

/**
 * Where a closure (lambda, method reference, anonymous class) runs, decided by where it is handed:
 * the knowledge base lists the methods that run their argument here, elsewhere, or in parallel.
 */
public enum Dispatch {
    /** Not a closure: a declared method. */
    NONE,
    /** Runs on the calling thread, during the call, with the caller's locks ({@code forEach}, {@code computeIfAbsent}). */
    HERE,
    /** Runs on another thread, without the caller's locks ({@code Thread}, {@code Executor.execute}, {@code CompletableFuture.runAsync}). */
    ELSEWHERE,
    /** Runs on several threads at once (a stage of a parallel stream). */
    PARALLEL,
    /** Stored or handed to code we cannot see: when and where it runs is unknown. */
    UNKNOWN
}
