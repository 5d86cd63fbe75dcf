package dev.fearless.cli.lsp;

import dev.fearless.engine.AnalysisResult;
import dev.fearless.engine.Progress;
import dev.fearless.engine.RuleFailure;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.scan.ProjectScanner;
import dev.fearless.scan.ScanException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The state of one client connection: its open documents, a {@link Project} per workspace folder, and
 * the analysis loop that keeps their diagnostics up to date. The message thread records what the
 * client says and hands the work to the loop; the loop's thread alone loads, updates, analyses and
 * publishes.
 */
final class Session {

    private final ServerSettings settings;
    private final List<RuleDescriptor> catalog;
    private final LanguageClient client;
    private final boolean workDoneProgress;
    private final OpenDocuments documents = new OpenDocuments();
    /** Written on the loop's thread, read on the message thread (code actions, which file is whose). */
    private final List<Project> projects = new CopyOnWriteArrayList<>();
    /** The workspace folders the client named, whether or not their project could be opened. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AnalysisLoop loop;
    private final AtomicInteger progressIds = new AtomicInteger();

    Session(ServerSettings settings, List<RuleDescriptor> catalog, LanguageClient client, boolean workDoneProgress) {
        this.settings = settings;
        this.catalog = List.copyOf(catalog);
        this.client = client;
        this.workDoneProgress = workDoneProgress;
        this.loop = new AnalysisLoop(settings.debounceMillis(), this::analyse, this::failed);
    }

    /** The file a {@code file:} URI names, or {@code null} for another scheme or a malformed URI. */
    static Path file(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equalsIgnoreCase(parsed.getScheme()) ? Path.of(parsed).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    // --- on LSP4J's message thread ---

    /** Loads and analyses the workspace folders, in order, on the loop's thread. */
    void start(List<Path> roots) {
        if (roots.isEmpty()) {
            log(MessageType.Warning, "fearless: the client named no workspace folder; open a folder to analyse it");
        }
        for (Path root : roots) {
            folders.add(root);
            loop.submit(() -> add(root));
        }
    }

    void stop() {
        loop.shutdown();
    }

    void opened(String uri, int version, String text) {
        edited(uri, version, text);
    }

    void changed(String uri, int version, String text) {
        edited(uri, version, text);
    }

    /** A closed document is the file on disk again (or nothing, if it was never saved). */
    void closed(String uri) {
        Path file = file(uri);
        if (file != null) {
            documents.close(file);
            loop.changed(file);
        }
    }

    /** A file changed on disk: a source file is read again unless open, a configuration reloads its folder. */
    void changedOnDisk(String uri) {
        Path file = file(uri);
        if (file == null) {
            return;
        }
        if (ProjectScanner.isConfigurationFile(file)) {
            // Also a folder whose configuration could not be read: the change may have repaired it.
            if (folders.contains(file.getParent())) {
                loop.submit(() -> reload(file.getParent()));
            }
        } else if (documents.get(file) == null) {
            loop.changed(file);
        }
    }

    void foldersChanged(List<Path> added, List<Path> removed) {
        for (Path root : removed) {
            folders.remove(root);
            loop.submit(() -> remove(root));
        }
        for (Path root : added) {
            folders.add(root);
            loop.submit(() -> add(root));
        }
    }

    /** The quick fixes offered at {@code range} of a document, from its last analysis. */
    List<CodeAction> codeActions(String uri, Range range) {
        Path file = file(uri);
        Project owner = file == null ? null : owner(file);
        if (owner == null) {
            return List.of();
        }
        OpenDocuments.Document d = documents.get(file);
        return owner.codeActions(file, range, d == null ? null : d.version());
    }

    private void edited(String uri, int version, String text) {
        Path file = file(uri);
        if (file != null && file.getFileName().toString().endsWith(".java")) {
            documents.put(file, new OpenDocuments.Document(uri, version, text));
            loop.changed(file);
        }
    }

    /** The project a file belongs to: the innermost folder that covers it, or {@code null}. */
    private Project owner(Path file) {
        Project best = null;
        for (Project p : projects) {
            if (p.covers(file) && (best == null || p.root().startsWith(best.root()))) {
                best = p;
            }
        }
        return best;
    }

    // --- on the loop's thread ---

    private void add(Path root) {
        if (projects.stream().anyMatch(p -> p.root().equals(root.toAbsolutePath().normalize()))) {
            return;
        }
        Project project;
        try {
            project = Project.open(root, settings, catalog);
        } catch (ScanException e) {
            client.showMessage(new MessageParams(MessageType.Error, "fearless: " + root + ": " + e.getMessage()));
            return;
        }
        long start = System.nanoTime();
        ClientProgress progress = ClientProgress.begin(client, workDoneProgress, "fearless: analysing " + root,
                Integer.toString(progressIds.incrementAndGet()));
        project.load(progress);
        Set<Path> open = new LinkedHashSet<>();
        for (Path file : documents.files()) {
            if (project.covers(file)) {
                open.add(file);
            }
        }
        project.update(open, documents);
        AnalysisResult result = project.analyze(progress);
        projects.add(project);
        project.publish(result, documents, open, client);
        progress.end(String.format(Locale.ROOT, "fearless: %s: %s in %d files, %d ms%s", root,
                findings(result), project.size(), (System.nanoTime() - start) / 1_000_000,
                project.configFile() == null ? "" : " (configured by " + project.configFile().getFileName() + ")"));
        failures(result);
    }

    private void remove(Path root) {
        for (Project p : projects) {
            if (p.root().equals(root.toAbsolutePath().normalize())) {
                projects.remove(p);
                p.clear(documents, client);
            }
        }
    }

    private void reload(Path root) {
        remove(root);
        add(root);
    }

    /** Takes in the files changed since the last analysis and publishes the diagnostics that changed. */
    private void analyse(Set<Path> files) {
        Map<Project, Set<Path>> byProject = new LinkedHashMap<>();
        for (Path file : files) {
            Project owner = owner(file);
            if (owner != null) {
                byProject.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(file);
            }
        }
        for (Map.Entry<Project, Set<Path>> e : byProject.entrySet()) {
            Project project = e.getKey();
            long start = System.nanoTime();
            boolean changed = project.update(e.getValue(), documents);
            AnalysisResult result = project.analyze(Progress.NONE);
            if (changed) {
                // Logged before the diagnostics are published, so a client reading both sees the timings first.
                AnalysisResult.Timings t = result.timings();
                log(MessageType.Log, String.format(Locale.ROOT,
                        "fearless: %s after a change to %d file%s, %d ms (extract %d, link %d, summarize %d, rules %d)",
                        findings(result), e.getValue().size(), e.getValue().size() == 1 ? "" : "s",
                        (System.nanoTime() - start) / 1_000_000, t.extractMillis(), t.linkMillis(),
                        t.summarizeMillis(), t.rulesMillis()));
                failures(result);
            }
            project.publish(result, documents, e.getValue(), client);
        }
    }

    private void failures(AnalysisResult result) {
        for (RuleFailure f : result.ruleFailures()) {
            log(MessageType.Error, "fearless: rule " + f.ruleId() + " failed on " + f.path() + " (a bug in fearless): " + f.error());
        }
    }

    private void failed(Throwable e) {
        List<String> where = new ArrayList<>();
        for (StackTraceElement s : e.getStackTrace()) {
            if (where.size() < 5) {
                where.add(s.toString());
            }
        }
        log(MessageType.Error, "fearless: internal error (a bug in fearless): " + e + " at " + String.join(" < ", where));
    }

    private void log(MessageType type, String message) {
        client.logMessage(new MessageParams(type, message));
    }

    private static String findings(AnalysisResult result) {
        int n = result.findings().size();
        return n + (n == 1 ? " finding" : " findings");
    }
}
