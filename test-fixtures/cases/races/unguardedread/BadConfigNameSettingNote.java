package races.unguardedread;

/**
 * A peer's configuration file name is a setting: its synchronized setter only stores the name, and the
 * launcher sets it on the peer it keeps before it starts that peer; the peer's thread then reads it
 * without the monitor. Only a user that renames the file of a running peer makes the race. A note
 * (zookeeper's QuorumPeer.setConfigFileName).
 */
public class BadConfigNameSettingNote {

    static class Peer extends Thread {
        private String configName;
        private long epoch;

        synchronized void setConfigName(String configName) {
            this.configName = configName;
        }

        @Override
        public synchronized void start() {
            epoch++;
            super.start();
        }

        @Override
        public void run() {
            String next = configName + ".next"; // expect: UnguardedRead['`configName` is a setting: once an object is built only setters write it']
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
