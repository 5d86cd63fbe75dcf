package misuse.interruptswallowed;

/**
 * A standalone server's console loop pauses before its prompt and ignores an interrupt while it does. The
 * loop runs only on the process's main thread (its constructor is private, so only `main` makes one), and
 * no code of the program can interrupt that thread: the JVM never does, and nothing keeps a reference to it
 * (quartz QuartzServer.serve, called only from QuartzServer.main).
 */
public class GoodPauseOnMainThreadNothingInterrupts {
    private int prompts;

    private GoodPauseOnMainThreadNothingInterrupts() {
    }

    public static void main(String[] args) {
        GoodPauseOnMainThreadNothingInterrupts server = new GoodPauseOnMainThreadNothingInterrupts();
        server.serve();
        server.awaitExit();
    }

    void awaitExit() {
        try {
            while (System.in.read() != 'q') {
                Thread.sleep(100);
            }
        } catch (java.io.IOException | InterruptedException e) {
            System.out.println("console closed: " + e);
            Thread.currentThread().interrupt();
        }
    }

    public void serve() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            System.out.println("pause cut short");
        }
        prompts++;
        System.out.println("Type 'exit' to shutdown the server (" + prompts + ")");
    }
}
