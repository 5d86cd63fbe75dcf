package races.unguardedwrite;

/**
 * BadStepperThreadWritesLongOfCapturedClock with the clock's time volatile: the one stepper thread writes
 * it, and the main thread's reads see each write whole and in time.
 */
public class GoodStepperThreadWritesVolatileLong {
    private final long stepNanos;
    private volatile long simulatedNanos;
    private volatile boolean running = true;

    public GoodStepperThreadWritesVolatileLong(long stepNanos) {
        this.stepNanos = stepNanos;
    }

    private void runStepper() {
        long tick = 0;
        while (running) {
            tick++;
            simulatedNanos = tick * stepNanos;
        }
    }

    public long simulatedNanos() {
        return simulatedNanos;
    }

    public static void main(String[] args) throws InterruptedException {
        GoodStepperThreadWritesVolatileLong clock = new GoodStepperThreadWritesVolatileLong(1_000L);
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
