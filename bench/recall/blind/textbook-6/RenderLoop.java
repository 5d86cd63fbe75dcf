// EXPECT: none
package probe6c;

/**
 * A headless renderer loop for a game: the render thread draws frames until the main
 * thread asks it to stop.
 */
public class RenderLoop implements Runnable {
    private volatile boolean running = true;

    private double cameraYaw;
    private long framesRendered;

    private void renderFrame() {
        cameraYaw = (cameraYaw + 0.5) % 360.0;
    }

    @Override
    public void run() {
        long local = 0;
        while (running) { // OK: 'running' is volatile, so the stop request is guaranteed to become visible
            renderFrame();
            local++;
        }
        synchronized (this) {
            framesRendered = local;
        }
    }

    public void requestStop() {
        running = false;
    }

    public synchronized long framesRendered() {
        return framesRendered;
    }

    public static void main(String[] args) throws InterruptedException {
        RenderLoop loop = new RenderLoop();
        Thread renderThread = new Thread(loop, "render-thread");
        renderThread.start();
        Thread.sleep(200);
        loop.requestStop();
        renderThread.join();
        System.out.println("frames rendered: " + loop.framesRendered());
    }
}
