package dev.fearless.cli.lsp;

import dev.fearless.engine.AnalysisResult;
import dev.fearless.engine.DirectoryFactCache;
import dev.fearless.discover.FileProblem;
import dev.fearless.engine.Progress;
import dev.fearless.engine.SourceChange;
import dev.fearless.engine.Workspace;
import dev.fearless.rule.Finding;
import dev.fearless.rule.Fix;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.scan.ProjectScanner;
import dev.fearless.scan.ScanException;
import dev.fearless.scan.ScanPlan;
import dev.fearless.scan.ScanRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * One workspace folder of the client: its {@code fearless.yml} (rules, severities, excludes, knowledge)
 * read by the scan service, the {@link Workspace} holding its facts, and what was last published for
 * each of its files. Analysed on the analysis thread only; code actions read the last published
 * findings from LSP4J's message thread, through one volatile snapshot.
 */
final class Project {

    /**
     * What code actions need of the last analysis: the findings in each file, the document versions analysed,
     * and the converter that named their files ({@code null} before the first analysis).
     */
    private record Snapshot(Map<Path, List<Finding>> findings, Map<Path, Integer> versions,
                            DiagnosticConverter converter) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), null);
    }

    private final Path root;
    private final Path configFile;
    private final Workspace workspace;
    private final DirectoryFactCache cache;
    /** On the analysis thread: the diagnostics last published per file, and the open documents' versions analysed. */
    private final Map<Path, List<Diagnostic>> published = new HashMap<>();
    private final Map<Path, Integer> versions = new HashMap<>();
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    private Project(Path root, Path configFile, Workspace workspace, DirectoryFactCache cache) {
        this.root = root;
        this.configFile = configFile;
        this.workspace = workspace;
        this.cache = cache;
    }

    /**
     * The project of a workspace folder, configured as {@code fearless scan FOLDER} would be.
     *
     * @throws ScanException if the folder cannot be read or its {@code fearless.yml} is invalid
     */
    static Project open(Path root, ServerSettings settings, List<RuleDescriptor> catalog) throws ScanException {
        ScanRequest request = new ScanRequest(List.of(root), root, null, null, List.of(), List.of(), List.of(), null,
                settings.threads(), null, settings.cacheDirectory(), Progress.NONE);
        ScanPlan plan = new ProjectScanner(catalog).plan(request);
        Workspace workspace = new Workspace(plan.knowledge(), plan.rules(), plan.root(), plan.excludes(),
                plan.threads(), plan.cache(), plan.javaRelease());
        return new Project(plan.root(), plan.configFile(), workspace,
                plan.cache() instanceof DirectoryFactCache d ? d : null);
    }

    Path root() {
        return root;
    }

    /** The configuration file read, or {@code null}. */
    Path configFile() {
        return configFile;
    }

    /** Whether {@code file} is one of the project's sources (or would be, once it exists). */
    boolean covers(Path file) {
        return workspace.covers(file);
    }

    /** Reads every source of the folder (open documents are given again by {@link #update}). */
    void load(Progress progress) {
        workspace.load(progress);
        if (cache != null) {
            cache.prune(DirectoryFactCache.UNUSED_LIMIT);
        }
    }

    int size() {
        return workspace.size();
    }

    /**
     * Takes in changed files: an open document's text, or what the disk holds.
     *
     * @return whether the findings may have changed
     */
    boolean update(Set<Path> files, OpenDocuments documents) {
        List<SourceChange> changes = new ArrayList<>();
        for (Path file : files) {
            OpenDocuments.Document d = documents.get(file);
            if (d == null) {
                versions.remove(file);
                changes.add(SourceChange.disk(file));
            } else {
                versions.put(file, d.version());
                changes.add(SourceChange.text(file, d.text()));
            }
        }
        return workspace.update(changes);
    }

    AnalysisResult analyze(Progress progress) {
        return workspace.analyze(progress);
    }

    /**
     * Publishes the diagnostics of every file whose diagnostics changed, the empty list for files that no
     * longer have any, and the diagnostics of the {@code touched} files in any case (the client learns that
     * its edit was analysed).
     */
    void publish(AnalysisResult result, OpenDocuments documents, Set<Path> touched, LanguageClient client) {
        DiagnosticConverter convert = new DiagnosticConverter(path -> uri(workspace.file(path), documents));
        Map<Path, List<Diagnostic>> now = new LinkedHashMap<>();
        Map<Path, List<Finding>> findings = new HashMap<>();
        for (Finding f : result.findings()) {
            Path file = workspace.file(f.location().path());
            now.computeIfAbsent(file, k -> new ArrayList<>()).add(convert.diagnostic(f));
            findings.computeIfAbsent(file, k -> new ArrayList<>()).add(f);
        }
        for (FileProblem p : result.problems()) {
            Path file = workspace.file(p.path());
            now.computeIfAbsent(file, k -> new ArrayList<>()).add(0, convert.diagnostic(p, workspace.analysed(file)));
        }
        List<Path> files = new ArrayList<>(now.keySet());
        for (Path gone : published.keySet()) {
            if (!now.containsKey(gone)) {
                files.add(gone);
            }
        }
        for (Path file : touched) {
            if (!now.containsKey(file) && !published.containsKey(file) && covers(file)) {
                files.add(file);
            }
        }
        // before any diagnostic goes out: a client that asks for the code actions of one it has just
        // received must find the analysis that produced it
        snapshot = new Snapshot(findings, Map.copyOf(versions), convert);
        for (Path file : files) {
            List<Diagnostic> diagnostics = now.getOrDefault(file, List.of());
            if (touched.contains(file) || !diagnostics.equals(published.getOrDefault(file, List.of()))) {
                client.publishDiagnostics(new PublishDiagnosticsParams(uri(file, documents), diagnostics,
                        versions.get(file)));
            }
            if (diagnostics.isEmpty()) {
                published.remove(file);
            } else {
                published.put(file, diagnostics);
            }
        }
    }

    /** Clears every diagnostic published for this project (the folder left the workspace). */
    void clear(OpenDocuments documents, LanguageClient client) {
        for (Path file : published.keySet()) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri(file, documents), List.of()));
        }
        published.clear();
        snapshot = Snapshot.EMPTY;
    }

    /**
     * The quick fixes of the findings in {@code file} whose range meets {@code range}, or none when the
     * document changed since it was analysed (its findings' positions may no longer hold).
     */
    List<CodeAction> codeActions(Path file, Range range, Integer version) {
        Snapshot s = snapshot;
        DiagnosticConverter convert = s.converter();
        if (convert == null || !Objects.equals(version, s.versions().get(file))) {
            return List.of();
        }
        List<CodeAction> actions = new ArrayList<>();
        for (Finding f : s.findings().getOrDefault(file, List.of())) {
            if (f.fixes().isEmpty() || !meets(DiagnosticConverter.range(f.location().pos()), range)) {
                continue;
            }
            Diagnostic diagnostic = convert.diagnostic(f);
            for (Fix fix : f.fixes()) {
                CodeAction action = new CodeAction(fix.description());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setEdit(convert.edit(fix));
                action.setIsPreferred(f.fixes().size() == 1);
                actions.add(action);
            }
        }
        return actions;
    }

    /** The URI the client knows a file by: its open document's, else the file's own. */
    static String uri(Path file, OpenDocuments documents) {
        OpenDocuments.Document d = documents.get(file);
        return d != null ? d.uri() : file.toUri().toString();
    }

    private static boolean meets(Range a, Range b) {
        return before(a.getStart(), b.getEnd()) && before(b.getStart(), a.getEnd());
    }

    /** Whether {@code p} is at or before {@code q}. */
    private static boolean before(org.eclipse.lsp4j.Position p, org.eclipse.lsp4j.Position q) {
        return p.getLine() < q.getLine() || p.getLine() == q.getLine() && p.getCharacter() <= q.getCharacter();
    }
}
