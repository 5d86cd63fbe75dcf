package publication.thisescape;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A lambda calling an instance method captures this and is handed to the source during construction. */
public class BadLambdaListener {
    private final Queue<String> inbox;
    private final int limit;

    public BadLambdaListener(EventSource source, int limit) {
        this.inbox = new ConcurrentLinkedQueue<>();
        source.registerListener(e -> onEvent(e)); // expect: ThisEscape
        this.limit = limit;
    }

    private void onEvent(String event) {
        if (inbox.size() < limit) {
            inbox.offer(event);
        }
    }
}
