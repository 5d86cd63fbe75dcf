package dev.fearless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Event;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.FieldMatcher;
import dev.fearless.rule.Finding;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;
import dev.fearless.summary.FieldUse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's single walk: each matcher is called for what it asked, and a rule that throws does not stop the run. */
class RuleScannerTest {

    /** Reports every call named {@code boom}, and throws on calls named {@code crash}. */
    @RuleMeta(family = Family.MISUSE, severity = Severity.NOTE, summary = "Test rule: calls.")
    static final class Calls implements EventMatcher {
        @Override
        public Set<EventKind> eventKinds() {
            return Set.of(EventKind.CALL);
        }

        @Override
        public void matchEvent(MethodScope scope, int index, Event event) {
            Event.Call call = scope.facts().callAt(index);
            if (call.name().equals("crash")) {
                throw new IllegalStateException("crash in " + scope.method().name());
            }
            scope.report(call.pos(), "call " + call.name() + " in " + scope.method().name()).add();
        }
    }

    /** Throws on every method. */
    @RuleMeta(family = Family.MISUSE, severity = Severity.NOTE, summary = "Test rule: always throws.")
    static final class Broken implements MethodMatcher {
        @Override
        public void matchMethod(MethodScope scope) {
            throw new UnsupportedOperationException("broken");
        }
    }

    /** Reports each type, each used field and the program once. */
    @RuleMeta(family = Family.MISUSE, severity = Severity.NOTE, summary = "Test rule: declarations.")
    static final class Declarations implements TypeMatcher, FieldMatcher, ProgramMatcher {
        @Override
        public void matchType(RuleContext context, TypeInfo type) {
            context.report(type, type.facts().pos(), "type " + type.simpleName()).add();
        }

        @Override
        public void matchField(RuleContext context, FieldInfo field, List<FieldUse> uses) {
            context.report(field.owner(), field.facts().pos(), "field " + field.name() + " used " + uses.size()).add();
        }

        @Override
        public void matchProgram(RuleContext context) {
            TypeInfo any = context.program().type("A");
            context.report(any, any.facts().pos(), "program of " + context.program().types().size()).add();
        }
    }

    /** Spins on every method until its budget runs out, like a rule that is quadratic on a huge file. */
    @RuleMeta(family = Family.MISUSE, severity = Severity.NOTE, summary = "Test rule: never finishes.")
    static final class Endless implements MethodMatcher {
        @Override
        public void matchMethod(MethodScope scope) {
            while (true) {
                scope.checkBudget();
                Thread.onSpinWait();
            }
        }
    }

    @TempDir
    Path dir;

    private AnalysisResult analyze(int threads, RuleDescriptor... rules) throws IOException {
        return analyze(threads, Budgets.DEFAULT, rules);
    }

    private AnalysisResult analyze(int threads, Budgets budgets, RuleDescriptor... rules) throws IOException {
        Files.writeString(dir.resolve("A.java"), """
                class A {
                    int count;
                    public void one() { boom(); crash(); count++; }
                    public void two() { boom(); }
                    void boom() { }
                    void crash() { }
                }
                """);
        Files.writeString(dir.resolve("B.java"), "class B { public void three() { new A().boom(); } }\n");
        return new Analyzer(KnowledgeBase.jdk(), List.of(rules)).analyze(new AnalysisRequest(List.of(dir), dir,
                List.of(), threads, FactCache.NONE, Progress.NONE, budgets));
    }

    private static List<String> messages(AnalysisResult result) {
        return result.findings().stream().map(Finding::message).toList();
    }

    @Test
    void ruleThatThrows_isReportedAsFailure_andOtherRulesAndChecksGoOn() throws IOException {
        AnalysisResult result = analyze(2, RuleDescriptor.of(new Broken()), RuleDescriptor.of(new Calls()));

        assertEquals(List.of("call boom in one", "call boom in two", "call boom in three"), messages(result));
        assertEquals(2, result.ruleFailures().size(), result.ruleFailures()::toString);
        RuleFailure broken = result.ruleFailures().get(0);
        assertEquals("Broken", broken.ruleId());
        assertTrue(broken.error() instanceof UnsupportedOperationException);
        assertEquals(5, broken.count(), "once per method: A's four and B's one");
        RuleFailure calls = result.ruleFailures().get(1);
        assertEquals("Calls", calls.ruleId());
        assertEquals("A.one", calls.declaration());
        assertEquals("A.java", calls.path());
        assertEquals(1, calls.count());
        assertTrue(calls.describe().startsWith("rule Calls failed on A.one (A.java): java.lang.IllegalStateException"),
                calls.describe());
    }

    @Test
    void typeFieldAndProgramMatchers_areEachCalledForWhatTheyAsk() throws IOException {
        AnalysisResult result = analyze(2, RuleDescriptor.of(new Declarations()));

        assertEquals(List.of("program of 2", "type A", "field count used 1", "type B"), messages(result));
        assertEquals(List.of(), result.ruleFailures());
    }

    @Test
    void result_doesNotDependOnThreadCount() throws IOException {
        RuleDescriptor[] rules = {RuleDescriptor.of(new Calls()), RuleDescriptor.of(new Declarations()),
                RuleDescriptor.of(new Broken())};
        AnalysisResult one = analyze(1, rules);
        AnalysisResult four = analyze(4, rules);

        assertEquals(one.findings(), four.findings());
        assertEquals(one.ruleFailures().stream().map(RuleFailure::describe).toList(),
                four.ruleFailures().stream().map(RuleFailure::describe).toList());
    }

    @Test
    void ruleOverItsBudget_isCutOffPerFile_reported_andTheRunCompletes() throws IOException {
        AnalysisResult result = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> analyze(2, new Budgets(50, 50, 60_000), RuleDescriptor.of(new Endless()),
                        RuleDescriptor.of(new Calls())));

        assertEquals(List.of("call boom in one", "call boom in two", "call boom in three"), messages(result));
        List<String> cut = result.cutoffs().stream().map(c -> c.describe()).toList();
        assertEquals(List.of("rule Endless: cut off after 50 ms on a file (2 places, e.g. A.java)"), cut);
    }
}
