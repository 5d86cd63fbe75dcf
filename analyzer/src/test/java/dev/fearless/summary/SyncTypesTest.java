package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyncTypesTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.*;
            class Trie { private int size; void put(String k) { size++; } }
            final class Builder { private final Trie trie; Builder() { trie = new Trie(); } }
            final class Node { final Node next; final String name; Node(Node next, String name) { this.next = next; this.name = name; } }
            """);

    @Test
    void aFieldOfAMutableClassAssignedOneOfIt_isNotSync_howeverOftenTheClassIsChecked() {
        // The declared type is checked first, then the value stored: both checks of Trie must find its counter.
        assertEquals(Nature.UNSAFE, a.summaries().syncTypes().nature(a.field("Builder", "trie")));
        assertFalse(a.summaries().syncTypes().isSync("Builder"));
        assertFalse(a.summaries().syncTypes().isSync("Trie"));
    }

    @Test
    void aClassWhoseFinalFieldsHoldItsOwnKind_isSync() {
        assertTrue(a.summaries().syncTypes().isSync("Node"));
    }
}
