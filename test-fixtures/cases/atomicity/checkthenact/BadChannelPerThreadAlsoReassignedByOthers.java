package atomicity.checkthenact;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The look-alike of GoodChannelPerThreadFilledOnce whose map a client also changes under a thread it
 * names ({@code reassign(worker, channel)}): that put can land between a worker's get and its own put
 * for the same key, and one of the two channels is lost.
 */
public class BadChannelPerThreadAlsoReassignedByOthers {
    private final ConcurrentMap<Thread, StringBuilder> threadToChannel = new ConcurrentHashMap<>();
    private final ExecutorService transfers = Executors.newFixedThreadPool(4);

    public void send(String file) {
        transfers.execute(() -> channel().append(file));
    }

    public void reassign(Thread worker, StringBuilder channel) {
        threadToChannel.put(worker, channel);
    }

    private StringBuilder channel() {
        Thread current = Thread.currentThread();
        StringBuilder channel = threadToChannel.get(current);
        if (channel != null) {
            return channel;
        }
        channel = new StringBuilder(current.getName());
        threadToChannel.put(current, channel); // expect: CheckThenAct['`get` and then `put` are each atomic, but not together']
        return channel;
    }
}
