package dev.fearless.summary;

/** On which thread an entry point's code runs, relative to the object it touches. */
public enum ThreadContext {
    /** Called by clients of the class, on whatever threads share the object. */
    CLIENT,
    /** A task handed to another thread (a Thread body, an executor task, an async stage). */
    TASK
}
