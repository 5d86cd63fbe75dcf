package dev.fearless.cli.lsp;

import static org.junit.jupiter.api.Assertions.fail;

import dev.fearless.rules.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language client talking JSON-RPC to a {@link FearlessServer} over piped streams, LSP4J's launcher on
 * both ends, as an editor would over standard input and output. It records what the server publishes,
 * and every wait is bounded.
 */
final class LspClient implements LanguageClient, AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> logs = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();
    final BlockingQueue<ProgressParams> progress = new LinkedBlockingQueue<>();
    final FearlessServer server;
    final LanguageServer remote;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lsp-test");
        t.setDaemon(true);
        return t;
    });
    // NIO pipes rather than java.io's piped streams, which fail a read once the thread that last wrote has ended.
    private final Pipe toServer;
    private final Pipe toClient;
    private final Future<Void> serverListening;
    private final Future<Void> clientListening;

    /** A client of a server in this JVM. */
    LspClient(ServerSettings settings) throws IOException {
        server = new FearlessServer(settings, RuleCatalog.all());
        toServer = Pipe.open();
        toClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(toServer.source());
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(server, serverIn,
                Channels.newOutputStream(toClient.sink()), threads, null);
        server.connect(serverSide.getRemoteProxy());
        serverListening = serverSide.startListening();
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(this,
                Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()), threads, null);
        remote = clientSide.getRemoteProxy();
        clientListening = clientSide.startListening();
    }

    /** A client of a server in another process, over its standard input and output. */
    LspClient(InputStream fromServer, OutputStream toServerProcess) {
        server = null;
        toServer = null;
        toClient = null;
        serverListening = null;
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(this, fromServer, toServerProcess,
                threads, null);
        remote = clientSide.getRemoteProxy();
        clientListening = clientSide.startListening();
    }

    /** Initializes the server with these workspace folders, as a client with work-done progress (or not). */
    InitializeResult initialize(boolean workDoneProgress, Path... folders) {
        InitializeParams params = new InitializeParams();
        List<WorkspaceFolder> workspaceFolders = new ArrayList<>();
        for (Path f : folders) {
            workspaceFolders.add(new WorkspaceFolder(f.toUri().toString(), f.getFileName().toString()));
        }
        params.setWorkspaceFolders(workspaceFolders);
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(workDoneProgress);
        params.setCapabilities(new ClientCapabilities(null, null, window, null));
        InitializeResult result = await(remote.initialize(params));
        remote.initialized(new InitializedParams());
        return result;
    }

    void open(Path file, String text) {
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri(file), "java", 1, text)));
    }

    void change(Path file, int version, String text) {
        remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    void close(Path file) {
        remote.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri(file))));
    }

    static String uri(Path file) {
        return file.toUri().toString();
    }

    /** The next diagnostics published for {@code file} that satisfy {@code test}; others are passed over. */
    PublishDiagnosticsParams awaitDiagnostics(Path file, Predicate<PublishDiagnosticsParams> test) {
        return awaitItem(diagnostics, p -> p.getUri().equals(uri(file)) && test.test(p),
                "diagnostics for " + file.getFileName() + " (the server logged " + logs + ")");
    }

    /** The next log message that satisfies {@code test}. */
    MessageParams awaitLog(Predicate<MessageParams> test) {
        return awaitItem(logs, test, "a log message");
    }

    static <T> T awaitItem(BlockingQueue<T> queue, Predicate<T> test, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<T> seen = new ArrayList<>();
        try {
            for (long left = TIMEOUT.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                T item = queue.poll(left, TimeUnit.NANOSECONDS);
                if (item != null && test.test(item)) {
                    return item;
                }
                if (item != null) {
                    seen.add(item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fail("no " + what + " within " + TIMEOUT.toSeconds() + " s; passed over: " + seen);
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return fail("no answer from the server within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for the server", e);
        }
    }

    @Override
    public void telemetryEvent(Object object) {
        // not used
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams message) {
        shown.add(message);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        logs.add(message);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        progress.add(params);
    }

    @Override
    public void close() throws IOException {
        if (server == null) {
            // A server process: it ends its output when it exits, and the caller waits for the process.
            try {
                await(remote.shutdown());
                remote.exit();
            } finally {
                threads.shutdown();
            }
            return;
        }
        try {
            await(remote.shutdown());
            remote.exit();
            await(server.exited());
        } finally {
            // Both ends see the end of their input and stop listening; only then are their threads let go.
            toServer.sink().close();
            toClient.sink().close();
            ended(serverListening);
            ended(clientListening);
            threads.shutdownNow();
        }
    }

    private static void ended(Future<Void> listening) {
        try {
            listening.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            fail("the connection did not end", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
