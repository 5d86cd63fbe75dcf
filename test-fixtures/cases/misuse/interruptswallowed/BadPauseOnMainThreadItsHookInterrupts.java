package misuse.interruptswallowed;

/**
 * The look-alike: the server keeps its main thread and a shutdown hook interrupts it to stop the console,
 * so the interrupt the pause swallows is the request to stop, and the loop goes on as if none came.
 */
public class BadPauseOnMainThreadItsHookInterrupts {
    private static volatile Thread console;
    private int prompts;

    private BadPauseOnMainThreadItsHookInterrupts() {
    }

    public static void main(String[] args) {
        console = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> console.interrupt()));
        BadPauseOnMainThreadItsHookInterrupts server = new BadPauseOnMainThreadItsHookInterrupts();
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
        } catch (InterruptedException e) { // expect: InterruptSwallowed['`BadPauseOnMainThreadItsHookInterrupts.serve` goes on running on its caller's thread']
            System.out.println("pause cut short");
        }
        prompts++;
        System.out.println("Type 'exit' to shutdown the server (" + prompts + ")");
    }
}
