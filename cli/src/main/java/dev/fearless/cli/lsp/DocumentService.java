package dev.fearless.cli.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The client's documents: opened, changed (the whole text with each change), saved and closed, and the
 * quick fixes asked for at a place. Runs on LSP4J's message thread and only hands work to the session.
 */
final class DocumentService implements TextDocumentService {

    private final FearlessServer server;

    DocumentService(FearlessServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        server.session().opened(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (changes.isEmpty()) {
            return;
        }
        // Full synchronization: every change carries the whole text, and the last one is the document now.
        server.session().changed(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                changes.get(changes.size() - 1).getText());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        server.session().closed(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The open document's text was analysed already; a file saved while not open is read again.
        server.session().changedOnDisk(params.getTextDocument().getUri());
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (CodeAction a : server.session().codeActions(params.getTextDocument().getUri(), params.getRange())) {
            actions.add(Either.forRight(a));
        }
        return CompletableFuture.completedFuture(actions);
    }
}
