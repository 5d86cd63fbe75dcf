// EXPECT: none
package probe13a; import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Unbounded hand-off between the payout scheduler (producer) and the bank-file senders
 * (several consumer threads). Only the senders ever wait on this monitor, and each wait
 * is for the same condition: an instruction is available or the queue is closed.
 */
public class PayoutInstructionQueue {

    public record PayoutInstruction(String instructionId, String iban, long amountMinor) {}

    private final Deque<PayoutInstruction> pending = new ArrayDeque<>();
    private boolean closed;

    public synchronized void submit(PayoutInstruction instruction) {
        if (closed) {
            throw new IllegalStateException("queue closed");
        }
        pending.addLast(instruction);
        notify(); // OK: single condition, only consumers wait, one item needs one waiter, and take() re-checks in a loop
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** Returns the next instruction, or null once the queue is closed and drained. */
    public synchronized PayoutInstruction take() throws InterruptedException {
        while (pending.isEmpty() && !closed) {
            wait();
        }
        if (pending.isEmpty()) {
            return null;
        }
        return pending.removeFirst();
    }

    public static void main(String[] args) throws InterruptedException {
        PayoutInstructionQueue queue = new PayoutInstructionQueue();
        Runnable sender = () -> {
            try {
                PayoutInstruction p;
                while ((p = queue.take()) != null) {
                    System.out.println(Thread.currentThread().getName() + " sending " + p.instructionId());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread[] senders = new Thread[3];
        for (int i = 0; i < senders.length; i++) {
            senders[i] = new Thread(sender, "bank-file-sender-" + i);
            senders[i].start();
        }
        for (int i = 0; i < 60; i++) {
            queue.submit(new PayoutInstruction("PI-" + i, "DE89370400440532013000", 1_000L + i));
            Thread.sleep(2);
        }
        queue.close();
        for (Thread t : senders) {
            t.join();
        }
    }
}
