// EXPECT: none
package probe15b; import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lazily created, process-wide RPC channel manager. Service stubs call
 * channels() from their request threads, concurrently, the first time they
 * send a call; creation is deferred because it starts a keep-alive thread.
 */
public final class GrpcChannelHolder {

    static final class ChannelManager {
        private final Semaphore maxConcurrentStreams;
        private final ScheduledExecutorService keepAlive;

        ChannelManager(int streams) {
            this.maxConcurrentStreams = new Semaphore(streams);
            this.keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rpc-keepalive");
                t.setDaemon(true);
                return t;
            });
            keepAlive.scheduleWithFixedDelay(this::ping, 20, 20, TimeUnit.SECONDS);
        }

        byte[] unaryCall(String method, byte[] request) throws IOException, InterruptedException {
            maxConcurrentStreams.acquire();
            try {
                return request.clone();
            } finally {
                maxConcurrentStreams.release();
            }
        }

        private void ping() {
            // send HTTP/2 PING frames on idle channels
        }
    }

    private static final int MAX_STREAMS = 100;
    private static volatile ChannelManager channels;

    private GrpcChannelHolder() {
    }

    static ChannelManager channels() {
        ChannelManager m = channels;
        if (m == null) { // OK: volatile double-checked locking; creation re-checked and done once under the class lock
            synchronized (GrpcChannelHolder.class) {
                m = channels;
                if (m == null) {
                    m = new ChannelManager(MAX_STREAMS);
                    channels = m;
                }
            }
        }
        return m;
    }

    public static byte[] call(String method, byte[] request) throws IOException, InterruptedException {
        return channels().unaryCall(method, request);
    }
}
