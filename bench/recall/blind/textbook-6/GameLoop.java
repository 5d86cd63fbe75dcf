// EXPECT: non-volatile-spin @ line 25
package probe6c;

/**
 * A headless game loop: the loop thread updates the world as fast as it can until the
 * main thread asks it to stop.
 */
public class GameLoop implements Runnable {
    private boolean running = true;

    private double playerX;
    private double playerVelocity = 1.5;
    private long frames;

    private void updateWorld(double dt) {
        playerX += playerVelocity * dt;
        if (playerX > 100 || playerX < 0) {
            playerVelocity = -playerVelocity;
        }
    }

    @Override
    public void run() {
        long localFrames = 0;
        while (running) { // BUG: spins on a non-volatile boolean; the write from stop() may never become visible
            updateWorld(0.016);
            localFrames++;
        }
        synchronized (this) {
            frames = localFrames;
        }
    }

    public void stop() {
        running = false;
    }

    public synchronized long frames() {
        return frames;
    }

    public static void main(String[] args) throws InterruptedException {
        GameLoop loop = new GameLoop();
        Thread loopThread = new Thread(loop, "game-loop");
        loopThread.start();
        Thread.sleep(200);
        loop.stop();
        loopThread.join(2_000);
        System.out.println("loop alive after stop: " + loopThread.isAlive() + ", frames=" + loop.frames());
    }
}
