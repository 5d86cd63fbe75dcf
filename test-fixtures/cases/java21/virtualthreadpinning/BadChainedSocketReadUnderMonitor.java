package java21.virtualthreadpinning;

import java.io.IOException;
import java.net.Socket;

/**
 * A virtual thread reads the socket's stream, taken and read in one expression, inside a synchronized
 * block: the read waits for the peer with the carrier pinned.
 */
public class BadChainedSocketReadUnderMonitor {
    private final Object lock = new Object();
    private int last;

    public void serve(Socket socket) {
        Thread.ofVirtual().start(() -> {
            synchronized (lock) {
                try {
                    last = socket.getInputStream().read(); // expect: VirtualThreadPinning['`socket.getInputStream().read()` blocks inside `synchronized (lock)` on a virtual thread'], BlockingUnderLock['`socket.getInputStream().read()` may block while holding `lock`, which no other code takes']
                } catch (IOException e) {
                    last = -1;
                }
            }
        });
    }
}
