package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The locals a try-with-resources statement closes: the ones it declares, and the ones it names. */
class TryResourcesTest {

    private static final Snippet SNIPPET = Snippet.of("""
            package p;
            import java.io.*;
            class A {
                private Reader shared;
                void declared(File f) throws IOException {
                    try (Reader in = new FileReader(f); Reader again = new FileReader(f)) {
                        in.read();
                    }
                }
                void named(Reader in) throws IOException {
                    Reader local = new StringReader("x");
                    try (local; in) {
                        local.read();
                    }
                }
                void field() throws IOException {
                    try (shared) {
                        shared.read();
                    }
                }
                void plain(File f) throws IOException {
                    Reader in = new FileReader(f);
                    in.close();
                }
            }
            """);

    @Test
    void declaredResources_areRecorded() {
        assertEquals(List.of("in", "again"), SNIPPET.method("declared").resources());
    }

    @Test
    void namedLocalsAndParameters_areRecorded_fieldsAreNot() {
        assertEquals(List.of("local", "in"), SNIPPET.method("named").resources());
        assertEquals(List.of(), SNIPPET.method("field").resources());
    }

    @Test
    void aLocalClosedByHand_isNoResource() {
        assertEquals(List.of(), SNIPPET.method("plain").resources());
    }
}
