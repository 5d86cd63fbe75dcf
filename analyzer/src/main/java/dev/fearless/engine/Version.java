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

    /** Holder idiom: read once, on first use. */
    private static final class Holder {
        static final String VERSION = load();

        private static String load() {
            try (InputStream in = Version.class.getResourceAsStream("/dev/fearless/version.properties")) {
                if (in == null) {
                    return "dev";
                }
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            } catch (IOException e) {
                return "dev";
            }
        }
    }
}
