package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A resolver whose fields are documented to be accessed from one executor only ("the following fields
 * must be accessed from syncContext", gRPC's DnsNameResolver and ManagedChannelImpl): the program here
 * writes them from a pool's tasks while any client reads them. The race is found, and reported as a note
 * that names the comment: the authors say one executor orders these accesses, which the program cannot see.
 */
public class BadStateDocumentedOnOneExecutorNote {
    private final ExecutorService executor = Executors.newCachedThreadPool();

    // The following fields must be accessed from syncContext.
    private boolean resolving;
    private int attempts;

    public void refresh() {
        executor.execute(() -> {
            resolving = true; // expect: UnguardedWrite['says only one executor or thread accesses it']
            attempts++; // expect: UnguardedWrite['`attempts` is updated without a lock']
        });
    }

    public boolean resolving() {
        return resolving;
    }

    public int attempts() {
        return attempts;
    }
}
