package misuse.ignoredfuture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A write-behind queue hands batches made by its own factory to a pool through a private helper: the
 * batch's run() catches and logs what each write throws, so the dropped Future holds no failure (its
 * AssertionError marks a state the code holds impossible, not a failure anyone is meant to handle).
 */
public class GoodFactoryMadeBatchHandlesFailures {
    private final ExecutorService executor;
    private final Consumer<String> writer;
    private Batch openBatch;

    public GoodFactoryMadeBatchHandlesFailures(ExecutorService executor, Consumer<String> writer) {
        this.executor = executor;
        this.writer = writer;
    }

    public synchronized void add(String operation) {
        if (openBatch == null) {
            openBatch = newBatch();
        }
        if (openBatch.add(operation)) {
            submit(openBatch);
            openBatch = null;
        }
    }

    private Batch newBatch() {
        return new ListBatch();
    }

    private Future<?> submit(Batch batch) {
        return executor.submit(batch);
    }

    private abstract class Batch implements Runnable {
        abstract boolean add(String operation);

        abstract List<String> operations();

        @Override
        public void run() {
            for (String op : operations()) {
                if (op == null) {
                    throw new AssertionError("add() never queues null"); // a branch the code holds impossible
                }
                try {
                    writer.accept(op);
                } catch (Exception e) {
                    System.err.println("write-behind failed for " + op + ": " + e);
                }
            }
        }
    }

    private final class ListBatch extends Batch {
        private final List<String> ops = new ArrayList<>();

        @Override
        boolean add(String operation) {
            ops.add(operation);
            return ops.size() >= 10;
        }

        @Override
        List<String> operations() {
            return ops;
        }
    }
}
