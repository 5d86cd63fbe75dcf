package dev.fearless.maven;

/**
 * The build log a check reports to: Maven's own in the goal, or the line protocol a forked scan writes
 * for the goal to pass on ({@link ForkProtocol}). The child JVM has no Maven classes, hence this interface.
 */
public interface BuildLog {

    boolean isDebugEnabled();

    void debug(String message);

    void info(String message);

    void warn(String message);

    void error(String message);
}
