// EXPECT: none
package recall;

import java.util.Properties;

public class LazyHolderSingleton {
    private final Properties props = new Properties();

    private LazyHolderSingleton() {
        props.setProperty("timeout", "30");
    }

    private static class Holder {
        static final LazyHolderSingleton INSTANCE = new LazyHolderSingleton();
    }

    public static LazyHolderSingleton getInstance() {
        return Holder.INSTANCE;
    }

    public String get(String key) {
        return props.getProperty(key);
    }
}
