package dev.fearless.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaReleaseTest {

    @Test
    void parse_readsReleasesAsBuildFilesWriteThem() {
        assertEquals(Optional.of(JavaRelease.of(21)), JavaRelease.parse("21"));
        assertEquals(Optional.of(JavaRelease.of(8)), JavaRelease.parse("1.8"));
        assertEquals(Optional.of(JavaRelease.of(17)), JavaRelease.parse(" 17.0.2 "));
        assertEquals(Optional.of(JavaRelease.of(25)), JavaRelease.parse("25"));
    }

    @Test
    void parse_rejectsWhatIsNoRelease() {
        for (String text : new String[] {null, "", "latest", "${maven.compiler.release}", "21x", "0", "1."}) {
            assertEquals(Optional.empty(), JavaRelease.parse(text), String.valueOf(text));
        }
    }

    @Test
    void unknown_isAtLeastNothing() {
        assertFalse(JavaRelease.UNKNOWN.atLeast(1));
        assertTrue(JavaRelease.of(24).atLeast(24));
        assertFalse(JavaRelease.of(23).atLeast(24));
    }
}
