package races.unguardedread;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Key stores are loaded by {@code init} and read by the getters only on the thread that created the
 * factory, right after {@code init}; {@code destroy} is synchronized only because of the reload timer
 * (hadoop FileBasedKeyStoresFactory.getTrustManagers, races review #20).
 */
public class GoodSetUpOnCreatingThread {

    /** Loads the key stores once and reloads them on a timer. */
    public static final class KeyStores {
        private String[] trustManagers;
        private Timer reloader;

        public void init(String location) {
            trustManagers = new String[] {location};
            reloader = new Timer(true);
            reloader.schedule(new TimerTask() {
                @Override
                public void run() {
                    System.out.println("checking " + location);
                }
            }, 10_000, 10_000);
        }

        public synchronized void destroy() {
            if (reloader != null) {
                reloader.cancel();
                reloader = null;
            }
            trustManagers = null;
        }

        public String[] getTrustManagers() {
            return trustManagers; // known-fp: UnguardedRead['which guards every write to `trustManagers` (as in `KeyStores.destroy`)'] #races review #20
        }
    }

    /** Sets the stores up and keeps what it needs. */
    public static final class SslFactory {
        private final String[] trust;

        public SslFactory(String location) {
            KeyStores stores = new KeyStores();
            stores.init(location);
            trust = stores.getTrustManagers();
        }

        public int trusted() {
            return trust.length;
        }
    }
}
