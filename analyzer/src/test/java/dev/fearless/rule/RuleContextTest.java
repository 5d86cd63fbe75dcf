package dev.fearless.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.extract.FactExtractor;
import dev.fearless.facts.Position;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.parse.JavaSourceParser;
import dev.fearless.parse.SourceText;
import dev.fearless.program.Linker;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Summarizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleContextTest {

    @RuleMeta(family = Family.RACES, severity = Severity.WARNING, summary = "Test rule.")
    static final class Both implements ProgramMatcher {
        @Override
        public void matchProgram(RuleContext context) {
        }
    }

    @Test
    void note_overridesTheRuleSeverity_evenAProjectOverride() {
        var parsed = new JavaSourceParser().parse(new SourceText("class A { int x; }", StandardCharsets.UTF_8));
        Program program = new Linker(KnowledgeBase.jdk())
                .link(List.of(new FactExtractor(KnowledgeBase.jdk()).extract(parsed, "A.java")));
        TypeInfo a = program.type("A");
        RuleDescriptor raised = RuleDescriptor.of(new Both()).withSeverity(Severity.ERROR);
        RuleContext context = new RuleContext(raised, program, new Summarizer().summarize(program));
        context.report(a, Position.UNKNOWN, "by design").note().add();
        context.report(a, Position.UNKNOWN, "a defect").add();
        List<Finding> findings = context.findings();
        assertEquals(Severity.NOTE, findings.get(0).severity());
        assertEquals(Severity.ERROR, findings.get(1).severity());
    }
}
