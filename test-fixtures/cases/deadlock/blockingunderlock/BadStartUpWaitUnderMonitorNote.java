package deadlock.blockingunderlock;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A service whose synchronized start-up waits for its saved cache to load, on a loader thread that never
 * takes the service's monitor: a status query made meanwhile waits for the load, but only while the
 * service starts. A note (cassandra's StorageService.initServer waiting for the counter cache).
 */
public class BadStartUpWaitUnderMonitorNote {
    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private boolean ready;
    private int entries;

    public synchronized void initServer() throws InterruptedException, ExecutionException {
        entries = loadSaved(); // expect: BlockingUnderLock['this runs only as `BadStartUpWaitUnderMonitorNote.initServer` starts or stops']
        ready = true;
    }

    private int loadSaved() throws InterruptedException, ExecutionException {
        Future<Integer> load = loader.submit(() -> 42);
        return load.get();
    }

    public synchronized boolean isReady() {
        return ready && entries >= 0;
    }
}
