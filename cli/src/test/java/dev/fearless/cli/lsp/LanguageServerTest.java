package dev.fearless.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fearless lsp} as an editor sees it: a client on the other end of a pipe initializes the server,
 * opens and edits documents, and reads the diagnostics and quick fixes it gets back.
 */
@Timeout(120)
class LanguageServerTest {

    private static final String RACE = """
            package demo;

            public class Counter {
                private int hits;

                public void recordHit() {
                    hits++;
                }

                public synchronized int hits() {
                    return hits;
                }

                public synchronized void reset() {
                    hits = 0;
                }

                public String describe() {
                    return "hits: " + hits();
                }
            }
            """;

    private static final String RUN_CALL = """
            package demo;

            public class Launch {
                void go(Thread th) {
                    th.run();
                }
            }
            """;

    @TempDir
    Path dir;

    private LspClient client;

    private LspClient start(boolean workDoneProgress) throws IOException {
        client = new LspClient(new ServerSettings(2, null, 10));
        client.initialize(workDoneProgress, dir);
        return client;
    }

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static Predicate<PublishDiagnosticsParams> version(int v) {
        return p -> p.getVersion() != null && p.getVersion() == v;
    }

    @Test
    void race_isPublishedWithTheOtherAccesses_andEditingItAway_publishesTheEmptyList() throws IOException {
        Path counter = dir.resolve("src/demo/Counter.java");
        start(false);
        client.open(counter, RACE);

        PublishDiagnosticsParams published = client.awaitDiagnostics(counter, version(1));
        assertEquals(1, published.getDiagnostics().size(), published::toString);
        Diagnostic race = published.getDiagnostics().get(0);
        assertEquals("UnguardedWrite", race.getCode().getLeft());
        assertEquals("fearless", race.getSource());
        assertEquals(DiagnosticSeverity.Warning, race.getSeverity());
        assertEquals("`hits` is updated without `this`, which guards 2 other accesses to it; it races with the read of"
                + " `hits` in `Counter.hits` (under `this`): `Counter.recordHit` runs on client threads calling `Counter`,"
                + " `Counter.hits` on client threads calling `Counter` (among others)", race.getMessage().getLeft());
        assertEquals(new Range(new Position(6, 8), new Position(6, 14)), race.getRange());
        assertTrue(race.getCodeDescription().getHref().endsWith("/UnguardedWrite.md"), race.getCodeDescription()::getHref);
        List<Integer> relatedLines = race.getRelatedInformation().stream()
                .peek(r -> assertEquals(LspClient.uri(counter), r.getLocation().getUri()))
                .map(r -> r.getLocation().getRange().getStart().getLine()).toList();
        assertTrue(relatedLines.containsAll(List.of(10, 14)), () -> "related: " + race.getRelatedInformation());

        client.change(counter, 2, RACE.replace("public void recordHit()", "public synchronized void recordHit()"));
        PublishDiagnosticsParams fixed = client.awaitDiagnostics(counter, version(2));
        assertEquals(List.of(), fixed.getDiagnostics());
    }

    @Test
    void workspaceIsAnalysedOnStart_withProgress_andAFileOnlyOnDiskGetsItsDiagnostics() throws IOException {
        Path counter = write("src/demo/Counter.java", RACE);
        start(true);

        PublishDiagnosticsParams published = client.awaitDiagnostics(counter, p -> true);
        assertEquals(List.of("UnguardedWrite"), codes(published));
        LspClient.awaitItem(client.progress, p -> p.getValue().getLeft() instanceof WorkDoneProgressBegin, "a progress begin");
        WorkDoneProgressEnd end = (WorkDoneProgressEnd) LspClient.awaitItem(client.progress,
                p -> p.getValue().getLeft() instanceof WorkDoneProgressEnd, "a progress end").getValue().getLeft();
        assertTrue(end.getMessage().contains("1 finding in 1 files"), end::getMessage);
    }

    @Test
    void quickFix_offersTheFindingsFix_asAnEditOfTheDocument() throws IOException {
        Path launch = dir.resolve("src/demo/Launch.java");
        start(false);
        client.open(launch, RUN_CALL);
        Diagnostic runCall = client.awaitDiagnostics(launch, version(1)).getDiagnostics().get(0);
        assertEquals("ThreadRunCall", runCall.getCode().getLeft());

        List<Either<Command, CodeAction>> actions = LspClient.await(client.remote.getTextDocumentService().codeAction(
                new CodeActionParams(new TextDocumentIdentifier(LspClient.uri(launch)), runCall.getRange(),
                        new CodeActionContext(List.of(runCall)))));

        assertEquals(1, actions.size(), actions::toString);
        CodeAction action = actions.get(0).getRight();
        assertEquals("Call start() instead of run()", action.getTitle());
        assertEquals(CodeActionKind.QuickFix, action.getKind());
        Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
        assertEquals(List.of(new TextEdit(new Range(new Position(4, 11), new Position(4, 14)), "start")),
                changes.get(LspClient.uri(launch)));

        List<Either<Command, CodeAction>> elsewhere = LspClient.await(client.remote.getTextDocumentService().codeAction(
                new CodeActionParams(new TextDocumentIdentifier(LspClient.uri(launch)),
                        new Range(new Position(2, 0), new Position(2, 5)), new CodeActionContext(List.of()))));
        assertEquals(List.of(), elsewhere);
    }

