package races.unguardedread;

/** A protected hook read only from the superclass's synchronized methods: the read is made under the monitor. */
public class GoodHookCalledUnderSuperclassLock {

    public abstract static class Awaitable {
        public synchronized void await() throws InterruptedException {
            while (!isSignalled()) {
                wait();
            }
        }

        protected abstract boolean isSignalled();
    }

    public static final class Latch extends Awaitable {
        private int count = 1;

        @Override
        protected boolean isSignalled() {
            return count == 0;
        }

        public synchronized void countDown() {
            if (--count == 0) {
                notifyAll();
            }
        }
    }
}
