package dev.fearless.config;

import dev.fearless.rule.JavaRelease;
import dev.fearless.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code fearless.yml}. Strict: an unknown key or a value of the wrong kind is an error that names
 * the key and what was expected, so a typo never silently turns a setting off.
 *
 * <pre>
 * failOn: warning
 * threads: 4
 * javaRelease: 21
 * exclude: ["**&#47;generated/**"]
 * rules:
 *   disable: [EmptySynchronized]
 *   severity: {UnguardedRead: note}
 * knowledge:
 *   threadSafe: [com.acme.SafeCache]
 *   immutable: [com.acme.Money]
 *   notThreadSafe: [com.acme.Buffer]
 *   locks: [{type: com.acme.SpinLock, acquire: [lock], release: [unlock], tryAcquire: [tryLock]}]
 *   threadEntryPoints: [com.acme.Pool#submit]
 *   blocking: [com.acme.Client#call]
 *   handoff: [com.acme.Mailbox#send]
 * </pre>
 */
public final class ProjectConfigReader {

    /** The names looked for, in this order. */
    public static final List<String> FILE_NAMES = List.of("fearless.yml", "fearless.yaml", ".fearless.yml");
    private static final Set<String> TOP = Set.of("failOn", "threads", "javaRelease", "exclude", "rules", "knowledge");
    private static final Set<String> RULES = Set.of("enable", "disable", "severity");
    private static final Set<String> KNOWLEDGE = Set.of("threadSafe", "immutable", "notThreadSafe", "locks",
            "threadEntryPoints", "blocking", "handoff");
    private static final Set<String> LOCK = Set.of("type", "acquire", "release", "tryAcquire");

    private ProjectConfigReader() {
    }

    /** The configuration file in {@code dir}, or {@code null}. */
    public static Path find(Path dir) {
        for (String name : FILE_NAMES) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Reads a configuration file; {@code knownRules} are the rule ids it may name.
     *
     * @throws ConfigException naming the file, the key and what was expected, if the file cannot be used
     */
    public static ProjectConfig read(Path file, Set<String> knownRules) throws ConfigException {
        String where = file.getFileName().toString();
        Object root = YamlDocument.load(file, where);
        if (root == null) {
            return ProjectConfig.EMPTY;
        }
        Map<String, Object> top = map(root, where, TOP);
        List<String> enable = new ArrayList<>();
        List<String> disable = new ArrayList<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (top.containsKey("rules")) {
            Map<String, Object> rules = map(top.get("rules"), where + ": rules", RULES);
            enable.addAll(ruleIds(rules.get("enable"), where + ": rules.enable", knownRules));
            disable.addAll(ruleIds(rules.get("disable"), where + ": rules.disable", knownRules));
            if (rules.containsKey("severity")) {
                Map<String, Object> severity = map(rules.get("severity"), where + ": rules.severity", null);
                for (Map.Entry<String, Object> e : severity.entrySet()) {
                    ruleIds(List.of(e.getKey()), where + ": rules.severity", knownRules);
                    severities.put(e.getKey(), severity(e.getValue(), where + ": rules.severity." + e.getKey()));
                }
            }
        }
        FailOn failOn = null;
        if (top.containsKey("failOn")) {
            String level = string(top.get("failOn"), where + ": failOn").toLowerCase(Locale.ROOT);
            if (!List.of("error", "warning", "note", "never").contains(level)) {
                throw new ConfigException(where + ": failOn: expected error, warning, note or never, not '" + level + "'");
            }
            failOn = FailOn.parse(level);
        }
        Integer threads = null;
        if (top.containsKey("threads")) {
            if (!(top.get("threads") instanceof Integer n) || n < 1) {
                throw new ConfigException(where + ": threads: expected a whole number of at least 1");
            }
            threads = n;
        }
        JavaRelease javaRelease = top.containsKey("javaRelease")
                ? javaRelease(top.get("javaRelease"), where + ": javaRelease") : JavaRelease.UNKNOWN;
        List<String> excludes = strings(top.get("exclude"), where + ": exclude");
        List<String> knowledge = top.containsKey("knowledge")
                ? knowledge(map(top.get("knowledge"), where + ": knowledge", KNOWLEDGE), where + ": knowledge")
                : List.of();
        return new ProjectConfig(enable, disable, severities, excludes, failOn, threads, knowledge, javaRelease);
    }

    /** A Java release written as a number ({@code 21}) or as text ({@code "21"}, {@code "1.8"}). */
    private static JavaRelease javaRelease(Object value, String where) throws ConfigException {
        String text = value instanceof Integer n ? n.toString() : value instanceof Double d ? d.toString()
                : value instanceof String s ? s : null;
        return JavaRelease.parse(text).orElseThrow(() -> new ConfigException(where
                + ": expected a Java release such as 17, 21 or 25, not '" + value + "'"));
    }

    /** Project knowledge as knowledge-base lines (the format of the built-in jdk.tsv). */
    private static List<String> knowledge(Map<String, Object> k, String where) throws ConfigException {
        List<String> lines = new ArrayList<>();
        for (String t : qualifiedNames(k.get("threadSafe"), where + ".threadSafe")) {
            lines.add("type\t" + t + "\tthreadsafe");
        }
        for (String t : qualifiedNames(k.get("immutable"), where + ".immutable")) {
            lines.add("type\t" + t + "\timmutable");
        }
        for (String t : qualifiedNames(k.get("notThreadSafe"), where + ".notThreadSafe")) {
            lines.add("type\t" + t + "\tunsafe");
        }
        if (k.containsKey("locks")) {
            if (!(k.get("locks") instanceof List<?> locks)) {
                throw new ConfigException(where + ".locks: expected a list of {type, acquire, release, tryAcquire}");
            }
            for (int i = 0; i < locks.size(); i++) {
                Map<String, Object> lock = map(locks.get(i), where + ".locks[" + i + "]", LOCK);
                String type = string(lock.get("type"), where + ".locks[" + i + "].type");
                lines.add("type\t" + type + "\tlock threadsafe");
                for (String m : strings(lock.get("acquire"), where + ".locks[" + i + "].acquire")) {
                    lines.add("method\t" + type + "#" + m + "\tlock-acquire");
                }
                for (String m : strings(lock.get("release"), where + ".locks[" + i + "].release")) {
                    lines.add("method\t" + type + "#" + m + "\tlock-release");
                }
                for (String m : strings(lock.get("tryAcquire"), where + ".locks[" + i + "].tryAcquire")) {
                    lines.add("method\t" + type + "#" + m + "\tlock-try");
                }
            }
        }
        for (String m : methods(k.get("threadEntryPoints"), where + ".threadEntryPoints")) {
            lines.add("method\t" + m + "\truns-elsewhere");
        }
        for (String m : methods(k.get("blocking"), where + ".blocking")) {
            lines.add("method\t" + m + "\tblocking");
        }
        for (String m : methods(k.get("handoff"), where + ".handoff")) {
            lines.add("method\t" + m + "\thandoff");
        }
        return lines;
    }

    private static List<String> qualifiedNames(Object value, String where) throws ConfigException {
        List<String> names = strings(value, where);
        for (String n : names) {
            if (!n.matches("[\\w$]+(\\.[\\w$]+)+")) {
                throw new ConfigException(where + ": '" + n + "' is not a qualified type name (com.acme.Type)");
            }
        }
        return names;
    }

    private static List<String> methods(Object value, String where) throws ConfigException {
        List<String> names = strings(value, where);
        for (String n : names) {
            if (!n.matches("[\\w$]+(\\.[\\w$]+)+#[\\w$]+")) {
                throw new ConfigException(where + ": '" + n + "' is not a method (com.acme.Type#method)");
            }
        }
        return names;
    }

    private static List<String> ruleIds(Object value, String where, Set<String> known) throws ConfigException {
        List<String> ids = strings(value, where);
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new ConfigException(where + ": unknown rule '" + id + "'; 'fearless rules' lists them");
            }
        }
        return ids;
    }

    private static Severity severity(Object value, String where) throws ConfigException {
        String s = string(value, where).toUpperCase(Locale.ROOT);
        try {
            return Severity.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": expected error, warning or note, not '" + value + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where, Set<String> keys) throws ConfigException {
        if (!(value instanceof Map<?, ?> m)) {
            throw new ConfigException(where + ": expected a mapping of keys to values");
        }
        for (Object key : m.keySet()) {
            if (!(key instanceof String k) || keys != null && !keys.contains(k)) {
                throw new ConfigException(where + ": unknown key '" + key + "'"
                        + (keys == null ? "" : " (known: " + String.join(", ", new TreeSet<>(keys)) + ")"));
            }
        }
        return (Map<String, Object>) m;
    }

    private static List<String> strings(Object value, String where) throws ConfigException {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ConfigException(where + ": expected a list");
        }
        List<String> result = new ArrayList<>();
        for (Object o : list) {
            result.add(string(o, where));
        }
        return result;
    }

    private static String string(Object value, String where) throws ConfigException {
        if (!(value instanceof String s) || s.isBlank()) {
            throw new ConfigException(where + ": expected text");
        }
        return s.strip();
    }
}
