package misuse.waitnotinloop;

/** Result slot that re-checks its condition in a while loop after every wakeup. */
public class GoodWaitInWhile {
    private String result;

    public synchronized void complete(String value) {
        result = value;
        notifyAll();
    }

    public synchronized String await() throws InterruptedException {
        while (result == null) {
            wait();
        }
        return result;
    }
}
