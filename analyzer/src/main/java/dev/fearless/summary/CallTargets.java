package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.program.MethodInfo;
import java.util.List;

/**
 * What one call (or {@code new}) can run. {@code certain}: the program methods it runs as far as the
 * program tells (its one target, the implementations of the objects its receiver can hold, the closures
 * handed to it that run here); {@code possible}: other implementations class-hierarchy analysis admits
 * when the receiver's objects cannot be told; {@code unknown}: why it can also run code the program
 * does not know (a callback handed in from outside, a plugin, a method no class of the program
 * implements), or {@code null}. When the unknown code is held by the calling method's parameter or
 * by a field of its own object ({@code carrier}, in its frame), each of its callers tells what it really
 * is from its own argument, or from where it made the object; {@code hook} says it is an abstract
 * method of the object itself, implemented by subclasses outside the program (a template method's hook).
 */
public record CallTargets(List<MethodInfo> certain, List<MethodInfo> possible, String unknown, AccessPath carrier,
                          boolean hook) {

    public static final CallTargets NONE = new CallTargets(List.of(), List.of(), null, null, false);

    /** Targets that are all known. */
    static CallTargets known(List<MethodInfo> certain, List<MethodInfo> possible) {
        return certain.isEmpty() && possible.isEmpty() ? NONE : new CallTargets(certain, possible, null, null, false);
    }

    public CallTargets {
        certain = List.copyOf(certain);
        possible = List.copyOf(possible);
    }
}
