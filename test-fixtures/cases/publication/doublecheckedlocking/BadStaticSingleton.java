package publication.doublecheckedlocking;

/** Classic broken singleton: double-checked locking on a non-volatile static field, so a thread may get an instance whose fields are still defaults. */
public class BadStaticSingleton {
    private static BadStaticSingleton instance;

    private int port;
    private String host;

    private BadStaticSingleton() {
        port = 8080;
        host = "localhost";
    }

    public static BadStaticSingleton getInstance() {
        if (instance == null) { // expect: DoubleCheckedLocking['double-checked locking on non-volatile `instance`']
            synchronized (BadStaticSingleton.class) {
                if (instance == null) {
                    instance = new BadStaticSingleton(); // related: DoubleCheckedLocking['`instance` is set here, under the lock, after the second check']
                }
            }
        }
        return instance;
    }

    public String address() {
        return host + ":" + port;
    }
}
