package races.unguardedwrite;

import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The look-alike of GoodAssertedByHelperOnChannelLoop whose {@code beginRead} adds to the queue before it
 * calls the asserting helper: the assertion says nothing about what comes before the call, and a client
 * thread adds to the queue while the loop runs the transport's task.
 */
public class BadWrittenBeforeHelperAsserts {

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
                reads.add(this);
                assertEventLoop();
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
                loop.execute(() -> reads.clear()); // expect: UnguardedWrite['`reads.clear()` changes `reads` without a lock, by a task that runs on another thread']
            }
        }
    }
}
