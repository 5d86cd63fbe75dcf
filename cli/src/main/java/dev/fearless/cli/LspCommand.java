package dev.fearless.cli;

import dev.fearless.cli.lsp.FearlessServer;
import dev.fearless.cli.lsp.ServerSettings;
import dev.fearless.engine.DirectoryFactCache;
import dev.fearless.rules.RuleCatalog;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fearless lsp}: the language server, over standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, sortOptions = false,
        description = {"Runs the language server: speaks the Language Server Protocol over standard input and output, "
                + "for live findings in an editor.",
                "Analyses each workspace folder on start (configured by its fearless.yml), keeps the program in memory, "
                        + "analyses again when a document is opened, changed, saved or closed, and publishes the "
                        + "findings as diagnostics with their fixes as quick fixes."})
final class LspCommand implements Callable<Integer> {

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: fearless.yml's, else the "
            + "number of cores).")
    private Integer threads;

    @Option(names = "--debounce", paramLabel = "MS", description = "Analyse once no change has come for MS "
            + "milliseconds (default: ${DEFAULT-VALUE}).")
    private long debounceMillis = ServerSettings.DEFAULT_DEBOUNCE_MILLIS;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where to keep facts of files read from disk between sessions (default: the user's cache "
                    + "folder, as for scan).")
    private Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the fact cache.")
    private boolean noCache;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (debounceMillis < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--debounce cannot be negative");
        }
        // Standard output carries the protocol alone: anything else printed goes to standard error.
        InputStream in = System.in;
        PrintStream out = System.out;
        System.setOut(System.err);
        FearlessServer server = new FearlessServer(new ServerSettings(threads,
                noCache ? null : cacheDir != null ? cacheDir : DirectoryFactCache.defaultDirectory(), debounceMillis),
                RuleCatalog.all());
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        // The client ends the session with 'exit', or by closing standard input: 0 after a shutdown request, else 1.
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        Thread input = new Thread(() -> {
            try {
                listening.get();
                closed.complete(server.shutDownRequested() ? Main.OK : 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                closed.complete(Main.INTERNAL);
            }
        }, "fearless-lsp-input");
        input.setDaemon(true);
        input.start();
        try {
            return (Integer) CompletableFuture.anyOf(server.exited(), closed).get();
        } catch (ExecutionException e) {
            return Main.INTERNAL;
        }
    }
}
