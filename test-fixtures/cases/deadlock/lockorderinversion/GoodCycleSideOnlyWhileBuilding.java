package deadlock.lockorderinversion;

import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator takes a session's monitor while holding its own only in {@code transferFiles}, which
 * runs while the plan is being built on one thread, before {@code execute} hands the coordinator and its
 * sessions to other threads. The other order (a session completing, then reporting to the coordinator)
 * happens only after that, so the two never overlap (cassandra StreamCoordinator.transferStreams,
 * deadlock review A3-A8).
 */
public class GoodCycleSideOnlyWhileBuilding {

    /** A plan is built by one thread, then executed. */
    public static final class Plan {
        private final Coordinator coordinator = new Coordinator();

        public Plan transferFiles(String peer, List<String> files) {
            coordinator.transferFiles(peer, files);
            return this;
        }

        public void execute() {
            for (Session session : coordinator.sessions()) {
                new Thread(session::stream).start();
            }
        }
    }

    /** Tracks the sessions of one plan. */
    public static final class Coordinator {
        private final List<Session> sessions = new ArrayList<>();
        private int completed;

        synchronized void transferFiles(String peer, List<String> files) {
            Session session = new Session(this, peer);
            sessions.add(session);
            session.addFiles(files); // known-fp: LockOrderInversion['this path holds `Coordinator.this` and takes `Session.this`, while `Session.closeSession`'] #deadlock review A3-A8
        }

        synchronized List<Session> sessions() {
            return new ArrayList<>(sessions);
        }

        synchronized void sessionComplete(Session session) {
            completed++;
        }
    }

    /** Streams files to one peer. */
    public static final class Session {
        private final Coordinator coordinator;
        private final String peer;
        private final List<String> files = new ArrayList<>();
        private boolean closed;

        Session(Coordinator coordinator, String peer) {
            this.coordinator = coordinator;
            this.peer = peer;
        }

        synchronized void addFiles(List<String> more) {
            files.addAll(more);
        }

        void stream() {
            int count;
            synchronized (this) {
                count = files.size();
            }
            System.out.println("streaming " + count + " files to " + peer);
            closeSession();
        }

        synchronized void closeSession() { // related: LockOrderInversion['`Session.this` is taken here (Session.closeSession)']
            if (!closed) {
                closed = true;
                coordinator.sessionComplete(this); // expect: LockOrderInversion['other side of a lock-order inversion']
            }
        }
    }
}
