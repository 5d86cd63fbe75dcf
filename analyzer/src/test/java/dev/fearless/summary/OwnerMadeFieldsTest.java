package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which fields hold, in each object, objects made for that object alone ({@link OwnerMadeFields}). */
class OwnerMadeFieldsTest {

    private static final String ELECTION = """
            class Election {
                Election(Object owner) {}
                void open() {}
            }
            """;

    private static boolean ownerMade(Analyzed a, String type, String field) {
        return a.summaries().ownerMadeFields().ownerMade(a.program(), a.field(type, field));
    }

    @Test
    void newObjectsAndFactoryResults_storedOnTheOwnField_areOwnerMade() {
        Analyzed a = Analyzed.of(ELECTION, """
                class Peer {
                    Election made;
                    Election built = new Election(null);
                    public void start() { made = create(); built = new Election(this); }
                    public void stop() { made = null; }
                    private Election create() {
                        Election e = new Election(this);
                        e.open();
                        Election copy = e;
                        return copy;
                    }
                }
                """);
        assertTrue(ownerMade(a, "Peer", "made"));
        assertTrue(ownerMade(a, "Peer", "built"));
    }

    @Test
    void anObjectHandedIn_passedOn_orStoredFromOutside_isNot() {
        Analyzed a = Analyzed.of(ELECTION, """
                import java.util.*;
                class Peer {
                    Election handed;
                    Election passed;
                    Election outside;
                    static final List<Election> ALL = new ArrayList<>();
                    public void take(Election e) { handed = e; }
                    public void start() {
                        Election e = new Election(this);
                        ALL.add(e);
                        passed = e;
                        outside = new Election(this);
                    }
                }
                class Wiring {
                    public void wire(Peer a, Peer b) { Election shared = new Election(null); a.outside = shared; b.outside = shared; }
                }
                """);
        assertFalse(ownerMade(a, "Peer", "handed"));
        assertFalse(ownerMade(a, "Peer", "passed"));
        assertFalse(ownerMade(a, "Peer", "outside"));
    }
}
