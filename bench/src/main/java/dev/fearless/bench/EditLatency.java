package dev.fearless.bench;

import dev.fearless.cli.lsp.FearlessServer;
import dev.fearless.cli.lsp.ServerSettings;
import dev.fearless.parse.SourceReader;
import dev.fearless.rules.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * How long the language server takes from an edit to its diagnostics, on a real library. Runs the
 * server in this JVM and talks to it over pipes as an editor would (LSP4J on both ends): opens the
 * workspace folder, waits for its first analysis, then edits files spread over it (a line inserted at
 * the top, which moves every position in the file, then the same edit undone) and times each edit
 * from {@code didChange} to the diagnostics published for that version. The server's log gives each
 * analysis's stages. A few edits first are not timed (JIT).
 *
 * <pre>
 * EditLatency [--edits N] [--warmup N] [--threads N] [--debounce MS] [--bench DIR] [FOLDER | library]
 * </pre>
 *
 * A library is a folder of {@code DIR/corpus} (default: cassandra), fetched by {@code bench/fetch.sh}.
 */
public final class EditLatency {

    private static final long TIMEOUT_SECONDS = 600;
    private static final Pattern STAGES = Pattern.compile(
            "(\\d+) ms \\(extract (\\d+), link (\\d+), summarize (\\d+), rules (\\d+)\\)");

    private EditLatency() {
    }

    public static void main(String[] args) throws IOException {
        int edits = 10;
        int warmup = 2;
        int threads = 2;
        long debounce = ServerSettings.DEFAULT_DEBOUNCE_MILLIS;
        Path bench = Path.of("bench");
        String target = "cassandra";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--debounce" -> debounce = Long.parseLong(args[++i]);
                case "--bench" -> bench = Path.of(args[++i]);
                default -> target = args[i];
            }
        }
        Path folder = (Files.isDirectory(Path.of(target)) ? Path.of(target) : bench.resolve("corpus").resolve(target))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            System.err.println("EditLatency: no folder " + folder + " (run bench/fetch.sh " + target + " first)");
            System.err.println("usage: EditLatency [--edits N] [--warmup N] [--threads N] [--debounce MS] [--bench DIR] "
                    + "[FOLDER | library]");
            System.exit(2);
        }
        System.exit(new EditLatency().run(folder, edits, warmup, threads, debounce, System.out));
    }

    private int run(Path folder, int edits, int warmup, int threads, long debounce, PrintStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        int count = (edits + warmup + 1) / 2;
        List<Path> picked = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            picked.add(files.get((int) ((long) k * files.size() / count + files.size() / (2L * count))));
        }
        out.printf(Locale.ROOT, "%s: %d files; %d edits (after %d untimed) in %d files, %d threads, debounce %d ms%n",
                folder.getFileName(), files.size(), edits, warmup, picked.size(), threads, debounce);
        Client client = new Client();
        FearlessServer server = new FearlessServer(new ServerSettings(threads, null, debounce), RuleCatalog.all());
        client.connect(server);
        long start = System.nanoTime();
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), folder.getFileName().toString())));
        init.setCapabilities(new ClientCapabilities());
        await(client.server.initialize(init));
        client.server.initialized(new InitializedParams());
        MessageParams loaded = take(client.logs, m -> m.getMessage().contains(" ms") && m.getMessage().contains(" findings in "));
        out.printf(Locale.ROOT, "first analysis: %.1f s (%s)%n", (System.nanoTime() - start) / 1e9, loaded.getMessage());

        List<long[]> timed = new ArrayList<>();
        int edit = 0;
        for (Path file : picked) {
            String uri = file.toUri().toString();
            String text = SourceReader.read(file).content();
            client.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "java", 1, text)));
            take(client.diagnostics, p -> p.getUri().equals(uri) && Integer.valueOf(1).equals(p.getVersion()));
            for (int version = 2; version <= 3 && edit < edits + warmup; version++, edit++) {
                String now = version == 2 ? "\n" + text : text;
                long cpu = cpuNanos();
                long t0 = System.nanoTime();
                client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(now))));
                int v = version;
                take(client.diagnostics, p -> p.getUri().equals(uri) && Integer.valueOf(v).equals(p.getVersion()));
                long wall = (System.nanoTime() - t0) / 1_000_000;
                long cpuMillis = (cpuNanos() - cpu) / 1_000_000;
                long[] stages = stages(client.logs);
                boolean measured = edit >= warmup;
                out.printf(Locale.ROOT, "%s edit %2d %-40s %6d ms  (analysis %d: extract %d, link %d, summarize %d, "
                                + "rules %d; process CPU %d ms)%n", measured ? " " : "w", edit, file.getFileName(), wall,
                        stages[0], stages[1], stages[2], stages[3], stages[4], cpuMillis);
                if (measured) {
                    timed.add(new long[] {wall, stages[0], stages[1], stages[2], stages[3], stages[4], cpuMillis});
                }
            }
        }
        String[] names = {"edit to diagnostics", "analysis", "extract", "link", "summarize", "rules", "process CPU"};
        out.printf(Locale.ROOT, "median of %d edits:%n", timed.size());
        for (int c = 0; c < names.length; c++) {
            List<Long> column = new ArrayList<>();
            for (long[] row : timed) {
                column.add(row[c]);
            }
            out.printf(Locale.ROOT, "  %-20s %6d ms%n", names[c], median(column));
        }
        await(client.server.shutdown());
        client.server.exit();
        client.close();
        return 0;
    }

    /** The stages of the last analysis logged: the server logs them just before it publishes. */
    private static long[] stages(BlockingQueue<MessageParams> logs) {
        Matcher m = null;
        for (MessageParams p = logs.poll(); p != null; p = logs.poll()) {
            Matcher candidate = STAGES.matcher(p.getMessage());
            if (candidate.find()) {
                m = candidate;
            }
        }
        if (m == null) {
            throw new IllegalStateException("the server logged no analysis for the edit");
        }
        long[] values = new long[5];
        for (int i = 0; i < 5; i++) {
            values[i] = Long.parseLong(m.group(i + 1));
        }
        return values;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the server did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static <T> T take(BlockingQueue<T> queue, Predicate<T> test) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                T item = queue.poll(left, TimeUnit.NANOSECONDS);
                if (item != null && test.test(item)) {
                    return item;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("nothing awaited came from the server within " + TIMEOUT_SECONDS + " s");
    }

    /** The editor's end: records what the server publishes and logs. */
    private static final class Client implements LanguageClient {

        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
        final BlockingQueue<MessageParams> logs = new LinkedBlockingQueue<>();
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "edit-latency-rpc");
            t.setDaemon(true);
            return t;
        });
        private Pipe toServer;
        private Pipe toClient;
        LanguageServer server;

        void connect(FearlessServer fearless) throws IOException {
            toServer = Pipe.open();
            toClient = Pipe.open();
            InputStream serverIn = Channels.newInputStream(toServer.source());
            Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(fearless, serverIn,
                    Channels.newOutputStream(toClient.sink()), threads, null);
            fearless.connect(serverSide.getRemoteProxy());
            serverSide.startListening();
            Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(this,
                    Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()), threads, null);
            server = clientSide.getRemoteProxy();
            clientSide.startListening();
        }

        void close() throws IOException {
            toServer.sink().close();
            toClient.sink().close();
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
            logs.add(message);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            logs.add(message);
        }
    }
}
