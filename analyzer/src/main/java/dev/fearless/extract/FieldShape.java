package dev.fearless.extract;

import dev.fearless.facts.LockRef;
import dev.fearless.facts.TypeRef;

/**
 * What the extractor knows of a field before walking any body: its type and modifiers, and, for a
 * field initialized with {@code rw.readLock()}/{@code rw.writeLock()}, the lock it stands for.
 */
record FieldShape(String name, TypeRef type, int modifiers, LockRef lockAlias) {
}
