package dev.fearless.program;

import static dev.fearless.program.Programs.method;
import static dev.fearless.program.Programs.type;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which types and members a project keeps for itself, by its audience annotations. */
class AudiencesTest {

    private static final Program MARKING = Programs.link(
            "src/a/Api.java", """
                    package a;
                    import org.apache.yetus.audience.InterfaceAudience;
                    @InterfaceAudience.Public
                    public class Api {
                        @InterfaceAudience.Private public void hook() { }
                        public void call() { }
                        public static class Nested { }
                        @InterfaceAudience.Private public static class Kept { }
                    }
                    """,
            "src/a/Plain.java", "package a; public class Plain { }",
            "src/a/Imported.java", """
                    package a;
                    import org.apache.yetus.audience.InterfaceAudience.Private;
                    @Private public class Imported { }
                    """,
            "src/a/open/package-info.java", """
                    @InterfaceAudience.Public
                    package a.open;
                    import org.apache.yetus.audience.InterfaceAudience;
                    """,
            "src/a/open/Offered.java", "package a.open; public class Offered { }",
            "src/a/open/Closed.java", """
                    package a.open;
                    import org.apache.yetus.audience.InterfaceAudience.*;
                    @Private public class Closed { }
                    """,
            "other/b/Elsewhere.java", "package b; public class Elsewhere { }");

    @Test
    void anUnmarkedType_ofAProjectThatMarksItsApi_isKept() {
        assertTrue(MARKING.audiences().keptForProject(type(MARKING, "a.Plain")));
        assertFalse(MARKING.audiences().keptForProject(type(MARKING, "a.Api")));
    }

    @Test
    void theNearestMarkDecides() {
        assertFalse(MARKING.audiences().keptForProject(type(MARKING, "a.Api.Nested")));
        assertTrue(MARKING.audiences().keptForProject(type(MARKING, "a.Api.Kept")));
        assertFalse(MARKING.audiences().keptForProject(type(MARKING, "a.open.Offered")));
        assertTrue(MARKING.audiences().keptForProject(type(MARKING, "a.open.Closed")));
        assertTrue(MARKING.audiences().keptForProject(type(MARKING, "a.Imported")));
    }

    @Test
    void aMemberMarkedPrivate_isKept() {
        assertTrue(MARKING.audiences().keptForProject(method(MARKING, "a.Api", "hook")));
        assertFalse(MARKING.audiences().keptForProject(method(MARKING, "a.Api", "call")));
    }

    @Test
    void anotherSourceFolder_isAnotherProject() {
        assertFalse(MARKING.audiences().keptForProject(type(MARKING, "b.Elsewhere")));
    }

    @Test
    void aProjectThatGrantsCodeToNamedProjects_keepsNothing() {
        Program family = Programs.link(
                "src/h/Api.java", """
                        package h;
                        import org.apache.hadoop.classification.InterfaceAudience;
                        @InterfaceAudience.Public public class Api { }
                        """,
                "src/h/Shared.java", """
                        package h;
                        import org.apache.hadoop.classification.InterfaceAudience;
                        @InterfaceAudience.LimitedPrivate({"HDFS"}) public class Shared { }
                        """,
                "src/h/Util.java", """
                        package h;
                        import org.apache.hadoop.classification.InterfaceAudience;
                        @InterfaceAudience.Private public class Util { }
                        """,
                "src/h/Plain.java", "package h; public class Plain { }");
        assertFalse(family.audiences().keptForProject(type(family, "h.Util")));
        assertFalse(family.audiences().keptForProject(type(family, "h.Plain")));
    }

    @Test
    void aProjectWithoutMarks_keepsNothing() {
        Program plain = Programs.link("src/c/Plain.java", "package c; public class Plain { public void m() { } }");
        assertFalse(plain.audiences().keptForProject(type(plain, "c.Plain")));
        assertFalse(plain.audiences().keptForProject(method(plain, "c.Plain", "m")));
    }
}
