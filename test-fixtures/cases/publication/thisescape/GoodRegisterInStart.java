package publication.thisescape;

import java.util.concurrent.atomic.AtomicInteger;

/** The listener registers itself in a start() method called after the constructor returned. */
public class GoodRegisterInStart implements EventListener {
    private final AtomicInteger received = new AtomicInteger();
    private final EventSource source;

    public GoodRegisterInStart(EventSource source) {
        this.source = source;
    }

    public void start() {
        source.registerListener(this);
    }

    @Override
    public void onEvent(String event) {
        received.incrementAndGet();
    }

    public int received() {
        return received.get();
    }
}
