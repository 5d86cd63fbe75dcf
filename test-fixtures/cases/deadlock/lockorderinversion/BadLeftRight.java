package deadlock.lockorderinversion;

import java.util.ArrayDeque;
import java.util.Deque;

/** JCIP's LeftRightDeadlock: shiftRight takes left then right, shiftLeft takes right then left, so two threads can each hold one lock and wait forever for the other. */
public final class BadLeftRight {
    private final Object left = new Object();
    private final Object right = new Object();
    private final Deque<String> leftQueue = new ArrayDeque<>();
    private final Deque<String> rightQueue = new ArrayDeque<>();

    public void shiftRight() {
        synchronized (left) { // related: LockOrderInversion@15['`BadLeftRight.left` is taken here (BadLeftRight.shiftRight)']
            synchronized (right) { // expect: LockOrderInversion['this path holds `BadLeftRight.left` and takes `BadLeftRight.right`, while `BadLeftRight.shiftLeft` (BadLeftRight.java:26) holds `BadLeftRight.right` and takes `BadLeftRight.left`']
                String item = leftQueue.pollFirst();
                if (item != null) {
                    rightQueue.addLast(item);
                }
            }
        }
    }

    public void shiftLeft() {
        synchronized (right) { // related: LockOrderInversion@15['`BadLeftRight.right` is taken here (BadLeftRight.shiftLeft)']
            synchronized (left) { // expect: LockOrderInversion['other side of a lock-order inversion']; related: LockOrderInversion@15['then `BadLeftRight.left` is taken here']
                String item = rightQueue.pollFirst();
                if (item != null) {
                    leftQueue.addLast(item);
                }
            }
        }
    }

    public void offerLeft(String item) {
        synchronized (left) {
            leftQueue.addLast(item);
        }
    }
}
