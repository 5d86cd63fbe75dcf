package dev.fearless.engine;

import dev.fearless.discover.Discovery;
import dev.fearless.discover.FileProblem;
import dev.fearless.discover.SourceDiscoverer;
import dev.fearless.discover.SourceFile;
import dev.fearless.extract.FactExtractor;
import dev.fearless.facts.FileFacts;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.rule.JavaRelease;
import dev.fearless.rule.RuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project kept in memory between analyses, for an editor session: the facts of every source file
 * under a root. A change to some files (their text in an editor, saved or not, or what the disk now
 * holds) re-extracts those files alone; {@link #analyze} then computes the findings of the whole
 * program from the facts in memory, and they equal those of a cold scan of the same texts. A file
 * that no longer parses keeps its last facts that did, and its problem is reported.
 *
 * <p>This first version links, summarizes and checks the whole program again on every analysis;
 * an incremental engine can sit behind the same methods. Not thread-safe: one thread at a time
 * loads, updates and analyses a workspace (a language server's analysis thread); {@link #covers},
 * {@link #file} and {@link #displayPath} read only what is fixed at construction, from any thread.
 */
public final class Workspace {

    private final KnowledgeBase knowledge;
    private final Analyzer analyzer;
    private final Path root;
    private final SourceDiscoverer discoverer;
    private final int threads;
    private final FactCache cache;
    private final JavaRelease javaRelease;
    /** Every source file, by display path: sorted as a discovery sorts them, so analyses match a scan's. */
    private final Map<String, Entry> files = new TreeMap<>();
    private List<FileProblem> unreadable = List.of();
    /** The analysis of the current facts, or {@code null} when something changed since the last one. */
    private AnalysisResult analysis;
    private long extractMillis;

    /** What the workspace keeps of a file: its last facts that parsed (or {@code null}) and its current problem. */
    private record Entry(Path file, FileFacts facts, FileProblem problem) {
    }

    /**
     * A workspace of the sources under {@code root}, analysed with these rules and knowledge.
     *
     * @param excludes globs of paths under the root that are not part of it
     * @param cache    where facts of files read from the disk are kept between sessions ({@link FactCache#NONE}
     *                 for none); the texts of editors are never stored
     */
    public Workspace(KnowledgeBase knowledge, List<RuleDescriptor> rules, Path root, List<String> excludes,
                     int threads, FactCache cache) {
        this(knowledge, rules, root, excludes, threads, cache, JavaRelease.UNKNOWN);
    }

    /** As the constructor above, for code that runs on {@code javaRelease} and later (the rules ask it). */
    public Workspace(KnowledgeBase knowledge, List<RuleDescriptor> rules, Path root, List<String> excludes,
                     int threads, FactCache cache, JavaRelease javaRelease) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.knowledge = knowledge;
        this.analyzer = new Analyzer(knowledge, rules);
        this.root = root.toAbsolutePath().normalize();
        this.discoverer = new SourceDiscoverer(excludes);
        this.threads = threads;
        this.cache = cache;
        this.javaRelease = javaRelease == null ? JavaRelease.UNKNOWN : javaRelease;
    }

    /** The folder the workspace holds; reported paths are relative to it. */
    public Path root() {
        return root;
    }

    /**
     * Discovers and extracts every source file under the root, in parallel, replacing whatever the workspace
     * held. Files changed in an editor must be given again with {@link #update}.
     */
    public void load(Progress progress) {
        long start = System.nanoTime();
        Discovery discovery = discoverer.discover(List.of(root), root);
        List<FileOutcome> outcomes = extractor(cache, progress).run(discovery.files(), threads);
        files.clear();
        for (FileOutcome o : outcomes) {
            SourceFile source = discovery.files().get(o.index());
            files.put(source.displayPath(), new Entry(source.path(), o.facts(), o.problem()));
        }
        unreadable = discovery.problems();
        analysis = null;
        extractMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** Whether {@code file} is one of the workspace's sources, or would be if it existed: under the root, not excluded. */
    public boolean covers(Path file) {
        return discoverer.accepts(root, file);
    }

    /** The path a finding or problem names, relative to the root, as a file. */
    public Path file(String displayPath) {
        return root.resolve(displayPath).normalize();
    }

    /** How findings and problems name {@code file}. */
    public String displayPath(Path file) {
        return SourceDiscoverer.display(root, file);
    }

    /**
     * Takes in changed files that the workspace {@linkplain #covers covers} (others are ignored) and re-extracts
     * them, in parallel. A file that does not parse keeps its last facts that did; a file read from the disk
     * that is gone leaves the workspace.
     *
     * @return whether the facts or problems of the workspace changed, so that its findings may have
     */
    public boolean update(List<SourceChange> changes) {
        long start = System.nanoTime();
        Map<String, SourceChange> latest = new LinkedHashMap<>();
        for (SourceChange c : changes) {
            if (covers(c.file())) {
                latest.put(displayPath(c.file()), c);
            }
        }
        boolean changed = false;
        List<SourceFile> extract = new ArrayList<>();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Map.Entry<String, SourceChange> e : latest.entrySet()) {
            SourceChange c = e.getValue();
            if (c.fromDisk() && !Files.isRegularFile(c.file())) {
                changed |= files.remove(e.getKey()) != null;
                continue;
            }
            long size;
            if (c.fromDisk()) {
                size = c.file().toFile().length();
            } else {
                byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
                contents.put(e.getKey(), bytes);
                size = bytes.length;
            }
            extract.add(new SourceFile(c.file(), e.getKey(), size));
        }
        // Editors' texts change with every key typed: extracted anew, and never written to the fact cache.
        for (FileOutcome o : extractor(FactCache.NONE, Progress.NONE).run(extract, threads, contents)) {
            SourceFile source = extract.get(o.index());
            Entry old = files.get(source.displayPath());
            FileFacts facts = o.facts() != null ? o.facts() : old == null ? null : old.facts();
            Entry now = new Entry(source.path(), facts, o.problem());
            if (!now.equals(old)) {
                files.put(source.displayPath(), now);
                changed = true;
            }
        }
        if (changed) {
            analysis = null;
            extractMillis = (System.nanoTime() - start) / 1_000_000;
        }
        return changed;
    }

    /**
     * The findings of the whole program as the workspace holds it now, and the files that could not be
     * analysed (a file that keeps its last facts is among them). The timings' extract time is that of the
     * changes since the last analysis. Analysing again without a change returns the same result.
     */
    public AnalysisResult analyze(Progress progress) {
        if (analysis != null) {
            return analysis;
        }
        List<FileFacts> facts = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>(unreadable);
        for (Entry e : files.values()) {
            if (e.facts() != null) {
                facts.add(e.facts());
            }
            if (e.problem() != null) {
                problems.add(e.problem());
            }
        }
        AnalysisResult result = analyzer.analyze(facts, problems, threads, progress, Budgets.DEFAULT, javaRelease);
        AnalysisResult.Timings t = result.timings();
        analysis = new AnalysisResult(result.findings(), result.problems(), files.size() + unreadable.size(),
                facts.size(), result.linesAnalyzed(), new AnalysisResult.Timings(0, extractMillis, t.linkMillis(),
                t.summarizeMillis(), t.rulesMillis()), result.ruleFailures(), result.cutoffs());
        extractMillis = 0;
        return analysis;
    }

    /** Whether the workspace holds facts of {@code file}: it is one of its sources and parsed at least once. */
    public boolean analysed(Path file) {
        Entry e = files.get(displayPath(file));
        return e != null && e.facts() != null;
    }

    /** How many source files the workspace holds. */
    public int size() {
        return files.size();
    }

    private ParallelExtractor extractor(FactCache factCache, Progress progress) {
        return new ParallelExtractor(new FactExtractor(knowledge), factCache, progress, knowledge.fingerprint());
    }

    @Override
    public String toString() {
        return "Workspace[" + root + ", " + files.size() + " files]";
    }
}
