package dev.fearless.cli.lsp;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The documents the client has open: their text, which replaces the file on disk while open, and
 * version. Written on LSP4J's message thread and read on the analysis thread, so a concurrent map.
 */
final class OpenDocuments {

    /** An open document: the URI the client names it by, its version and its whole text. */
    record Document(String uri, int version, String text) {
    }

    private final ConcurrentMap<Path, Document> open = new ConcurrentHashMap<>();

    void put(Path file, Document document) {
        open.put(file, document);
    }

    /** Forgets a closed document; its file is what the disk holds again. */
    void close(Path file) {
        open.remove(file);
    }

    /** The files of the open documents. */
    Set<Path> files() {
        return Set.copyOf(open.keySet());
    }

    /** The open document of {@code file}, or {@code null}. */
    Document get(Path file) {
        return open.get(file);
    }
}
