package deadlock.lockorderinversion.owner;

/** The owner's control: its back-reference always leads to the one owner that made it. */
class FlushControl {
    private final Writer writer;
    private int deletes;

    FlushControl(Writer writer) {
        this.writer = writer;
    }

    synchronized long markForFlush() {
        return writer.resetQueue();
    }

    synchronized void onDelete() {
        deletes++;
    }
}
