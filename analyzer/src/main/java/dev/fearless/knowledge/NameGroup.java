package dev.fearless.knowledge;

/** Groups of method names that say how a call touches a JDK container, builder, date or atomic. */
public enum NameGroup {
    COLLECTION_WRITE, COLLECTION_READ, COLLECTION_ITERATE, COLLECTION_VIEW,
    /** Writes that store their last argument as an element (or a map's value). */
    COLLECTION_INSERT,
    BUILDER_WRITE, BUILDER_READ, DATE_WRITE, ATOMIC_READ, ATOMIC_WRITE, ATOMIC_UPDATE
}
