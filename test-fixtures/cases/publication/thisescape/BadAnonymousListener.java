package publication.thisescape;

import java.util.concurrent.atomic.AtomicInteger;

/** JCIP's ThisEscape: the anonymous listener holds the enclosing this and is published from the constructor. */
public class BadAnonymousListener {
    private final AtomicInteger seen = new AtomicInteger();
    private final String prefix;

    public BadAnonymousListener(EventSource source, String prefix) {
        source.registerListener(new EventListener() { // expect: ThisEscape
            @Override
            public void onEvent(String event) {
                doSomething(event);
            }
        });
        this.prefix = prefix;
    }

    void doSomething(String event) {
        if (event.startsWith(prefix)) {
            seen.incrementAndGet();
        }
    }
}
