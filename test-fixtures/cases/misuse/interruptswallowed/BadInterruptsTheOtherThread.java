package misuse.interruptswallowed;

/**
 * Joining a helper thread, the handler interrupts that helper rather than re-flagging the current
 * thread, and waits again: the caller's own interrupt is lost (hadoop Shell.joinThread).
 */
public class BadInterruptsTheOtherThread {

    public static void joinQuietly(Thread helper) {
        while (helper.isAlive()) {
            try {
                helper.join();
            } catch (InterruptedException e) { // expect: InterruptSwallowed['`BadInterruptsTheOtherThread.joinQuietly` goes on running on its caller's thread']
                helper.interrupt();
            }
        }
    }
}