    @Test
    void documentThatDoesNotParse_reportsTheParseProblem_keepsItsLastFindings_andRecovers() throws IOException {
        Path counter = dir.resolve("src/demo/Counter.java");
        start(false);
        client.open(counter, RACE);
        client.awaitDiagnostics(counter, version(1));

        client.change(counter, 2, RACE.replace("hits++;", "hits++; if ("));
        PublishDiagnosticsParams broken = client.awaitDiagnostics(counter, version(2));
        assertEquals(List.of("parse-error", "UnguardedWrite"), codes(broken));
        Diagnostic problem = broken.getDiagnostics().get(0);
        assertTrue(problem.getMessage().getLeft().startsWith("fearless cannot parse this file: "),
                () -> problem.getMessage().getLeft());
        assertTrue(problem.getMessage().getLeft().contains("last version that parsed"), () -> problem.getMessage().getLeft());

        client.change(counter, 3, RACE);
        assertEquals(List.of("UnguardedWrite"), codes(client.awaitDiagnostics(counter, version(3))));
    }

    @Test
    void fearlessYml_setsTheRulesAndSeverities_ofItsFolder() throws IOException {
        write("fearless.yml", "rules:\n  severity: {UnguardedWrite: error}\n  disable: [ThreadRunCall]\n");
        Path counter = write("src/demo/Counter.java", RACE);
        Path launch = write("src/demo/Launch.java", RUN_CALL);
        start(false);
        client.open(launch, RUN_CALL);
        client.open(counter, RACE);

        assertEquals(List.of(), client.awaitDiagnostics(launch, version(1)).getDiagnostics());
        Diagnostic race = client.awaitDiagnostics(counter, version(1)).getDiagnostics().get(0);
        assertEquals(DiagnosticSeverity.Error, race.getSeverity());
    }

    @Test
    void invalidFearlessYml_isShown_andRepairingIt_analysesTheFolder() throws IOException {
        Path config = write("fearless.yml", "rules:\n  disable: [NoSuchRule]\n");
        Path counter = write("src/demo/Counter.java", RACE);
        start(false);
        MessageParams shown = LspClient.awaitItem(client.shown, m -> m.getType() == MessageType.Error, "an error shown");
        assertTrue(shown.getMessage().contains("NoSuchRule"), shown::getMessage);

        Files.writeString(config, "rules:\n  disable: [ThreadRunCall]\n");
        client.remote.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(LspClient.uri(config), FileChangeType.Changed))));
        assertEquals(List.of("UnguardedWrite"), codes(client.awaitDiagnostics(counter, p -> true)));
    }

    @Test
    void fileChangedOnDisk_isReadAgain_andItsDiagnosticsAreCleared() throws IOException {
        Path counter = write("src/demo/Counter.java", RACE);
        Path other = write("src/demo/Other.java", "package demo;\n\nclass Other {\n}\n");
        start(false);
        client.awaitDiagnostics(counter, p -> !p.getDiagnostics().isEmpty());

        // The race is fixed on disk, as a checkout would, and the client's file watcher tells the server.
        Files.writeString(counter, RACE.replace("public void recordHit()", "public synchronized void recordHit()"));
        client.remote.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(LspClient.uri(counter), FileChangeType.Changed))));
        assertEquals(List.of(), client.awaitDiagnostics(counter, p -> true).getDiagnostics());
        assertFalse(client.diagnostics.stream().anyMatch(p -> p.getUri().equals(LspClient.uri(other))
                && !p.getDiagnostics().isEmpty()));
    }

    @Test
    void closingAnEditedDocument_returnsToTheFileOnDisk() throws IOException {
        Path counter = write("src/demo/Counter.java", RACE);
        start(false);
        client.awaitDiagnostics(counter, p -> !p.getDiagnostics().isEmpty());
        client.open(counter, RACE.replace("public void recordHit()", "public synchronized void recordHit()"));
        assertEquals(List.of(), client.awaitDiagnostics(counter, version(1)).getDiagnostics());

        client.close(counter);
        assertEquals(List.of("UnguardedWrite"), codes(client.awaitDiagnostics(counter, p -> true)));
    }

    @Test
    void initialize_announcesFullSyncAndQuickFixes() throws IOException {
        client = new LspClient(new ServerSettings(1, null, 10));
        InitializeResult result = client.initialize(false, dir);
        assertEquals("fearless", result.getServerInfo().getName());
        assertNotNull(result.getCapabilities().getCodeActionProvider());
        assertTrue(result.getCapabilities().getTextDocumentSync().getRight().getOpenClose());
        client.awaitLog(m -> m.getType() == MessageType.Info && m.getMessage().contains("0 findings in 0 files"));
    }

    private static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).collect(Collectors.toList());
    }

}
