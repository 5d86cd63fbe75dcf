package publication.unsafelazyinit;

/** The same lazy singleton, but the getter is static synchronized: only one thread can test and create. */
public class GoodSynchronizedSingleton {
    private static GoodSynchronizedSingleton instance;

    private final String name;

    private GoodSynchronizedSingleton(String name) {
        this.name = name;
    }

    public static synchronized GoodSynchronizedSingleton getInstance() {
        if (instance == null) {
            instance = new GoodSynchronizedSingleton("default");
        }
        return instance;
    }

    public String name() {
        return name;
    }
}
