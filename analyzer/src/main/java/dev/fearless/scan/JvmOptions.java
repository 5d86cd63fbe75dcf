package dev.fearless.scan;

import java.util.List;

/**
 * The JVM options a scan runs best with, shared by the front ends that start a JVM for one: the launcher
 * scripts (which spell the same list), {@code java -jar fearless.jar scan} and the Maven plugin.
 */
public final class JvmOptions {

    /**
     * The options for a scan: a scan is over before the JVM's optimizing compiler pays off, and on few
     * cores its compiler threads and the default collector take CPU from the scan (measured on the bench
     * corpus, see the README's performance section).
     */
    public static final List<String> SCAN = List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xss4m");

    private JvmOptions() {
    }
}
