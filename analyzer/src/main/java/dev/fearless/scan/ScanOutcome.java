package dev.fearless.scan;

import dev.fearless.budget.Cutoff;
import dev.fearless.engine.AnalysisResult;
import dev.fearless.discover.FileProblem;
import dev.fearless.engine.RuleFailure;
import dev.fearless.engine.Version;
import dev.fearless.report.Baseline;
import dev.fearless.report.BaselineMatch;
import dev.fearless.report.RunNotes;
import dev.fearless.report.SarifReporter;
import dev.fearless.report.SourceLines;
import dev.fearless.rule.Finding;
import java.net.URI;
import java.util.List;

/**
 * What a scan found and what follows from it.
 *
 * @param plan        what was scanned and how
 * @param result      the analysis of the whole program (in file mode, more than is reported)
 * @param baseline    the baseline read, or {@link Baseline#NONE}
 * @param matched     which findings the baseline held, and which of its results are gone
 * @param findings    the reported findings (those the focus covers), at the configured severities
 * @param newFindings those of them not in the baseline
 * @param failing     those new findings at or above {@code failOn}: the run fails when there is one
 * @param millis      wall-clock time of the analysis
 */
public record ScanOutcome(ScanPlan plan, AnalysisResult result, Baseline baseline, BaselineMatch matched,
                          List<Finding> findings, List<Finding> newFindings, List<Finding> failing, long millis) {

    /** The project's home page, named in SARIF reports. */
    public static final URI INFORMATION_URI = URI.create("https://github.com/fearless-analyzer/fearless");

    public ScanOutcome {
        findings = List.copyOf(findings);
        newFindings = List.copyOf(newFindings);
        failing = List.copyOf(failing);
    }

    /** Files that could not be analysed, among those the focus covers: to show as warnings. */
    public List<FileProblem> problems() {
        return result.problems().stream().filter(plan.focus()::covers).toList();
    }

    /**
     * How many files were skipped: could not be read (a file or a folder under a scanned one), parsed or
     * analysed. Counted over the whole program, as {@code result.problems()} lists them.
     */
    public int skipped() {
        return result.problems().size();
    }

    /** How many reported findings matched the baseline. */
    public int baselined() {
        return findings.size() - newFindings.size();
    }

    /**
     * The SARIF 2.1.0 report: every reported finding (with its baseline state when there is a
     * baseline), the baseline's results no longer found as {@code absent}, and as notifications every
     * file that could not be analysed, every rule that failed and every limit that cut an analysis short.
     */
    public String sarif() {
        boolean internal = result.problems().stream().anyMatch(p -> p.kind() == FileProblem.Kind.INTERNAL);
        RunNotes notes = new RunNotes(result.problems(), result.ruleFailures(), result.cutoffs());
        return new SarifReporter(Version.current(), INFORMATION_URI).toJson(findings, notes, plan.rules(), plan.root(),
                !internal && result.ruleFailures().isEmpty(), matched.states(findings), matched.absent(),
                new SourceLines(plan.root())) + "\n";
    }

    /** Rules that threw on some code: their other findings stand, but the run is not complete. */
    public List<RuleFailure> ruleFailures() {
        return result.ruleFailures();
    }

    /** Where a limit or a time budget cut an analysis short. */
    public List<Cutoff> cutoffs() {
        return result.cutoffs();
    }
}
