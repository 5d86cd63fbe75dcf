package dev.fearless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.discover.FileProblem;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.program.TypeInfo;
import dev.fearless.report.TextReporter;
import dev.fearless.rule.Family;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace re-extracts only changed files, and its findings always equal a cold scan of the same texts. */
class WorkspaceTest {

    /** Reports a string field whose text a field of another type repeats: a finding that spans two files. */
    @RuleMeta(family = Family.MISUSE, severity = Severity.WARNING, summary = "Repeated strings (test rule).")
    static final class RepeatedStrings implements ProgramMatcher {
        @Override
        public void matchProgram(RuleContext context) {
            for (TypeInfo t : context.program().types()) {
                for (FieldFacts f : t.facts().fields()) {
                    for (TypeInfo other : context.program().types()) {
                        for (FieldFacts g : other.facts().fields()) {
                            if (other != t && text(f) != null && text(f).equals(text(g))) {
                                context.report(t, f.pos(), "`" + f.name() + "` repeated in " + other.name())
                                        .related(other, g.pos(), "here").add();
                            }
                        }
                    }
                }
            }
        }

        private static String text(FieldFacts f) {
            return f.initializer() instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.STRING ? lit.text() : null;
        }
    }

    private static final List<RuleDescriptor> RULES = List.of(RuleDescriptor.of(new RepeatedStrings()));

    @TempDir
    Path dir;

    private Workspace workspace(String... excludes) {
        Workspace w = new Workspace(KnowledgeBase.jdk(), RULES, dir, List.of(excludes), 2, FactCache.NONE);
        w.load(Progress.NONE);
        return w;
    }

    private List<String> coldScan() {
        return lines(new Analyzer(KnowledgeBase.jdk(), RULES).analyze(new AnalysisRequest(List.of(dir), dir, List.of(), 2)));
    }

    private static List<String> lines(AnalysisResult result) {
        return result.findings().stream().map(TextReporter::line).toList();
    }

    private Path write(String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        return file;
    }

    @Test
    void loadedWorkspace_findsWhatAColdScanFinds() throws IOException {
        write("a/A.java", "package a; class A { String s = \"x\"; }\n");
        write("b/B.java", "package b; class B { String t = \"x\"; }\n");
        List<String> found = lines(workspace().analyze(Progress.NONE));

        assertEquals(2, found.size(), found::toString);
        assertEquals(coldScan(), found);
    }

    @Test
    void unsavedText_replacesTheDisk_andFindingsEqualAColdScanOfThatText() throws IOException {
        write("a/A.java", "package a; class A { String s = \"x\"; }\n");
        Path b = write("b/B.java", "package b; class B { String t = \"y\"; }\n");
        Workspace w = workspace();
        assertEquals(List.of(), lines(w.analyze(Progress.NONE)));

        String edited = "package b;\n\nclass B { String t = \"x\"; }\n";
        assertTrue(w.update(List.of(SourceChange.text(b, edited))));
        List<String> found = lines(w.analyze(Progress.NONE));

        Files.writeString(b, edited);
        assertEquals(coldScan(), found);
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.contains("b/B.java:3:18: warning: [RepeatedStrings] `t` repeated in a.A"), found::toString);
    }

    @Test
    void sameTextAgain_changesNothing_andTheAnalysisIsNotRepeated() throws IOException {
        Path a = write("a/A.java", "package a; class A { String s = \"x\"; }\n");
        Workspace w = workspace();
        AnalysisResult first = w.analyze(Progress.NONE);

        assertFalse(w.update(List.of(SourceChange.text(a, Files.readString(a)))));
        assertFalse(w.update(List.of(SourceChange.disk(a))));
        assertSame(first, w.analyze(Progress.NONE));
    }

    @Test
    void textThatDoesNotParse_keepsTheLastFactsThatDid_andReportsTheProblem() throws IOException {
        write("a/A.java", "package a; class A { String s = \"x\"; }\n");
        Path b = write("b/B.java", "package b; class B { String t = \"x\"; }\n");
        Workspace w = workspace();
        List<String> before = lines(w.analyze(Progress.NONE));

        assertTrue(w.update(List.of(SourceChange.text(b, "package b; class B { String t = \"x\"; void m( }\n"))));
        AnalysisResult broken = w.analyze(Progress.NONE);

        assertEquals(before, lines(broken));
        assertEquals(1, broken.problems().size(), broken.problems()::toString);
        assertEquals(FileProblem.Kind.PARSE_ERROR, broken.problems().get(0).kind());
        assertEquals("b/B.java", broken.problems().get(0).path());

        assertTrue(w.update(List.of(SourceChange.text(b, "package b; class B { String t = \"z\"; }\n"))));
        AnalysisResult fixed = w.analyze(Progress.NONE);
        assertEquals(List.of(), fixed.problems());
        assertEquals(List.of(), lines(fixed));
    }

    @Test
    void fileOnlyInAnEditor_joins_andADeletedFile_leaves() throws IOException {
        Path a = write("a/A.java", "package a; class A { String s = \"x\"; }\n");
        Workspace w = workspace();
        Path c = dir.resolve("c/C.java");

        assertTrue(w.update(List.of(SourceChange.text(c, "package c; class C { String u = \"x\"; }\n"))));
        assertEquals(2, w.size());
        assertEquals(2, lines(w.analyze(Progress.NONE)).size());

        Files.delete(a);
        assertTrue(w.update(List.of(SourceChange.disk(a))));
        assertEquals(1, w.size());
        assertEquals(List.of(), lines(w.analyze(Progress.NONE)));
    }

    @Test
    void covers_theSourcesADiscoveryWouldTake() throws IOException {
        write("src/A.java", "class A {}\n");
        Workspace w = workspace("**/generated/**");

        assertTrue(w.covers(dir.resolve("src/A.java")));
        assertTrue(w.covers(dir.resolve("src/New.java")));
        assertFalse(w.covers(dir.resolve("src/generated/G.java")));
        assertFalse(w.covers(dir.resolve("target/classes/T.java")));
        assertFalse(w.covers(dir.resolve("src/notes.txt")));
        assertFalse(w.covers(dir.getParent().resolve("Elsewhere.java")));
        assertFalse(w.update(List.of(SourceChange.text(dir.resolve("src/generated/G.java"), "class G {}\n"))));
    }
}
