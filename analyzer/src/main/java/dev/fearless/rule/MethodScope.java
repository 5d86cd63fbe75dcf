package dev.fearless.rule;

import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Position;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Summaries;

/** What an {@link EventMatcher} or {@link MethodMatcher} sees: one method, the program around it, and a way to report. */
public final class MethodScope {

    private final RuleContext context;
    private final MethodInfo method;

    public MethodScope(RuleContext context, MethodInfo method) {
        this.context = context;
        this.method = method;
    }

    public RuleContext context() {
        return context;
    }

    public Program program() {
        return context.program();
    }

    public Summaries summaries() {
        return context.summaries();
    }

    public KnowledgeBase knowledge() {
        return context.knowledge();
    }

    public MethodInfo method() {
        return method;
    }

    public MethodFacts facts() {
        return method.facts();
    }

    /** The event at {@code index} of this method. */
    public Event eventAt(int index) {
        return method.facts().eventAt(index);
    }

    /** See {@link RuleContext#checkBudget()}. */
    public void checkBudget() {
        context.checkBudget();
    }

    /** Starts a finding at {@code pos} in this method. */
    public RuleContext.FindingBuilder report(Position pos, String message) {
        return context.report(method, pos, message);
    }
}
