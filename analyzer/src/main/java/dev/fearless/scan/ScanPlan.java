package dev.fearless.scan;

import dev.fearless.config.FailOn;
import dev.fearless.config.ProjectConfig;
import dev.fearless.engine.FactCache;
import dev.fearless.engine.Progress;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.rule.JavaRelease;
import dev.fearless.rule.RuleDescriptor;
import java.nio.file.Path;
import java.util.List;

/**
 * A scan request resolved against {@code fearless.yml} and the defaults, checked and ready to run:
 * what to analyse, with which rules and knowledge, what to report and when the run fails.
 *
 * @param inputs     the files and folders handed to the analyzer (in file mode, the context and the given files)
 * @param root       the absolute folder reported paths are relative to
 * @param focus      what is reported: the whole program, or what touches the given files
 * @param configFile the configuration file read, or {@code null}
 * @param config     its content ({@link ProjectConfig#EMPTY} without one)
 * @param rules      the rules that run, with the configuration's severities
 * @param baseline   the baseline SARIF file, or {@code null}
 * @param cache      the fact cache, or {@link FactCache#NONE}
 * @param javaRelease the Java release the code runs on: {@code fearless.yml}'s, else the build's, else unknown
 */
public record ScanPlan(List<Path> inputs, Path root, Focus focus, Path configFile, ProjectConfig config,
                       List<RuleDescriptor> rules, KnowledgeBase knowledge, FailOn failOn, List<String> excludes,
                       int threads, Path baseline, FactCache cache, Progress progress, JavaRelease javaRelease) {

    public ScanPlan {
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
        excludes = List.copyOf(excludes);
        javaRelease = javaRelease == null ? JavaRelease.UNKNOWN : javaRelease;
    }
}
