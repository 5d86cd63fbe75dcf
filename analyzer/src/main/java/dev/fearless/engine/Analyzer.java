package dev.fearless.engine;

import dev.fearless.budget.Cutoff;
import dev.fearless.budget.Cutoffs;
import dev.fearless.discover.Discovery;
import dev.fearless.discover.FileProblem;
import dev.fearless.discover.SourceDiscoverer;
import dev.fearless.extract.FactExtractor;
import dev.fearless.facts.FileFacts;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.program.Linker;
import dev.fearless.program.Program;
import dev.fearless.rule.Family;
import dev.fearless.rule.Finding;
import dev.fearless.rule.JavaRelease;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.Summarizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline: discover, parse and extract (in parallel), link, summarize, run the rules (one walk of
 * the program, in parallel: {@link RuleScanner}), then filter suppressed findings, sort, deduplicate and
 * fingerprint. A rule that throws is reported as a {@link RuleFailure}, and the others' findings stand. Holds no state
 * between runs; safe to run twice in one JVM. With a fact cache, a rerun on exactly the same input returns the
 * result the cache kept ({@link ScanResults}).
 */
public final class Analyzer {

    private final KnowledgeBase knowledge;
    private final List<RuleDescriptor> rules;

    public Analyzer(KnowledgeBase knowledge, List<RuleDescriptor> rules) {
        this.knowledge = knowledge;
        this.rules = List.copyOf(rules);
    }

    public AnalysisResult analyze(AnalysisRequest request) {
        long t0 = System.nanoTime();
        Discovery discovery = new SourceDiscoverer(request.excludes()).discover(request.inputs(), request.root());
        long t1 = System.nanoTime();
        String resultKey = request.cache() == FactCache.NONE ? null
                : ScanResults.key(discovery, knowledge, rules, request.budgets(), request.javaRelease());
        if (resultKey != null) {
            AnalysisResult kept = ScanResults.load(request.cache(), resultKey,
                    new AnalysisResult.Timings(millis(t0, t1), millis(t1, System.nanoTime()), 0, 0, 0));
            if (kept != null) {
                return kept;
            }
        }
        List<FileOutcome> outcomes = new ParallelExtractor(new FactExtractor(knowledge), request.cache(),
                request.progress(), knowledge.fingerprint(), request.budgets().extractMillisPerFile())
                .run(discovery.files(), request.threads());
        List<FileFacts> facts = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>(discovery.problems());
        long lines = 0;
        for (FileOutcome o : outcomes) {
            if (o.facts() != null) {
                facts.add(o.facts());
                lines += o.facts().lineCount();
            } else {
                problems.add(o.problem());
            }
        }
        long t2 = System.nanoTime();
        AnalysisResult linked = analyze(facts, problems, request.threads(), request.progress(), request.budgets(),
                request.javaRelease());
        AnalysisResult.Timings after = linked.timings();
        AnalysisResult.Timings timings = new AnalysisResult.Timings(millis(t0, t1), millis(t1, t2), after.linkMillis(),
                after.summarizeMillis(), after.rulesMillis());
        AnalysisResult result = new AnalysisResult(linked.findings(), linked.problems(), discovery.files().size(),
                facts.size(), lines, timings, linked.ruleFailures(), linked.cutoffs());
        if (resultKey != null) {
            ScanResults.store(request.cache(), resultKey, result);
        }
        return result;
    }

    /**
     * The stages after extraction: links facts already extracted (kept in memory by a {@link Workspace}, for
     * instance), summarizes and checks them. {@code problems} are the files that could not be analysed,
     * reported as they are; the result's discover and extract timings are zero.
     */
    public AnalysisResult analyze(List<FileFacts> facts, List<FileProblem> problems, int threads, Progress progress) {
        return analyze(facts, problems, threads, progress, Budgets.DEFAULT, JavaRelease.UNKNOWN);
    }

    /**
     * As {@link #analyze(List, List, int, Progress)}, with the rules' time budgets and the oldest Java release
     * the code runs on given.
     */
    public AnalysisResult analyze(List<FileFacts> facts, List<FileProblem> problems, int threads, Progress progress,
            Budgets budgets, JavaRelease javaRelease) {
        long lines = 0;
        for (FileFacts f : facts) {
            lines += f.lineCount();
        }
        long t2 = System.nanoTime();
        progress.stage("linking");
        Program program = new Linker(knowledge).link(facts);
        long t3 = System.nanoTime();
        progress.stage("summarizing");
        Summaries summaries = new Summarizer().summarize(program, threads);
        long t4 = System.nanoTime();
        progress.stage("checking");
        Checked checked = check(program, summaries, threads, budgets, javaRelease);
        long t5 = System.nanoTime();
        AnalysisResult.Timings timings = new AnalysisResult.Timings(0, 0, millis(t2, t3), millis(t3, t4), millis(t4, t5));
        List<Cutoff> cutoffs = Cutoffs.merge(List.of(program.cutoffs(), summaries.cutoffs(), checked.cutoffs()));
        return new AnalysisResult(checked.findings(), problems, facts.size() + problems.size(), facts.size(), lines,
                timings, checked.failures(), cutoffs);
    }

    /** Runs the rules on an already linked program (used by tests and by the pre-commit cache). */
    public List<Finding> runRules(Program program, Summaries summaries, int threads) {
        return check(program, summaries, threads, Budgets.DEFAULT, JavaRelease.UNKNOWN).findings();
    }

    /** The findings of the rules on a linked program, and the rules that failed on it. */
    private Checked check(Program program, Summaries summaries, int threads, Budgets budgets, JavaRelease release) {
        RuleScanner.Outcome outcome = new RuleScanner(rules, budgets, release).scan(program, summaries, threads);
        return new Checked(finish(outcome.findings(), program), outcome.failures(), outcome.cutoffs());
    }

    /** Findings after suppression, sorting and fingerprinting, the rule failures, and the rules cut off. */
    private record Checked(List<Finding> findings, List<RuleFailure> failures, List<Cutoff> cutoffs) {
    }

    private List<Finding> finish(List<Finding> raw, Program program) {
        Map<String, FileFacts> byPath = new HashMap<>();
        for (FileFacts f : program.files()) {
            byPath.put(f.path(), f);
        }
        Map<String, List<String>> suppressionNames = new HashMap<>();
        Set<String> raceRules = new HashSet<>();
        for (RuleDescriptor r : rules) {
            suppressionNames.put(r.id(), r.suppressionNames());
            if (r.family() == Family.RACES || r.family() == Family.ATOMICITY) {
                raceRules.add(r.id());
            }
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : raw) {
            FileFacts file = byPath.get(f.location().path());
            List<String> names = suppressionNames.getOrDefault(f.ruleId(), List.of("fearless", "fearless:" + f.ruleId()));
            int line = f.location().pos().line();
            if (file == null || !file.suppressed(names, line)) {
                // a comment there says the race is deliberate: the authors weighed it, as a suppression says
                kept.add(file != null && raceRules.contains(f.ruleId()) && file.deliberateRace(line)
                        ? f.asNote("; a comment at this line says the race is deliberate") : f);
            }
        }
        kept.sort(Finding.ORDER);
        Set<String> seen = new LinkedHashSet<>();
        List<Finding> unique = new ArrayList<>();
        for (Finding f : kept) {
            String key = f.ruleId() + "|" + f.location().path() + "|" + f.location().pos() + "|" + f.message();
            if (seen.add(key)) {
                unique.add(f);
            }
        }
        return Fingerprints.assign(unique);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
