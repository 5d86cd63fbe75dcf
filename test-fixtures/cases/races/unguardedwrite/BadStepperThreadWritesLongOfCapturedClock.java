package races.unguardedwrite;

/**
 * A simulation clock whose private stepper method runs on a thread started from a method reference on the
 * clock: it writes a plain long that the main thread reads through a getter, unsynchronized (a stale or
 * torn read of a long).
 */
public class BadStepperThreadWritesLongOfCapturedClock {
    private final long stepNanos;
    private long simulatedNanos;
    private volatile boolean running = true;

    public BadStepperThreadWritesLongOfCapturedClock(long stepNanos) {
        this.stepNanos = stepNanos;
    }

    private void runStepper() {
        long tick = 0;
        while (running) {
            tick++;
            simulatedNanos = tick * stepNanos; // expect: UnguardedWrite['`simulatedNanos` is written without a lock']
        }
    }

    public long simulatedNanos() {
        return simulatedNanos;
    }

    public static void main(String[] args) throws InterruptedException {
        BadStepperThreadWritesLongOfCapturedClock clock = new BadStepperThreadWritesLongOfCapturedClock(1_000L);
        Thread stepper = new Thread(clock::runStepper, "stepper");
        stepper.start();
        for (int i = 0; i < 5; i++) {
            Thread.sleep(20);
            System.out.println(clock.simulatedNanos());
        }
        clock.running = false;
        stepper.join();
    }
}
