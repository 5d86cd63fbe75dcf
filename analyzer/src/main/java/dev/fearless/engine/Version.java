package dev.fearless.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The analyzer's version, from the build. It is part of cache keys and of SARIF output. */
public final class Version {

    private Version() {
    }

    public static String current() {
        return Holder.VERSION;
    }

    /**
     * The version plus the moment this analyzer was built: what cached facts depend on, so a rebuilt
     * analyzer never reads facts extracted by another build.
     */
    public static String build() {
        return Holder.BUILD;
    }

    /** Holder idiom: read once, on first use. */
    private static final class Holder {
        static final Properties PROPERTIES = load();
        static final String VERSION = PROPERTIES.getProperty("version", "dev");
        static final String BUILD = VERSION + "+" + PROPERTIES.getProperty("build", "unknown");

        private static Properties load() {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("/dev/fearless/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // an unreadable resource leaves the defaults
            }
            return p;
        }
    }
}
