package races.unguardedread;

/**
 * The look-alike: the synchronized setter also wakes the waiting peer, so it is a hand-over made to a
 * running peer, not a setting made before it starts; the unlocked read races with it.
 */
public class BadConfigNameAlsoSignalled {

    static class Peer extends Thread {
        private String configName;
        private long epoch;

        synchronized void setConfigName(String configName) {
            this.configName = configName;
            notifyAll();
        }

        @Override
        public synchronized void start() {
            epoch++;
            super.start();
        }

        @Override
        public void run() {
            String next = configName + ".next"; // expect: UnguardedRead['`configName` is read without `this`, which guards every write']
            System.out.println(next);
        }

        synchronized long epoch() {
            return epoch;
        }
    }

    private Peer peer;

    public void launch(String name) {
        peer = new Peer();
        peer.setConfigName(name);
        peer.start();
    }
}
