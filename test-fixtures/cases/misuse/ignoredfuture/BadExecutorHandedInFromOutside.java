package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;

/**
 * The indexer runs its work on the executor its client hands in, and the program itself never makes
 * one: a plain pool from the caller keeps a failing task's exception in the dropped future, so this stays
 * a warning.
 */
public class BadExecutorHandedInFromOutside {
    private final ExecutorService executor;

    public BadExecutorHandedInFromOutside(ExecutorService executor) {
        this.executor = executor;
    }

    public void indexLater(String docId) {
        executor.submit(() -> index(docId)); // expect: IgnoredFuture['the Future returned by `submit` is dropped']
    }

    private static void index(String docId) {
        if (docId.isEmpty()) {
            throw new IllegalArgumentException("empty id");
        }
    }
}
