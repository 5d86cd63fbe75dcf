package dev.fearless.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.config.FailOn;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.Finding;
import dev.fearless.rule.JavaRelease;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan service: configuration and options combined, rules selected, file-mode focus, baseline, fail-on. */
class ProjectScannerTest {

    /** Reports every string field initializer, as a note. */
    @RuleMeta(family = Family.MISUSE, severity = Severity.NOTE, summary = "String field initializers (test rule).")
    static final class StringFields implements ProgramMatcher {
        @Override
        public void matchProgram(RuleContext context) {
            for (TypeInfo t : context.program().types()) {
                for (FieldFacts f : t.facts().fields()) {
                    if (text(f) != null) {
                        context.report(t, f.pos(), text(f)).add();
                    }
                }
            }
        }
    }

    /** Reports a string field whose text another type's field repeats, with that field as related location. */
    @RuleMeta(family = Family.MISUSE, severity = Severity.WARNING, summary = "Repeated strings (test rule).")
    static final class RepeatedStrings implements ProgramMatcher {
        @Override
        public void matchProgram(RuleContext context) {
            for (TypeInfo t : context.program().types()) {
                for (FieldFacts f : t.facts().fields()) {
                    for (TypeInfo other : context.program().types()) {
                        for (FieldFacts g : other.facts().fields()) {
                            if (other != t && text(f) != null && text(f).equals(text(g))
                                    && t.name().compareTo(other.name()) < 0) {
                                context.report(t, f.pos(), "repeated in " + other.name())
                                        .related(other, g.pos(), "here").add();
                            }
                        }
                    }
                }
            }
        }
    }

    /** Reports, on each type, the Java release the rules are told the code runs on. */
    @RuleMeta(family = Family.MISUSE, severity = Severity.NOTE, summary = "The Java release (test rule).")
    static final class Release implements ProgramMatcher {
        @Override
        public void matchProgram(RuleContext context) {
            for (TypeInfo t : context.program().types()) {
                context.report(t, t.facts().pos(), "release " + context.javaRelease()).add();
            }
        }
    }

    private static String text(FieldFacts f) {
        return f.initializer() instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.STRING ? lit.text() : null;
    }

    private static final List<RuleDescriptor> CATALOG = List.of(RuleDescriptor.of(new StringFields()),
            RuleDescriptor.of(new RepeatedStrings()));

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** Three classes: A and B share "x", C has "y". */
    private void threeClasses() throws IOException {
        write("src/A.java", "class A {\n    String a = \"x\";\n}\n");
        write("src/B.java", "class B {\n    String b = \"x\";\n}\n");
        write("src/C.java", "class C {\n    String c = \"y\";\n}\n");
    }

    private ScanRequest request(List<Path> paths, Path config, List<String> enable, List<String> disable,
                                FailOn failOn, Path baseline) {
        return new ScanRequest(paths, dir, null, config, enable, disable, List.of(), failOn, 1, baseline, null, null);
    }

    private ScanRequest request(Path... paths) {
        return request(List.of(paths), null, List.of(), List.of(), null, null);
    }

