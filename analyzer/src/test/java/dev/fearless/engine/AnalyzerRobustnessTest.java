package dev.fearless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.discover.FileProblem;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.Finding;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad file never stops the run: it is reported, and every other file is still analysed. */
class AnalyzerRobustnessTest {

    /** Reports every string constant a field is initialized with, so a test sees what was read and analysed. */
    @RuleMeta(family = Family.MISUSE, severity = Severity.NOTE, summary = "Reports string field initializers (test rule).")
    static final class StringConstants implements ProgramMatcher {
        @Override
        public void matchProgram(RuleContext context) {
            for (TypeInfo t : context.program().types()) {
                for (FieldFacts f : t.facts().fields()) {
                    if (f.initializer() instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.STRING) {
                        context.report(t, f.pos(), lit.text()).add();
                    }
                }
            }
        }
    }

    @TempDir
    Path dir;

    private AnalysisResult analyze() {
        Analyzer analyzer = new Analyzer(KnowledgeBase.jdk(), List.of(RuleDescriptor.of(new StringConstants())));
        return analyzer.analyze(new AnalysisRequest(List.of(dir), dir, List.of(), 2));
    }

    private void write(String name, String source) throws IOException {
        write(name, source, StandardCharsets.UTF_8);
    }

    private void write(String name, String source, Charset charset) throws IOException {
        Files.writeString(dir.resolve(name), source, charset);
    }

    private static Set<String> messages(AnalysisResult result) {
        return result.findings().stream().map(Finding::message).collect(Collectors.toSet());
    }

    @Test
    void fileThatDoesNotParse_isReportedAsParseError_withPosition_andOthersAreAnalysed() throws IOException {
        write("Good.java", "class Good { String s = \"good\"; }\n");
        write("Broken.java", "class Broken {\n  void m( {\n}\n");
        AnalysisResult result = analyze();

        assertEquals(1, result.problems().size(), result.problems()::toString);
        FileProblem problem = result.problems().get(0);
        assertEquals(FileProblem.Kind.PARSE_ERROR, problem.kind());
        assertEquals("Broken.java", problem.path());
        assertTrue(problem.pos().isKnown(), () -> "position: " + problem.pos());
        assertEquals(2, problem.pos().line());
        assertEquals(Set.of("good"), messages(result));
        assertEquals(2, result.filesFound());
        assertEquals(1, result.filesAnalyzed());
    }

    @Test
    void deeplyNestedFile_isAnalysedOrReportedAsTooComplex_withoutStoppingTheRun() throws IOException {
        int depth = 20_000;
        write("DeepParens.java", "class DeepParens { int f() { return " + "(".repeat(depth) + "1" + ")".repeat(depth)
                + "; } }\n");
        write("DeepIfs.java", "class DeepIfs { void f(boolean b) {\n" + "if (b) {\n".repeat(depth) + "}\n".repeat(depth)
                + "} }\n");
        write("Good.java", "class Good { String s = \"good\"; }\n");
        AnalysisResult result = analyze();

        assertEquals(Set.of("good"), messages(result));
        for (FileProblem p : result.problems()) {
            assertTrue(p.kind() == FileProblem.Kind.TOO_COMPLEX || p.kind() == FileProblem.Kind.PARSE_ERROR,
                    () -> "unexpected problem: " + p.describe());
        }
        assertEquals(3, result.filesAnalyzed() + result.problems().size());
    }

    @Test
    void fileWhoseExtractionRunsPastItsBudget_isSkippedAndReported_andOthersAreAnalysed() throws IOException {
        write("Good.java", "class Good { String s = \"good\"; }\n");
        StringBuilder huge = new StringBuilder("class Generated {\n  int n;\n  void m() {\n");
        for (int i = 0; i < 50_000; i++) {
            huge.append("    n = n + ").append(i).append(";\n");
        }
        write("Generated.java", huge.append("  }\n}\n").toString());
        AnalysisResult result = new Analyzer(KnowledgeBase.jdk(), List.of(RuleDescriptor.of(new StringConstants())))
                .analyze(new AnalysisRequest(List.of(dir), dir, List.of(), 2, FactCache.NONE, Progress.NONE,
                        new Budgets(10_000, 10_000, 1)));
        assertEquals(Set.of("good"), messages(result));
        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertEquals("Generated.java: skipped: extracting its facts took longer than 1 ms",
                result.problems().get(0).describe());
    }

