package org.apache.hadoop.conf;

/** Stand-in for Hadoop's Configuration: named settings. */
public class Configuration {
    public String get(String name) {
        return name;
    }

    public int getInt(String name, int defaultValue) {
        return defaultValue;
    }
}
