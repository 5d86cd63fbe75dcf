package publication.thisescape;

/** A source of events that calls its listeners from its own dispatch thread. */
public interface EventSource {
    void registerListener(EventListener listener);
}
