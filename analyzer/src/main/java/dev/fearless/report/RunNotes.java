package dev.fearless.report;

import dev.fearless.budget.Cutoff;
import dev.fearless.discover.FileProblem;
import dev.fearless.engine.RuleFailure;
import java.util.List;

/**
 * What a run has to say besides its findings: files that could not be analysed, rules that failed on
 * some code, and limits that cut an analysis short. Reported as notifications, never left out.
 */
public record RunNotes(List<FileProblem> problems, List<RuleFailure> ruleFailures, List<Cutoff> cutoffs) {

    public RunNotes {
        problems = List.copyOf(problems);
        ruleFailures = List.copyOf(ruleFailures);
        cutoffs = List.copyOf(cutoffs);
    }
}
