// EXPECT: visibility-of-a-stop-state-flag @ line 9
package probe12c; import java.util.concurrent.TimeUnit;

/**
 * Main authoritative simulation loop. Started on its own thread; the operator
 * console thread calls requestStop() when the server is drained.
 */
public class GameServerLoop extends Thread {
    private boolean running = true; // BUG: stop flag is neither volatile nor guarded; the loop thread may never see requestStop()
    private long ticks;
    private double worldChecksum;

    public GameServerLoop() {
        super("game-server-loop");
    }

    @Override
    public void run() {
        while (running) {
            advanceWorld();
        }
        System.out.println("loop stopped after " + ticks + " ticks");
    }

    private void advanceWorld() {
        ticks++;
        for (int i = 0; i < 64; i++) {
            worldChecksum = worldChecksum * 31 + (ticks ^ i);
        }
    }

    public void requestStop() {
        running = false;
    }

    public static void main(String[] args) throws InterruptedException {
        GameServerLoop loop = new GameServerLoop();
        loop.start();

        Thread operatorConsole = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            System.out.println("operator: draining server");
            loop.requestStop();
        }, "operator-console");
        operatorConsole.start();

        operatorConsole.join();
        loop.join(TimeUnit.SECONDS.toMillis(5));
        if (loop.isAlive()) {
            System.err.println("server loop did not stop");
        }
    }
}
