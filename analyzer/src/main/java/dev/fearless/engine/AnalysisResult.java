package dev.fearless.engine;

import dev.fearless.budget.Cutoff;
import dev.fearless.discover.FileProblem;
import dev.fearless.rule.Finding;
import java.util.List;

/**
 * What a run found: findings (sorted, deduplicated, fingerprinted), files that could not be analysed,
 * counts and timings, the rules that threw while checking (their other findings stand), and where a
 * limit or a time budget cut an analysis short ({@code cutoffs}: the result is less complete there).
 */
public record AnalysisResult(List<Finding> findings, List<FileProblem> problems, int filesFound, int filesAnalyzed,
                             long linesAnalyzed, Timings timings, List<RuleFailure> ruleFailures,
                             List<Cutoff> cutoffs) {

    public AnalysisResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        ruleFailures = List.copyOf(ruleFailures);
        cutoffs = List.copyOf(cutoffs);
    }

    /** A result in which no limit was hit. */
    public AnalysisResult(List<Finding> findings, List<FileProblem> problems, int filesFound, int filesAnalyzed,
                          long linesAnalyzed, Timings timings, List<RuleFailure> ruleFailures) {
        this(findings, problems, filesFound, filesAnalyzed, linesAnalyzed, timings, ruleFailures, List.of());
    }

    /** A result in which no rule failed. */
    public AnalysisResult(List<Finding> findings, List<FileProblem> problems, int filesFound, int filesAnalyzed,
                          long linesAnalyzed, Timings timings) {
        this(findings, problems, filesFound, filesAnalyzed, linesAnalyzed, timings, List.of());
    }

    /** Wall-clock milliseconds spent in each stage of the pipeline. */
    public record Timings(long discoverMillis, long extractMillis, long linkMillis, long summarizeMillis,
                          long rulesMillis) {

        public long totalMillis() {
            return discoverMillis + extractMillis + linkMillis + summarizeMillis + rulesMillis;
        }
    }
}
