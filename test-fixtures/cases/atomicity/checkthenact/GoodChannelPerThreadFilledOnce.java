package atomicity.checkthenact;

import static java.lang.Thread.currentThread;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Transfer tasks on a pool each open one channel for the pool thread that runs them, kept in a map keyed
 * by that thread: {@code get} and then {@code put} under the key {@code currentThread()} (statically
 * imported). Another
 * thread's get and put use its own key, so nothing can fill or change this thread's entry in between
 * (cassandra StreamingMultiplexedChannel.threadToChannelMap).
 */
public class GoodChannelPerThreadFilledOnce {
    private final ConcurrentMap<Thread, StringBuilder> threadToChannel = new ConcurrentHashMap<>();
    private final ExecutorService transfers = Executors.newFixedThreadPool(4);

    public void send(String file) {
        transfers.execute(() -> channel().append(file));
    }

    private StringBuilder channel() {
        Thread current = currentThread();
        StringBuilder channel = threadToChannel.get(current);
        if (channel != null) {
            return channel;
        }
        channel = new StringBuilder(current.getName());
        threadToChannel.put(current, channel);
        return channel;
    }
}
