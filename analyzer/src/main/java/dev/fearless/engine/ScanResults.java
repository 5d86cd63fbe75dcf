package dev.fearless.engine;

import dev.fearless.budget.Cutoff;
import dev.fearless.discover.Discovery;
import dev.fearless.discover.FileProblem;
import dev.fearless.discover.SourceFile;
import dev.fearless.facts.FactsCodec;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.rule.Finding;
import dev.fearless.rule.JavaRelease;
import dev.fearless.rule.RuleDescriptor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A whole scan's result kept in the fact cache, for a rerun on exactly the same input: the same files
 * with the same contents, the same rules at the same severities, knowledge, budgets, Java release and
 * build of fearless. The analysis is deterministic, so such a rerun (a pre-commit hook on a commit that
 * changes no Java file, a CI job run again) gets the stored findings without linking, summarizing or
 * checking. A result a time budget or a failing rule shaped is not kept: another run may differ.
 */
public final class ScanResults {

    /** Bumped when what a result holds changes. */
    private static final String FORMAT = "results-1";
    private static final FactsCodec.Of<Stored> CODEC = FactsCodec.of(Stored.class, 0x464C5231);

    /** What is kept of a result: everything but the timings and the rule failures (a result with some is not kept). */
    public record Stored(List<Finding> findings, List<FileProblem> problems, int filesFound, int filesAnalyzed,
                         long linesAnalyzed, List<Cutoff> cutoffs) {
    }

    private ScanResults() {
    }

    /**
     * The key of a scan of the files discovered: every input the result depends on. {@code null} when a
     * file cannot be read (the scan itself reports it).
     */
    static String key(Discovery discovery, KnowledgeBase knowledge, List<RuleDescriptor> rules, Budgets budgets,
                      JavaRelease release) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, FORMAT + "|" + Version.build() + "|" + knowledge.fingerprint() + "|" + budgets + "|" + release);
            for (String code : codeOf(rules)) {
                update(digest, code);
            }
            for (RuleDescriptor r : rules) {
                update(digest, r.id() + "=" + r.severity());
            }
            for (FileProblem p : discovery.problems()) {
                update(digest, "problem|" + p);
            }
            List<SourceFile> files = new ArrayList<>(discovery.files());
            files.sort(Comparator.comparing(SourceFile::displayPath));
            for (SourceFile f : files) {
                update(digest, f.displayPath());
                digest.update(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f.path())));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Where the code of the rules and of the engine comes from, and when it was built there. */
    private static Set<String> codeOf(List<RuleDescriptor> rules) {
        Set<String> code = new TreeSet<>();
        List<Class<?>> classes = new ArrayList<>();
        classes.add(ScanResults.class);
        for (RuleDescriptor r : rules) {
            classes.add(r.rule().getClass());
        }
        for (Class<?> c : classes) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                code.add(c.getName());
                continue;
            }
            try {
                Path p = Path.of(source.getLocation().toURI());
                code.add(p + "@" + (Files.isDirectory(p) ? newest(p) : Files.getLastModifiedTime(p).toMillis()));
            } catch (IOException | URISyntaxException | RuntimeException e) {
                code.add(c.getName() + "@?" + System.nanoTime()); // unknown: never the same key twice
            }
        }
        return code;
    }

    /** When the newest file under a folder of classes was written. */
    private static long newest(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.mapToLong(f -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis();
                } catch (IOException e) {
                    return Long.MAX_VALUE;
                }
            }).max().orElse(0);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /** The result kept under {@code key}, with the given timings; {@code null} when none is (or it is unreadable). */
    static AnalysisResult load(FactCache cache, String key, AnalysisResult.Timings timings) {
        byte[] bytes = cache.loadResult(key);
        if (bytes == null) {
            return null;
        }
        try {
            Stored s = CODEC.decode(bytes);
            return new AnalysisResult(s.findings(), s.problems(), s.filesFound(), s.filesAnalyzed(), s.linesAnalyzed(),
                    timings, List.of(), s.cutoffs());
        } catch (RuntimeException e) {
            return null; // damaged, or written by another format: scanned again
        }
    }

    /** Keeps the result under {@code key}, unless a time budget or a failing rule shaped it. */
    static void store(FactCache cache, String key, AnalysisResult result) {
        if (!result.ruleFailures().isEmpty() || result.cutoffs().stream().anyMatch(ScanResults::timed)
                || result.problems().stream().anyMatch(p -> p.kind() == FileProblem.Kind.TOO_COMPLEX
                        || p.kind() == FileProblem.Kind.INTERNAL)) {
            return;
        }
        try {
            cache.storeResult(key, CODEC.encode(new Stored(result.findings(), result.problems(), result.filesFound(),
                    result.filesAnalyzed(), result.linesAnalyzed(), result.cutoffs())));
        } catch (RuntimeException e) {
            // a result the format cannot hold is only not kept
        }
    }

    /** Whether a cut-off came from a time budget (a rule stopped after so long), which another run may not hit. */
    private static boolean timed(Cutoff c) {
        return c.analysis().startsWith("rule ");
    }
}