    private static ScanOutcome scan(ScanRequest request) throws ScanException {
        return new ProjectScanner(CATALOG).scan(request);
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.location().path() + " " + f.severity().label() + " " + f.ruleId()).toList();
    }

    @Test
    void withoutConfiguration_everyRuleRuns_atItsOwnSeverity_andWarningsFail() throws Exception {
        threeClasses();
        ScanOutcome outcome = scan(request(dir.resolve("src")));
        assertEquals(List.of("src/A.java warning RepeatedStrings", "src/A.java note StringFields",
                "src/B.java note StringFields", "src/C.java note StringFields"), describe(outcome.findings()));
        assertEquals(outcome.findings(), outcome.newFindings());
        assertEquals(List.of("src/A.java warning RepeatedStrings"), describe(outcome.failing()));
        assertEquals(FailOn.WARNING, outcome.plan().failOn());
        assertEquals(null, outcome.plan().configFile());
    }

    @Test
    void configuration_disablesRules_raisesSeverities_andSetsFailOn() throws Exception {
        threeClasses();
        write("fearless.yml", "failOn: error\nrules:\n  disable: [RepeatedStrings]\n  severity: {StringFields: error}\n");
        ScanOutcome outcome = scan(request(dir.resolve("src")));
        assertEquals(List.of("src/A.java error StringFields", "src/B.java error StringFields",
                "src/C.java error StringFields"), describe(outcome.findings()));
        assertEquals(3, outcome.failing().size());
        assertEquals(dir.resolve("fearless.yml"), outcome.plan().configFile());
        assertEquals(List.of("StringFields"), outcome.plan().rules().stream().map(RuleDescriptor::id).toList());
        assertEquals(Severity.ERROR, outcome.plan().rules().get(0).severity());
    }

    @Test
    void options_replaceEnableAndFailOn_andAddToDisable() throws Exception {
        threeClasses();
        write("fearless.yml", "failOn: never\nrules:\n  enable: [StringFields]\n");
        assertEquals(List.of(), scan(request(dir.resolve("src"))).failing());

        ScanOutcome enabled = scan(request(List.of(dir.resolve("src")), null, List.of("RepeatedStrings"), List.of(),
                FailOn.WARNING, null));
        assertEquals(List.of("src/A.java warning RepeatedStrings"), describe(enabled.findings()));
        assertEquals(1, enabled.failing().size());

        ScanOutcome none = scan(request(List.of(dir.resolve("src")), null, List.of(), List.of("StringFields"), null, null));
        assertEquals(List.of(), none.findings(), "the option's disable adds to the file's enable");
    }

    @Test
    void unknownRuleIdsInOptions_areRejected_namingEachOnce() {
        ScanException e = assertThrows(ScanException.class, () -> new ProjectScanner(CATALOG).plan(
                request(List.of(dir), null, List.of("Nope"), List.of("StringFields", "Typo", "Nope"), null, null)));
        UnknownRuleException unknown = (UnknownRuleException) e;
        assertEquals(List.of("Nope", "Typo"), unknown.unknown());
        assertEquals(List.of("StringFields", "RepeatedStrings"), unknown.known());
        assertEquals("unknown rule 'Nope'; 'fearless rules' lists them", e.getMessage());
    }

    @Test
    void configurationProblems_stopTheScan_withTheReadersMessage() throws IOException {
        write("fearless.yml", "rules:\n  disable: [NoSuchRule]\n");
        ScanException bad = assertThrows(ScanException.class, () -> scan(request(dir)));
        assertEquals("fearless.yml: rules.disable: unknown rule 'NoSuchRule'; 'fearless rules' lists them",
                bad.getMessage());

        Path missing = dir.resolve("other.yml");
        ScanException absent = assertThrows(ScanException.class,
                () -> scan(request(List.of(dir), missing, List.of(), List.of(), null, null)));
        assertEquals("no such configuration file: " + missing, absent.getMessage());
    }

    @Test
    void configurationKnowledge_reachesTheAnalysis() throws Exception {
        write("fearless.yml", "knowledge:\n  threadSafe: [com.acme.SafeCache]\n");
        ScanPlan plan = new ProjectScanner(CATALOG).plan(request(dir));
        assertTrue(plan.knowledge().is("com.acme.SafeCache", TypeTrait.THREADSAFE));
    }

    @Test
    void javaRelease_ofTheFileWins_overTheBuilds_andReachesTheRules() throws Exception {
        write("src/A.java", "class A {\n}\n");
        ProjectScanner scanner = new ProjectScanner(List.of(RuleDescriptor.of(new Release())));
        ScanRequest fromBuild = new ScanRequest(List.of(dir.resolve("src")), dir, null, null, List.of(), List.of(),
                List.of(), FailOn.NEVER, 1, null, null, null, ModuleScope.NONE, JavaRelease.of(21));
        assertEquals("release 21", scanner.scan(fromBuild).findings().get(0).message());
        assertEquals("release unknown", scanner.scan(request(dir.resolve("src"))).findings().get(0).message());

        write("fearless.yml", "javaRelease: 24\n");
        assertEquals(JavaRelease.of(24), scanner.plan(fromBuild).javaRelease());
        assertEquals("release 24", scanner.scan(fromBuild).findings().get(0).message());
    }

    @Test
    void fileMode_analysesTheContext_andReportsWhatTouchesTheGivenFiles() throws Exception {
        threeClasses();
        Path b = dir.resolve("src/B.java");
        ScanRequest request = new ScanRequest(List.of(b), null, dir, null, List.of(), List.of(), List.of(), null, 1,
                null, null, null);
        ScanOutcome outcome = scan(request);
        assertEquals(dir, outcome.plan().root(), "the root defaults to the context");
        assertEquals(List.of("src/A.java warning RepeatedStrings", "src/B.java note StringFields"),
                describe(outcome.findings()), "A's finding has B as related location; C's is left out");
        assertEquals(3, outcome.result().filesAnalyzed());
    }

    @Test
    void baseline_separatesKnownFromNewFindings_andOnlyNewOnesFail() throws Exception {
        write("src/A.java", "class A {\n    String a = \"x\";\n}\n");
        write("src/B.java", "class B {\n    String b = \"x\";\n}\n");
        ScanOutcome first = scan(request(dir.resolve("src")));
        Path baseline = write("base.sarif", first.sarif());

        ScanOutcome same = scan(request(List.of(dir.resolve("src")), null, List.of(), List.of(), null, baseline));
        assertEquals(first.findings().size(), same.baselined());
        assertEquals(List.of(), same.failing());

        write("src/C.java", "class C {\n    String c = \"x\";\n}\n");
        ScanOutcome more = scan(request(List.of(dir.resolve("src")), null, List.of(), List.of(), null, baseline));
        assertTrue(more.newFindings().stream().allMatch(f -> f.location().path().equals("src/C.java")
                || f.related().stream().anyMatch(r -> r.path().equals("src/C.java"))), more.newFindings()::toString);
        assertEquals(2, more.failing().size(), "A and B now each repeat C's text: new warnings");
        assertTrue(more.sarif().contains("\"baselineState\" : \"unchanged\""));

        Path garbage = write("garbage.sarif", "{ not json");
        ScanException e = assertThrows(ScanException.class,
                () -> scan(request(List.of(dir.resolve("src")), null, List.of(), List.of(), null, garbage)));
        assertTrue(e.getMessage().contains("garbage.sarif"), e.getMessage());
    }

    @Test
    void aCacheDirectory_isFilled_andNoneLeavesNothing() throws Exception {
        threeClasses();
        Path cache = dir.resolve("cache");
        ScanRequest cached = new ScanRequest(List.of(dir.resolve("src")), dir, null, null, List.of(), List.of(),
                List.of(), null, 1, null, cache, null);
        List<Finding> cold = scan(cached).findings();
        try (Stream<Path> files = Files.walk(cache)) {
            assertEquals(3, files.filter(p -> p.toString().endsWith(".facts")).count());
        }
        assertEquals(cold, scan(cached).findings());
        scan(request(dir.resolve("src")));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(3, files.filter(p -> p.toString().endsWith(".facts")).count());
        }
    }
}
