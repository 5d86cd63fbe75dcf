package dev.fearless.facts;

/**
 * What a type's own documentation says about sharing its instances between threads: the class
 * comment says it is thread-safe, says it is not (callers must confine or lock it), or says neither.
 */
public enum Contract {
    NONE,
    /** Documented safe to use from several threads: the strict check applies. */
    THREAD_SAFE,
    /** Documented not thread-safe or single-threaded: callers carry the burden, no race is reported inside. */
    NOT_THREAD_SAFE
}
