package misuse.ignoredfuture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A write-behind queue hands batches made by its own factory to a pool through a private helper: the
 * batch's run() parses each operation outside any catch, so a malformed one fails the batch, and the
 * failure stays in the dropped Future.
 */
public class BadFactoryMadeBatchFails {
    private final ExecutorService executor;
    private final Consumer<String> writer;
    private Batch openBatch;

    public BadFactoryMadeBatchFails(ExecutorService executor, Consumer<String> writer) {
        this.executor = executor;
        this.writer = writer;
    }

    public synchronized void add(String operation) {
        if (openBatch == null) {
            openBatch = newBatch();
        }
        if (openBatch.add(operation)) {
            submit(openBatch); // expect: IgnoredFuture['the Future returned by `submit` is dropped']
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
                int size = Integer.parseInt(op.substring(0, op.indexOf(':')));
                writer.accept(op.substring(size));
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
