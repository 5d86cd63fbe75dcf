package dev.fearless.config;

import dev.fearless.rule.JavaRelease;
import dev.fearless.rule.Severity;
import java.util.List;
import java.util.Map;

/**
 * A project's {@code fearless.yml}: rules on or off, severity overrides, excluded paths, the default
 * fail-on level and threads, project knowledge (its own thread-safe and immutable types, lock APIs,
 * thread entry points) as knowledge-base lines, and the Java release the code runs on. Absent values are
 * empty, {@code null} or {@link JavaRelease#UNKNOWN}.
 */
public record ProjectConfig(List<String> enable, List<String> disable, Map<String, Severity> severities,
                     List<String> excludes, FailOn failOn, Integer threads, List<String> knowledge,
                     JavaRelease javaRelease) {

    /** No configuration file: every value absent. */
    public static final ProjectConfig EMPTY = new ProjectConfig(List.of(), List.of(), Map.of(), List.of(), null, null,
            List.of(), JavaRelease.UNKNOWN);

    public ProjectConfig {
        enable = List.copyOf(enable);
        disable = List.copyOf(disable);
        severities = Map.copyOf(severities);
        excludes = List.copyOf(excludes);
        knowledge = List.copyOf(knowledge);
        javaRelease = javaRelease == null ? JavaRelease.UNKNOWN : javaRelease;
    }

    /** A configuration that does not name the Java release. */
    public ProjectConfig(List<String> enable, List<String> disable, Map<String, Severity> severities,
                         List<String> excludes, FailOn failOn, Integer threads, List<String> knowledge) {
        this(enable, disable, severities, excludes, failOn, threads, knowledge, JavaRelease.UNKNOWN);
    }
}
