// EXPECT: none
package probe8c; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

// Minimal actor: any thread may tell() it a message; a single dedicated thread
// processes the mailbox in order, so the balance is confined to that thread.
public class AccountActor {

    sealed interface Message permits Deposit, Withdraw, GetBalance {
    }

    record Deposit(long cents) implements Message {
    }

    record Withdraw(long cents) implements Message {
    }

    record GetBalance(CompletableFuture<Long> reply) implements Message {
    }

    private final Deque<Message> mailbox = new ArrayDeque<>(); // guarded by this
    private boolean stopped; // guarded by this
    private long balance; // confined to the actor thread
    private final Thread worker = new Thread(this::processLoop, "account-actor");

    public void start() {
        worker.start();
    }

    public void tell(Message message) {
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException("actor stopped");
            }
            mailbox.addLast(message);
            notify(); // OK: only the single actor thread ever waits on this monitor and it re-checks its condition in a loop
        }
    }

    private void processLoop() {
        while (true) {
            Message next;
            synchronized (this) {
                while (mailbox.isEmpty() && !stopped) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (mailbox.isEmpty()) {
                    return;
                }
                next = mailbox.removeFirst();
            }
            handle(next);
        }
    }

    private void handle(Message message) {
        if (message instanceof Deposit d) {
            balance += d.cents();
        } else if (message instanceof Withdraw w) {
            if (balance >= w.cents()) {
                balance -= w.cents();
            }
        } else if (message instanceof GetBalance g) {
            g.reply().complete(balance);
        }
    }

    public void stop() throws InterruptedException {
        synchronized (this) {
            stopped = true;
            notify();
        }
        worker.join();
    }

    public static void main(String[] args) throws Exception {
        AccountActor account = new AccountActor();
        account.start();
        Thread[] clients = new Thread[4];
        for (int c = 0; c < clients.length; c++) {
            clients[c] = new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    account.tell(new Deposit(10));
                }
            });
            clients[c].start();
        }
        for (Thread client : clients) {
            client.join();
        }
        CompletableFuture<Long> reply = new CompletableFuture<>();
        account.tell(new GetBalance(reply));
        System.out.println("balance: " + reply.get());
        account.stop();
    }
}
