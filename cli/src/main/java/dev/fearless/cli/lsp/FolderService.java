package dev.fearless.cli.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The client's workspace: files changed on disk (sources, {@code fearless.yml}) and folders added or
 * removed. The editor's settings are not read: {@code fearless.yml} configures a folder.
 */
final class FolderService implements WorkspaceService {

    private final FearlessServer server;

    FolderService(FearlessServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // Nothing: fearless.yml in each folder is the configuration, watched as a file.
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        for (FileEvent e : params.getChanges()) {
            server.session().changedOnDisk(e.getUri());
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        server.session().foldersChanged(roots(params.getEvent().getAdded()), roots(params.getEvent().getRemoved()));
    }

    /** The folders of workspace folders with a {@code file:} URI. */
    static List<Path> roots(List<WorkspaceFolder> folders) {
        List<Path> roots = new ArrayList<>();
        for (WorkspaceFolder f : folders == null ? List.<WorkspaceFolder>of() : folders) {
            Path root = Session.file(f.getUri());
            if (root != null) {
                roots.add(root);
            }
        }
        return roots;
    }
}
