// EXPECT: lazy-init @ line 17
package recall;

import java.util.Properties;

public class ConfigSingleton {
    private static ConfigSingleton instance;

    private final Properties props = new Properties();

    private ConfigSingleton() {
        props.setProperty("timeout", "30");
    }

    public static ConfigSingleton getInstance() {
        if (instance == null) {
            instance = new ConfigSingleton();
        }
        return instance;
    }

    public String get(String key) {
        return props.getProperty(key);
    }
}
