package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;

/** How the locks held at a static field's access relate to it: class-level, instance-level, none. */
public final class StaticFields {

    private StaticFields() {
    }

    /** A lock shared by all instances: a class monitor or a static field. */
    public static boolean classLevel(LockRef l) {
        return l.kind() == LockRef.Kind.CLASS || l.path() != null && l.path().root() == AccessPath.Root.STATIC;
    }

    public static boolean anyClassLevel(LockSet held) {
        return held.locks().stream().anyMatch(StaticFields::classLevel);
    }

    /** A lock belonging to one instance: this, its fields, or another object reached from a local/parameter. */
    public static boolean instanceLevel(LockRef l) {
        return !classLevel(l);
    }
}
