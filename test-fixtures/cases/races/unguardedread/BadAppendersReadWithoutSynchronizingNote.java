package races.unguardedread;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A logger's appender list, set once under the logger's monitor and read without it, where the field's
 * documentation says the authors chose not to synchronize the read (logback's Logger.aai): a note that
 * names the comment.
 */
public class BadAppendersReadWithoutSynchronizingNote {
    /**
     * We can get away with *not* synchronizing on 'appenders' (check null, read) because it is set once,
     * within addAppender, which is synchronized, and the list is thread-safe.
     */
    private List<String> appenders;

    public synchronized void addAppender(String name) {
        if (appenders == null) {
            appenders = new CopyOnWriteArrayList<>();
        }
        appenders.add(name);
    }

    public int appenderCount() {
        return appenders == null ? 0 : appenders.size(); // expect: UnguardedRead['a comment at the declaration of `appenders` says its race is deliberate']
    }
}
