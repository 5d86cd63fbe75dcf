package dev.fearless.summary;

/** How an access touches a field: directly, through an element, or through a call on a JDK container. */
public enum AccessOp {
    READ, WRITE,
    /** Read-modify-write of the field: {@code x++}. */
    UPDATE,
    ELEMENT_READ, ELEMENT_WRITE,
    /** A reading call on a container held in the field ({@code map.get}). */
    CALL_READ,
    /** A mutating call on a container held in the field ({@code map.put}). */
    CALL_WRITE,
    /** Iterating a container held in the field ({@code for (x : list)}, {@code list.stream()}). */
    CALL_ITERATE;

    /** Whether the access changes the field itself (not the object it refers to). */
    public boolean writesField() {
        return this == WRITE || this == UPDATE;
    }

    /** Whether the access changes the field or the state it owns (elements, container contents). */
    public boolean isWrite() {
        return this == WRITE || this == UPDATE || this == ELEMENT_WRITE || this == CALL_WRITE;
    }

    /** Whether the access goes through the object the field refers to (element or container call). */
    public boolean throughContents() {
        return this == ELEMENT_READ || this == ELEMENT_WRITE || this == CALL_READ || this == CALL_WRITE
                || this == CALL_ITERATE;
    }
}
