package dev.fearless.cli.lsp;

import dev.fearless.engine.Version;
import dev.fearless.rule.RuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * fearless as a language server: analyses the client's workspace folders on start, keeps their facts in
 * memory, analyses again when a document is opened, changed, saved or closed (debounced), and publishes
 * each file's findings as diagnostics, with the other accesses and the other side of a cycle as related
 * information and the findings' fixes as quick fixes. Documents are synchronized whole.
 */
public final class FearlessServer implements LanguageServer, LanguageClientAware {

    private final ServerSettings settings;
    private final List<RuleDescriptor> catalog;
    private final DocumentService documents = new DocumentService(this);
    private final FolderService folders = new FolderService(this);
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile LanguageClient client;
    private volatile Session session;
    private volatile List<Path> roots = List.of();
    private volatile boolean watchFiles;
    private volatile boolean shutDown;

    /** A server choosing its rules among {@code catalog}, as each folder's {@code fearless.yml} says. */
    public FearlessServer(ServerSettings settings, List<RuleDescriptor> catalog) {
        this.settings = settings;
        this.catalog = List.copyOf(catalog);
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        roots = roots(params);
        ClientCapabilities capabilities = Optional.ofNullable(params.getCapabilities()).orElseGet(ClientCapabilities::new);
        WindowClientCapabilities window = capabilities.getWindow();
        WorkspaceClientCapabilities workspace = capabilities.getWorkspace();
        DidChangeWatchedFilesCapabilities watched = workspace == null ? null : workspace.getDidChangeWatchedFiles();
        watchFiles = watched != null && Boolean.TRUE.equals(watched.getDynamicRegistration());
        session = new Session(settings, catalog, client,
                window != null && Boolean.TRUE.equals(window.getWorkDoneProgress()));

        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        ServerCapabilities server = new ServerCapabilities();
        server.setTextDocumentSync(sync);
        server.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        WorkspaceFoldersOptions workspaceFolders = new WorkspaceFoldersOptions();
        workspaceFolders.setSupported(true);
        workspaceFolders.setChangeNotifications(true);
        server.setWorkspace(new WorkspaceServerCapabilities(workspaceFolders));
        return CompletableFuture.completedFuture(new InitializeResult(server, new ServerInfo("fearless", Version.current())));
    }

    @Override
    public void initialized(InitializedParams params) {
        if (watchFiles) {
            List<FileSystemWatcher> watchers = List.of(new FileSystemWatcher(Either.forLeft("**/*.java")),
                    new FileSystemWatcher(Either.forLeft("**/{fearless.yml,fearless.yaml,.fearless.yml}")));
            client.registerCapability(new RegistrationParams(List.of(new Registration("fearless-watched-files",
                    "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))));
        }
        session().start(roots);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        Session s = session;
        if (s != null) {
            s.stop();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        Session s = session;
        if (s != null) {
            s.stop();
        }
        exited.complete(shutDown ? 0 : 1);
    }

    /** Completes with the exit code once the client said {@code exit}: 0 after a shutdown request, else 1. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    /** Whether the client asked the server to shut down. */
    public boolean shutDownRequested() {
        return shutDown;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return folders;
    }

    /** The session begun by {@code initialize}. */
    Session session() {
        Session s = session;
        if (s == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized,
                    "fearless: initialize first", null));
        }
        return s;
    }

    /** The workspace folders, else the root URI, else the root path (older clients). */
    @SuppressWarnings("deprecation")
    private static List<Path> roots(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty()) {
            return FolderService.roots(folders);
        }
        if (params.getRootUri() != null) {
            Path root = Session.file(params.getRootUri());
            return root == null ? List.of() : List.of(root);
        }
        if (params.getRootPath() != null) {
            return List.of(Path.of(params.getRootPath()).toAbsolutePath().normalize());
        }
        return List.of();
    }
}
