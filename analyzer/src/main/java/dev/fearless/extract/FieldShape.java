package dev.fearless.extract;

import dev.fearless.facts.LockRef;
import dev.fearless.facts.TypeRef;

/**
 * What the extractor knows of a field before walking any body: its type and modifiers, and, for a
 * field initialized with {@code rw.readLock()}/{@code rw.writeLock()}, the lock it stands for; and whether
 * it is annotated {@code @GuardedBy} (then even reads of a final field are events).
 */
record FieldShape(String name, TypeRef type, int modifiers, LockRef lockAlias, boolean guarded) {

    /** Whether a read of the field is worth an event: it can change, or its annotation makes every use matter. */
    boolean readTracked() {
        return guarded || !dev.fearless.facts.Modifiers.has(modifiers, dev.fearless.facts.Modifiers.FINAL);
    }
}
