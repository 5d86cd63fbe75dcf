package publication.unsafelazyinit;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A lazily built connection pool whose state is all in final fields, but one of them is the queue of
 * idle connections that borrow and give back change: two threads that both see null build two pools,
 * and each goes on with its own queue, so the pool's bound no longer holds and connections leak.
 */
public final class BadStaticPoolWithFinalQueue {
    private static Pool pool;

    private BadStaticPoolWithFinalQueue() {
    }

    public static Pool pool() {
        if (pool == null) {
            pool = new Pool(20); // expect: UnsafeLazyInit['static `pool` is lazily initialized without a lock']
        }
        return pool;
    }

    public static final class Pool {
        private final BlockingQueue<String> idle;

        Pool(int size) {
            idle = new ArrayBlockingQueue<>(size);
            for (int i = 0; i < size; i++) {
                idle.add("conn-" + i);
            }
        }

        public String borrow() throws InterruptedException {
            return idle.take();
        }

        public void giveBack(String connection) {
            idle.offer(connection);
        }
    }
}
