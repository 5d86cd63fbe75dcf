package dev.fearless.program;

/**
 * One edge of the call graph: the event at {@code event} in {@code caller} may run {@code target}.
 * For a closure that runs here, the edge goes from the method it is written in, at the call it is
 * handed to, to the closure.
 */
public record CallSite(MethodInfo caller, int event, MethodInfo target) {
}
