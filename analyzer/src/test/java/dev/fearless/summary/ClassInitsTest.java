package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassInitsTest {

    private final Analyzed a = Analyzed.of("""
            interface Plain {
                Plain NONE = new PlainImpl();
                int size();
            }
            interface WithDefault {
                WithDefault ONE = new DefaultImpl();
                int size();
                default boolean empty() { return size() == 0; }
            }
            class PlainImpl implements Plain {
                public int size() { return 0; }
            }
            class DefaultImpl implements WithDefault {
                public int size() { return 1; }
            }
            abstract class Base {
                static final Base A = new Hidden();
                static Base make() { return new Hidden(); }
                static final class Hidden extends Base { }
            }
            abstract class Shared {
                static final Shared B = new Open();
            }
            class Open extends Shared { }
            class User {
                Object use() { return new Open(); }
            }
            public abstract class Limits {
                static final Limits NONE = new Cql();
                static final Serializer serializer = new Serializer();
                static class Serializer {
                    Limits read() { return new Cql(); }
                }
            }
            class Cql extends Limits { }
            """);

    @Test
    void interfaceWithoutDefaultMethods_isNotInitializedByItsImplementations() {
        ClassInits inits = a.summaries().classInits();
        assertFalse(inits.initializes(a.type("PlainImpl"), a.type("Plain")));
        assertTrue(inits.initializes(a.type("DefaultImpl"), a.type("WithDefault")));
    }

    @Test
    void subclassStartedOnlyByItsBase_cannotStartFirst() {
        ClassInits inits = a.summaries().classInits();
        assertNull(inits.independentStart(a.type("Base.Hidden"), a.type("Base")));
    }

    @Test
    void subclassStartedOnlyByObjectsTheBaseMakes_cannotStartFirst() {
        assertNull(a.summaries().classInits().independentStart(a.type("Cql"), a.type("Limits")));
    }

    @Test
    void subclassStartedByOtherCode_canStartFirst() {
        ClassInits.Start start = a.summaries().classInits().independentStart(a.type("Open"), a.type("Shared"));
        assertNotNull(start);
        assertEquals("use", start.method().name());
    }
}
