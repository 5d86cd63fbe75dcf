package atomicity.checkthenact;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A task class declared in a method, whose objects are made where they are handed to the class's
 * single-thread executor: its get-then-set of the atomic runs there, one task at a time with every other
 * change of it (gRPC's ManagedChannelImpl.RealChannel: RealChannelShutdown handed to syncContext.execute).
 */
public class GoodLocalShutdownTaskOnSerialExecutor {
    private final ExecutorService serial = Executors.newSingleThreadExecutor();
    private final AtomicReference<String> selector = new AtomicReference<>("initial");

    public void update(String next) {
        serial.execute(() -> selector.set(next));
    }

    public void shutdown() {
        final class Shutdown implements Runnable {
            @Override
            public void run() {
                if (selector.get() == null) {
                    return;
                }
                selector.set(null);
            }
        }
        serial.execute(new Shutdown());
    }
}
