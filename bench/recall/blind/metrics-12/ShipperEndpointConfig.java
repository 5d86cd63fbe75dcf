// EXPECT: none
package probe12b; import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/*
 * Lazily loaded endpoint configuration for the log shipper. get() is called by every
 * shipping worker on its first batch, so initialisation races are expected.
 */
public final class ShipperEndpointConfig {

    private static volatile ShipperEndpointConfig instance; // OK: volatile field makes the double-checked lazy initialisation safe

    private String host;
    private int port;
    private int batchSize;
    private boolean useTls;

    private ShipperEndpointConfig() {
    }

    public static ShipperEndpointConfig get() {
        ShipperEndpointConfig local = instance;
        if (local == null) {
            synchronized (ShipperEndpointConfig.class) {
                local = instance;
                if (local == null) {
                    local = new ShipperEndpointConfig();
                    local.load(System.getProperties());
                    instance = local;
                }
            }
        }
        return local;
    }

    private void load(Properties props) {
        host = props.getProperty("shipper.host", "logs.internal");
        port = Integer.parseInt(props.getProperty("shipper.port", "5044"));
        batchSize = Integer.parseInt(props.getProperty("shipper.batchSize", "500"));
        useTls = Boolean.parseBoolean(props.getProperty("shipper.tls", "true"));
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public int batchSize() {
        return batchSize;
    }

    public boolean useTls() {
        return useTls;
    }

    public static void main(String[] args) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                ShipperEndpointConfig c = ShipperEndpointConfig.get();
                System.out.println(Thread.currentThread().getName() + " -> " + c.host() + ":" + c.port()
                        + " batch=" + c.batchSize() + " tls=" + c.useTls());
            }, "shipper-" + i);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
    }
}
