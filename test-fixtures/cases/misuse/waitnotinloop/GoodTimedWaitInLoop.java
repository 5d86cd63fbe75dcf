package misuse.waitnotinloop;

/** Timed wait nested in an if inside the loop that recomputes the remaining time: the condition is re-checked after each wakeup. */
public class GoodTimedWaitInLoop {
    private String result;

    public synchronized void complete(String value) {
        result = value;
        notifyAll();
    }

    public synchronized String await(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (result == null) {
            long remaining = deadline - System.currentTimeMillis();
            if (remaining > 0) {
                wait(remaining);
            } else {
                return null;
            }
        }
        return result;
    }
}
