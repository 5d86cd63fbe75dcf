package publication.thisescape;

/** Receives events from an {@link EventSource}. */
public interface EventListener {
    void onEvent(String event);
}
