package races.unguardedread;

/**
 * A log queue whose translator is set under the monitor only when it starts, and read without it by
 * every enqueue: the read meets the write only while the queue starts (log4j's
 * AsyncLoggerConfigDisruptor.start and enqueueEvent), a note naming the step.
 */
public class BadReadOfTranslatorSetInStartNote {
    private StringBuilder translator;
    private int queued;

    public synchronized void start() {
        translator = new StringBuilder("event:");
    }

    public synchronized int queued() {
        return queued;
    }

    public String enqueue(String event) {
        synchronized (this) {
            queued++;
        }
        return translator + event; // expect: UnguardedRead['every write it races with is made as `BadReadOfTranslatorSetInStartNote.start` starts or stops']
    }
}
