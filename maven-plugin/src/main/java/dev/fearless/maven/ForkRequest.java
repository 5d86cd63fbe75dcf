package dev.fearless.maven;

import dev.fearless.config.FailOn;
import dev.fearless.rule.JavaRelease;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * What the goal asks a forked scan to do: the check's settings and whether the build log shows debug
 * messages, kept in a properties file the child JVM reads (a file, not the command line, because a
 * large reactor's source roots can outgrow a command line).
 */
record ForkRequest(Check.Settings settings, boolean debug) {

    void write(Path file) throws IOException {
        Properties p = new Properties();
        Check.Settings s = settings;
        putAll(p, "sourceRoot", s.sourceRoots(), Path::toString);
        put(p, "baseDir", s.baseDir());
        putAll(p, "exclude", s.excludes(), Function.identity());
        put(p, "threads", s.threads());
        putAll(p, "enabledRule", s.enabledRules(), Function.identity());
        putAll(p, "disabledRule", s.disabledRules(), Function.identity());
        put(p, "baseline", s.baseline());
        put(p, "sarifOutput", s.sarifOutput());
        put(p, "failOn", s.failOn() == null ? null : s.failOn().label());
        put(p, "config", s.config());
        put(p, "cacheDirectory", s.cacheDirectory());
        put(p, "root", s.root());
        putAll(p, "reactorSource", s.reactorSources(), Path::toString);
        put(p, "buildRelease", s.buildRelease().isKnown() ? s.buildRelease() : null);
        p.setProperty("debug", Boolean.toString(debug));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "fearless:check request for a forked scan");
        }
    }

    static ForkRequest read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String threads = p.getProperty("threads");
        String failOn = p.getProperty("failOn");
        JavaRelease release = JavaRelease.parse(p.getProperty("buildRelease")).orElse(JavaRelease.UNKNOWN);
        Check.Settings settings = new Check.Settings(getAll(p, "sourceRoot", Path::of), path(p, "baseDir"),
                getAll(p, "exclude", Function.identity()), threads == null ? null : Integer.valueOf(threads),
                getAll(p, "enabledRule", Function.identity()), getAll(p, "disabledRule", Function.identity()),
                path(p, "baseline"), path(p, "sarifOutput"), failOn == null ? null : FailOn.parse(failOn),
                path(p, "config"), path(p, "cacheDirectory"), path(p, "root"), getAll(p, "reactorSource", Path::of),
                release);
        return new ForkRequest(settings, Boolean.parseBoolean(p.getProperty("debug")));
    }

    private static void put(Properties p, String key, Object value) {
        if (value != null) {
            p.setProperty(key, value.toString());
        }
    }

    private static <T> void putAll(Properties p, String key, List<T> values, Function<T, String> text) {
        for (int i = 0; i < values.size(); i++) {
            p.setProperty(key + "." + i, text.apply(values.get(i)));
        }
    }

    private static Path path(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? null : Path.of(value);
    }

    private static <T> List<T> getAll(Properties p, String key, Function<String, T> parse) {
        List<T> values = new ArrayList<>();
        for (int i = 0; p.getProperty(key + "." + i) != null; i++) {
            values.add(parse.apply(p.getProperty(key + "." + i)));
        }
        return values;
    }
}
