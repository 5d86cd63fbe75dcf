package dev.fearless.summary;

/** What kind of object a field holds, as far as its type and the values stored in it tell. */
public enum Nature {
    /** A primitive value: no object, no contents. */
    PRIMITIVE,
    /** Immutable or thread-safe: may be shared and used without a lock. */
    SYNC,
    /** A {@code Collections.synchronized*} wrapper: each call is atomic, iteration needs its monitor. */
    SYNCHRONIZED_WRAPPER,
    /** Mutable and not thread-safe (a HashMap, an array, a StringBuilder, a mutable class of the program). */
    UNSAFE,
    /** Cannot tell (an interface filled from outside, an unknown library type). */
    UNKNOWN
}
