package atomicity.putifabsentignored;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Registers the session it is handed and then starts it: if another thread registered one under the same
 * id first, the map keeps that one and this thread starts a session no lookup will ever find.
 */
public class BadParameterUsedAfterPutIfAbsent {
    private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();

    public void register(Session session) {
        sessions.putIfAbsent(session.id(), session); // expect: PutIfAbsentIgnored['the result of `putIfAbsent` is ignored, but `session` is used afterwards']
        session.start(); // related: PutIfAbsentIgnored['`session` is used here']
    }

    /** A session with an id. */
    public interface Session {
        String id();

        void start();
    }
}
