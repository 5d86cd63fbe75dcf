package misuse.notifyinsteadofnotifyall;

/**
 * CERT THI02-J: every worker waits on one static lock for its own turn. The condition reads the same
 * text in each, but `step` is each worker's own, so the workers wait for different things: notify()
 * can wake a worker whose turn has not come, which waits again, and the one whose turn it is sleeps on.
 */
public final class BadTurnTakingOnStaticLock implements Runnable {
    private static final Object lock = new Object();
    private static int time = 0;
    private final int step;

    public BadTurnTakingOnStaticLock(int step) {
        this.step = step;
    }

    @Override
    public void run() {
        try {
            synchronized (lock) {
                while (time != step) {
                    lock.wait();
                }
                time++;
                lock.notify(); // expect: NotifyInsteadOfNotifyAll['threads wait on it for different conditions (time != step; time != step of another instance, whose `step` differs)']
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        for (int i = 4; i >= 0; i--) {
            new Thread(new BadTurnTakingOnStaticLock(i)).start();
        }
    }
}
