package races.unguardedwrite.siblings;

/** Run only by the single-thread executor of {@link Steps}. */
final class LoopStep extends Step implements Runnable {
    private final Runnable body;

    LoopStep(Runnable body) {
        this.body = body;
    }

    @Override
    public void run() {
        body.run();
        step();
        if (runs() > 1) {
            throw new IllegalStateException("ran twice");
        }
    }
}
