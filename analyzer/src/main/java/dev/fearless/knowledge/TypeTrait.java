package dev.fearless.knowledge;

/** What the knowledge base knows about a library type. */
public enum TypeTrait {
    /** Its instances never change after construction: always safe to share. */
    IMMUTABLE,
    /** Its instances may be shared and used by several threads without external locking. */
    THREADSAFE,
    /** Mutable and not thread-safe: may be shared only under a lock. */
    UNSAFE,
    ATOMIC, CONCURRENT, LOCK, RWLOCK, CONDITION, SYNCHRONIZER, FUTURE, EXECUTOR, THREAD, RUNNABLE,
    FUNCTIONAL, COLLECTION, MAP, QUEUE,
    /** Its methods synchronize on the instance itself (Vector, Hashtable, StringBuffer...). */
    SYNCHRONIZED,
    /** A non-thread-safe formatter, parser or digest that is tempting to keep in a static field. */
    FORMAT,
    THREADLOCAL, STREAM, STRINGBUILDER, TIMER, FORKJOIN,
    /** A logging or printing sink: an exception handed to it is shown to people, not to the program. */
    LOGGER
}
