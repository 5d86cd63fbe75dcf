package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which of the program's thread classes an {@code interrupt()} call may reach. */
class ThreadInterruptsTest {

    private static boolean mayInterrupt(String threadClass, String... sources) {
        Analyzed a = Analyzed.of(sources);
        return ThreadInterrupts.of(a.program()).mayInterrupt(a.type(threadClass));
    }

    private static final String SENDER = """
            class Client {
                private final Sender sender = new Sender();
                void start() { sender.start(); }
                static final class Sender extends Thread {
                    public void run() { }
                }
            }
            """;

    @Test
    void aThreadClassNoInterruptCanReach_isNeverInterrupted() {
        assertFalse(mayInterrupt("Client.Sender", SENDER));
    }

    @Test
    void aThreadMadeAsAPlainThread_isNotTheSubclass() {
        assertFalse(mayInterrupt("Client.Sender", SENDER, """
                class Monitor {
                    private Thread watcher;
                    void start() { watcher = new Thread(() -> { }); watcher.start(); }
                    void stop() { watcher.interrupt(); }
                }
                """));
    }

    @Test
    void itsOwnInterrupt_reachesIt() {
        assertTrue(mayInterrupt("Client.Sender", SENDER.replace("void start() { sender.start(); }",
                "void start() { sender.start(); } void stop() { sender.interrupt(); }")));
    }

    @Test
    void anyThreadHandedIn_mayBeIt() {
        assertTrue(mayInterrupt("Client.Sender", SENDER, """
                class Stopper {
                    void stop(Thread t) { t.interrupt(); }
                }
                """));
    }

    @Test
    void restoringTheCurrentThreadsFlag_interruptsNoOther() {
        assertFalse(mayInterrupt("Client.Sender", SENDER, """
                class Waiter {
                    void pause() {
                        try { Thread.sleep(10); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    }
                }
                """));
    }

    @Test
    void aThreadClassCodeOutsideCanName_mayBeInterruptedByIt() {
        assertTrue(mayInterrupt("Worker", "public class Worker extends Thread { public void run() { } }"));
    }
}