    @Test
    void latin1File_withNonAsciiLiteral_isReadAndAnalysed() throws IOException {
        write("Latin.java", "class Latin { String s = \"caf\u00e9\"; }\n", StandardCharsets.ISO_8859_1);
        AnalysisResult result = analyze();
        assertEquals(List.of(), result.problems());
        assertEquals(Set.of("caf\u00e9"), messages(result));
    }

    @Test
    void utf8FileWithByteOrderMark_isReadAndAnalysed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("class Bom { String s = \"\u00fcber\"; }\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("Bom.java"), bytes.toByteArray());
        AnalysisResult result = analyze();
        assertEquals(List.of(), result.problems());
        assertEquals(Set.of("\u00fcber"), messages(result));
    }

    @Test
    void utf16FileWithByteOrderMark_isReadAndAnalysed() throws IOException {
        // Java's UTF-16 encoder writes a big-endian byte order mark first.
        write("Wide.java", "class Wide { String s = \"\u65e5\u672c\"; }\n", StandardCharsets.UTF_16);
        AnalysisResult result = analyze();
        assertEquals(List.of(), result.problems());
        assertEquals(Set.of("\u65e5\u672c"), messages(result));
    }

    @Test
    void danglingSymlinkGivenAsInput_isReportedUnreadable() throws IOException {
        write("Good.java", "class Good { String s = \"good\"; }\n");
        Path link = dir.resolve("Gone.java");
        createSymlinkOrSkip(link, dir.resolve("missing.java"));
        Analyzer analyzer = new Analyzer(KnowledgeBase.jdk(), List.of(RuleDescriptor.of(new StringConstants())));
        AnalysisResult result = analyzer.analyze(new AnalysisRequest(List.of(link, dir.resolve("Good.java")), dir,
                List.of(), 1));

        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertEquals(FileProblem.Kind.UNREADABLE, result.problems().get(0).kind());
        assertTrue(result.problems().get(0).path().endsWith("Gone.java"), result.problems().get(0)::toString);
        assertEquals(Set.of("good"), messages(result));
    }

    @Test
    void danglingSymlinkInsideScannedFolder_isReportedUnreadable() throws IOException {
        write("Good.java", "class Good { String s = \"good\"; }\n");
        createSymlinkOrSkip(dir.resolve("Gone.java"), dir.resolve("missing.java"));
        AnalysisResult result = analyze();

        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertEquals(FileProblem.Kind.UNREADABLE, result.problems().get(0).kind());
        assertEquals("Gone.java", result.problems().get(0).path());
        assertEquals(Set.of("good"), messages(result));
    }

    @Test
    void sameRequestTwice_givesTheSameFindings() throws IOException {
        write("A.java", "class A { String s = \"a\"; String t = \"b\"; }\n");
        write("B.java", "class B { String s = \"c\"; }\n");
        AnalysisResult first = analyze();
        AnalysisResult second = analyze();
        assertEquals(3, first.findings().size());
        assertEquals(first.findings(), second.findings());
    }

    @Test
    void findings_areSortedByFileThenLine_andFingerprinted() throws IOException {
        write("B.java", "class B {\n  String s = \"b2\";\n  String t = \"b3\";\n}\n");
        write("A.java", "class A { String s = \"a\"; }\n");
        List<Finding> findings = analyze().findings();
        assertEquals(List.of("A.java", "B.java", "B.java"), findings.stream().map(f -> f.location().path()).toList());
        assertEquals(List.of(1, 2, 3), findings.stream().map(f -> f.location().pos().line()).toList());
        for (Finding f : findings) {
            assertNotEquals("", f.fingerprint());
        }
        assertEquals(3, findings.stream().map(Finding::fingerprint).distinct().count());
    }

    @Test
    void suppressedFinding_isDropped() throws IOException {
        write("S.java", """
                class S {
                    @SuppressWarnings("fearless:StringConstants")
                    String hidden = "hidden";
                    @SuppressWarnings("fearless:OtherRule")
                    String shown = "shown";
                }
                """);
        assertEquals(Set.of("shown"), messages(analyze()));
    }

    private static void createSymlinkOrSkip(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            Assumptions.abort("symbolic links are not supported here: " + e);
        }
    }
}
