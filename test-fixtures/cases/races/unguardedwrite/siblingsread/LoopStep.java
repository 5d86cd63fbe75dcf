package races.unguardedwrite.siblingsread;

/** Run by the single-thread executor of {@link Steps}, and read by its clients. */
final class LoopStep extends Step implements Runnable {
    private final Runnable body;

    LoopStep(Runnable body) {
        this.body = body;
    }

    @Override
    public void run() {
        body.run();
        step();
    }
}
