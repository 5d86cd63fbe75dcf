package races.mutablestaticstate;

/**
 * The textbook static race, twice: two instances of a thread class bump one static counter, and one
 * lambda given to two threads bumps another. Each pair runs at once and loses increments.
 */
public class BadStaticCounterOfTwoThreads {
    static int workerCount;
    static int lambdaCount;

    static final class Worker extends Thread {
        @Override
        public void run() {
            for (int i = 0; i < 10_000; i++) {
                workerCount++; // expect: MutableStaticState['static `workerCount` is written from instance method `Worker.run` without a lock']
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Worker w1 = new Worker();
        Worker w2 = new Worker();
        w1.start();
        w2.start();
        Runnable bump = () -> {
            for (int i = 0; i < 10_000; i++) {
                lambdaCount++; // expect: MutableStaticState['static `lambdaCount` is written by a task that threads the program starts run at once without a lock']
            }
        };
        Thread t1 = new Thread(bump);
        Thread t2 = new Thread(bump);
        t1.start();
        t2.start();
        w1.join();
        w2.join();
        t1.join();
        t2.join();
        System.out.println(workerCount + lambdaCount);
    }
}
