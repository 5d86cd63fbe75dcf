package dev.fearless.rule;

import dev.fearless.budget.Deadline;
import dev.fearless.facts.Location;
import dev.fearless.facts.Position;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Summaries;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule sees: the program, its summaries, the knowledge base, and a way to report findings.
 * The engine gives each rule one context per slice of its walk, confined to the thread checking that
 * slice, and joins the slices' findings in program order.
 */
public final class RuleContext {

    private final RuleDescriptor rule;
    private final Program program;
    private final Summaries summaries;
    private final JavaRelease javaRelease;
    private final List<Finding> findings = new ArrayList<>();
    private Deadline deadline = Deadline.NONE;

    public RuleContext(RuleDescriptor rule, Program program, Summaries summaries) {
        this(rule, program, summaries, JavaRelease.UNKNOWN);
    }

    public RuleContext(RuleDescriptor rule, Program program, Summaries summaries, JavaRelease javaRelease) {
        this.rule = rule;
        this.program = program;
        this.summaries = summaries;
        this.javaRelease = javaRelease;
    }

    /** Sets the time the work running now must end by (the engine does, per file and per rule). */
    public void deadline(Deadline value) {
        this.deadline = value;
    }

    /**
     * Throws {@link dev.fearless.budget.BudgetExceeded} once the current piece of work has run past its
     * budget; long loops of a rule (over every pair of a field's uses, say) call it now and then, so
     * that a huge generated file costs a notification instead of a hung run.
     */
    public void checkBudget() {
        deadline.check();
    }

    public Program program() {
        return program;
    }

    public Summaries summaries() {
        return summaries;
    }

    public KnowledgeBase knowledge() {
        return program.knowledge();
    }

    /** The Java release the project runs on, as its settings say ({@link JavaRelease#UNKNOWN} when they do not). */
    public JavaRelease javaRelease() {
        return javaRelease;
    }

    /** Starts a finding at {@code pos} in method {@code m}. */
    public FindingBuilder report(MethodInfo m, Position pos, String message) {
        return new FindingBuilder(m.path(), pos, message, m.qualifiedName());
    }

    /** Starts a finding at {@code pos} in the declaration of type {@code t}. */
    public FindingBuilder report(TypeInfo t, Position pos, String message) {
        return new FindingBuilder(t.file().path(), pos, message, t.name());
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Collects the evidence of one finding, then {@link #add()}s it. */
    public final class FindingBuilder {

        private final Location location;
        private final String message;
        private final String logicalLocation;
        private final List<Location> related = new ArrayList<>();
        private final List<List<Location>> flows = new ArrayList<>();
        private final List<Fix> fixes = new ArrayList<>();
        private boolean note;

        private FindingBuilder(String path, Position pos, String message, String logicalLocation) {
            this.location = new Location(path, pos, "");
            this.message = message;
            this.logicalLocation = logicalLocation;
        }

        public FindingBuilder related(MethodInfo m, Position pos, String note) {
            related.add(new Location(m.path(), pos, note));
            return this;
        }

        public FindingBuilder related(TypeInfo t, Position pos, String note) {
            related.add(new Location(t.file().path(), pos, note));
            return this;
        }

        public FindingBuilder related(Location where) {
            related.add(where);
            return this;
        }

        /** A code flow: the steps, in order, that lead to the problem (one thread's path). */
        public FindingBuilder flow(List<Location> steps) {
            flows.add(List.copyOf(steps));
            return this;
        }

        public FindingBuilder fix(Fix fix) {
            fixes.add(fix);
            return this;
        }

        /**
         * Reports this finding as a note, whatever the rule's severity: the problem is real but harmless
         * or by design (a start-up window, a statistics counter, debug output, a bounded admin wait).
         * Notes do not fail a run at the default {@code --fail-on}, and a project's severity override for
         * the rule does not raise them.
         */
        public FindingBuilder note() {
            note = true;
            return this;
        }

        public void add() {
            findings.add(new Finding(rule.id(), note ? Severity.NOTE : rule.severity(), location, message,
                    logicalLocation, related, flows,
                    fixes, ""));
        }
    }
}
