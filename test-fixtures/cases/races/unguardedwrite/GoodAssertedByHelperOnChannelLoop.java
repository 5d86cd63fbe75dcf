package races.unguardedwrite;

import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * A channel whose I/O operations live on the event loop it is registered with. Its inner unsafe calls
 * {@code assertEventLoop()}, a helper whose whole body asserts {@code !registered ||
 * eventLoop.inEventLoop()}: the helper returns only where the caller is on the loop (or the channel is
 * not registered yet, before anyone else holds it), so what the operation does after it runs on the
 * loop. A subclass hands its change of the same queue to {@code eventLoop().execute(...)}, an override
 * that returns the base class's field: one loop, whichever class names it (netty
 * AbstractChannel.AbstractUnsafe and AbstractNioChannel.setReadPending, races review).
 */
public class GoodAssertedByHelperOnChannelLoop {

    /** The base channel: its loop field and the unsafe that asserts it runs there. */
    public abstract static class BaseChannel {
        private volatile EventLoop eventLoop;
        private volatile boolean registered;
        protected final Queue<Object> reads = new ArrayDeque<>();
        private final Unsafe unsafe = new Unsafe();

        public EventLoop eventLoop() {
            EventLoop loop = this.eventLoop;
            if (loop == null) {
                throw new IllegalStateException("not registered");
            }
            return loop;
        }

        public final Unsafe unsafe() {
            return unsafe;
        }

        public void register(EventLoop loop) {
            this.eventLoop = loop;
            this.registered = true;
        }

        protected abstract void doBeginRead();

        /** The operations, each on the channel's loop. */
        public final class Unsafe {
            private void assertEventLoop() {
                assert !registered || eventLoop.inEventLoop();
            }

            public void beginRead() {
                assertEventLoop();
                reads.add(this);
                doBeginRead();
            }
        }
    }

    /** A transport that changes the queue from any thread by handing the change to the loop. */
    public static class NioChannel extends BaseChannel {
        @Override
        public EventLoop eventLoop() {
            return (EventLoop) super.eventLoop();
        }

        @Override
        protected void doBeginRead() {
            System.out.println("reading " + reads.size());
        }

        public void read() {
            unsafe().beginRead();
        }

        public void clearReadPending() {
            EventLoop loop = eventLoop();
            if (loop.inEventLoop()) {
                reads.clear();
            } else {
                loop.execute(() -> reads.clear());
            }
        }
    }
}
