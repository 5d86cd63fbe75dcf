// EXPECT: naked-notify @ line 11
package recall;

public class NakedNotify {
    private final Object mailbox = new Object();
    private volatile String message;

    public void post(String m) {
        message = m;
        synchronized (mailbox) {
            mailbox.notifyAll();
        }
    }

    public String take() throws InterruptedException {
        synchronized (mailbox) {
            while (message == null) {
                mailbox.wait();
            }
            String m = message;
            message = null;
            return m;
        }
    }
}
