package dev.fearless.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Facts about JDK and common library types and methods, loaded from one data file
 * ({@code jdk.tsv} beside this class). Immutable once built; {@link #withLines} adds project knowledge.
 *
 * <p>Types are keyed by qualified name, nested types with {@code $}. A type's traits include those of
 * its supertypes only where that is sound (a subtype of a collection is a collection); a method's
 * traits are looked up on the type and all its supertypes.
 */
public final class KnowledgeBase {

    private static final String RESOURCE = "jdk.tsv";
    /** The receiver of a name-only row: {@code method *#forEach runs-here} holds whatever the receiver. */
    private static final String ANY_RECEIVER = "*#";
    /** Every class's supertype: its methods apply to every receiver. */
    private static final String OBJECT = "java.lang.Object";

    private final Map<String, LibraryType> types;
    private final Map<String, Set<String>> ancestors;
    private final Map<String, List<String>> bySimpleName;
    private final Map<String, Set<MethodTrait>> methods;
    private final Map<NameGroup, Set<String>> names;
    /** The patterns among a group's names ({@code set*}, {@code *Async}), apart: exact names stay a set lookup. */
    private final Map<NameGroup, List<String>> namePatterns;
    /** {@code annotation} rows: the traits of an annotation, by simple name. */
    private final Map<String, Set<AnnotationTrait>> annotations;
    private final List<ContractPhrase> contracts;
    /** Name-only rows ({@code method *#name}): traits of a call by its name alone, for receivers of unknown type. */
    private final Map<String, Set<MethodTrait>> byName;
    /** {@code result} rows: the result type of a method, keyed like {@link #methods} ({@code *#name} for name-only rows). */
    private final Map<String, LibraryResult> results;
    /** The complete instance-method names of some library types ({@code declares} rows), by type. */
    private final Map<String, Set<String>> declares;
    private final Map<KindKey, Set<MethodTrait>> kindMemo = new java.util.concurrent.ConcurrentHashMap<>();
    /** Memo of {@link #methodTraits}: the same few library calls are asked about over and over. */
    private final Map<MethodKey, Set<MethodTrait>> methodMemo = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<MethodTrait, Set<String>> namesMemo = new java.util.concurrent.ConcurrentHashMap<>();

    private record MethodKey(String type, String name, int arity) {
    }

    private record KindKey(TypeTrait kind, String name, int arity) {
    }

    private final String fingerprint;

    private KnowledgeBase(Rows rows, String fingerprint) {
        Map<String, LibraryType> types = rows.types;
        this.fingerprint = fingerprint;
        this.types = Map.copyOf(types);
        this.methods = Map.copyOf(rows.methods);
        this.names = Map.copyOf(rows.names);
        Map<NameGroup, List<String>> patterns = new EnumMap<>(NameGroup.class);
        rows.names.forEach((group, words) -> {
            List<String> wild = words.stream().filter(w -> w.indexOf('*') >= 0).sorted().toList();
            if (!wild.isEmpty()) {
                patterns.put(group, wild);
            }
        });
        this.namePatterns = Map.copyOf(patterns);
        Map<String, Set<AnnotationTrait>> annotated = new HashMap<>();
        rows.annotations.forEach((k, v) -> annotated.put(k, java.util.Collections.unmodifiableSet(EnumSet.copyOf(v))));
        this.annotations = Map.copyOf(annotated);
        this.contracts = List.copyOf(rows.contracts);
        Map<String, Set<MethodTrait>> named = new HashMap<>();
        rows.byName.forEach((k, v) -> named.put(k, java.util.Collections.unmodifiableSet(EnumSet.copyOf(v))));
        this.byName = Map.copyOf(named);
        this.results = Map.copyOf(rows.results);
        this.declares = Map.copyOf(rows.declares);
        Map<String, Set<String>> closure = new HashMap<>();
        Map<String, List<String>> simple = new HashMap<>();
        for (String name : types.keySet()) {
            closure.put(name, Set.copyOf(collectAncestors(name)));
            simple.computeIfAbsent(simpleName(name), k -> new ArrayList<>()).add(name);
        }
        this.ancestors = Map.copyOf(closure);
        Map<String, List<String>> frozen = new HashMap<>();
        simple.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.bySimpleName = Map.copyOf(frozen);
    }

    /**
     * The names of every instance method a library type declares (its own and its library supertypes'
     * together), or {@code null} when the knowledge base does not list them: a program method of another
     * name overrides none of them.
     */
    public Set<String> declaredMethods(String type) {
        return declares.get(type);
    }

    /** Identifies the knowledge this base holds: facts extracted with other knowledge are not reused. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The built-in knowledge base. */
    public static KnowledgeBase jdk() {
        return Builtin.INSTANCE;
    }

    /** A knowledge base with extra lines in the same format as the data file (project knowledge). */
    public KnowledgeBase withLines(List<String> lines) {
        Rows more = new Rows();
        more.types.putAll(types);
        more.methods.putAll(methods);
        more.names.putAll(names);
        more.contracts.addAll(contracts);
        more.byName.putAll(byName);
        more.results.putAll(results);
        more.annotations.putAll(annotations);
        int number = 0;
        for (String line : lines) {
            parseLine(line, ++number, "project knowledge", more);
        }
        return new KnowledgeBase(more, hash(fingerprint + "\n" + String.join("\n", lines)));
    }

    /** The type with this qualified name, or {@code null} when the knowledge base does not know it. */
    public LibraryType type(String qualifiedName) {
        return qualifiedName == null ? null : types.get(qualifiedName);
    }

    /**
     * The qualified name of the only known type with this simple name, or {@code null} when there is
     * none or several. Used when imports cannot tell (on-demand imports, unresolved names).
     */
    public String qualifySimpleName(String simpleName) {
        List<String> candidates = bySimpleName.get(simpleName);
        return candidates != null && candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** Whether the type, or one of its known supertypes, has the trait; a name that is not known (or none) has none. */
    public boolean is(String qualifiedName, TypeTrait trait) {
        LibraryType type = qualifiedName == null ? null : types.get(qualifiedName);
        if (type == null) {
            return false;
        }
        if (type.traits().contains(trait)) {
            return true;
        }
        if (!inherits(trait)) {
            return false;
        }
        for (String ancestor : ancestors.getOrDefault(qualifiedName, Set.of())) {
            LibraryType a = types.get(ancestor);
            if (a != null && a.traits().contains(trait)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code qualifiedName} is {@code ancestor} or a known subtype of it. */
    public boolean isSubtype(String qualifiedName, String ancestor) {
        return qualifiedName.equals(ancestor) || ancestors.getOrDefault(qualifiedName, Set.of()).contains(ancestor);
    }

    /** The traits of a method called on a receiver of the given type (searching its supertypes). */
    public Set<MethodTrait> methodTraits(String qualifiedType, String methodName, int arity) {
        return methodMemo.computeIfAbsent(new MethodKey(qualifiedType, methodName, arity),
                k -> computeMethodTraits(k.type(), k.name(), k.arity()));
    }

    private Set<MethodTrait> computeMethodTraits(String qualifiedType, String methodName, int arity) {
        Set<MethodTrait> result = EnumSet.noneOf(MethodTrait.class);
        addMethodTraits(result, qualifiedType, methodName, arity);
        for (String ancestor : ancestors.getOrDefault(qualifiedType, Set.of())) {
            addMethodTraits(result, ancestor, methodName, arity);
        }
        addMethodTraits(result, OBJECT, methodName, arity);
        return result.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(result);
    }

    /** The names of all known methods with the trait, of any type (e.g. every lock-release method: unlock, leave). */
    public Set<String> methodNamesWith(MethodTrait trait) {
        return namesMemo.computeIfAbsent(trait, t -> {
            Set<String> names = new java.util.TreeSet<>();
            for (Map.Entry<String, Set<MethodTrait>> e : methods.entrySet()) {
                if (e.getValue().contains(t)) {
                    String key = e.getKey();
                    int slash = key.indexOf('/');
                    names.add(key.substring(key.indexOf('#') + 1, slash < 0 ? key.length() : slash));
                }
            }
            return Set.copyOf(names);
        });
    }

    /**
     * The static methods with the trait as code names them through their class's simple name
     * ({@code Math.max}), for checks made while a file is read, before names are resolved.
     */
    public Set<String> simpleQualifiedNamesWith(MethodTrait trait) {
        Set<String> names = new java.util.TreeSet<>();
        for (String key : methodKeysWith(trait)) {
            String type = key.substring(0, key.indexOf('#'));
            int slash = key.indexOf('/');
            names.add(type.substring(type.lastIndexOf('.') + 1) + "." + key.substring(key.indexOf('#') + 1,
                    slash < 0 ? key.length() : slash));
        }
        return Set.copyOf(names);
    }

    /** The rows ({@code Type#name} or {@code Type#name/arity}) of the methods with the trait: for checks of the table. */
    Set<String> methodKeysWith(MethodTrait trait) {
        Set<String> keys = new java.util.TreeSet<>();
        methods.forEach((key, traits) -> {
            if (traits.contains(trait)) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** Whether any known type has a method of this name with the trait (for receivers of unknown type). */
    public boolean anyMethodHas(String methodName, MethodTrait trait) {
        String suffix = "#" + methodName;
        for (Map.Entry<String, Set<MethodTrait>> e : methods.entrySet()) {
            String key = e.getKey();
            int slash = key.indexOf('/');
            String bare = slash < 0 ? key : key.substring(0, slash);
            if (bare.endsWith(suffix) && e.getValue().contains(trait)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The traits the table's name-only rows ({@code method *#name}) give a call of this name, whatever
     * its receiver. For receivers of unknown type, and for known ones whose own rows do not answer.
     */
    public Set<MethodTrait> traitsByName(String methodName, int arity) {
        Set<MethodTrait> any = byName.get(methodName);
        Set<MethodTrait> exact = arity < 0 ? null : byName.get(methodName + "/" + arity);
        if (exact == null) {
            return any == null ? Set.of() : any;
        }
        if (any == null) {
            return exact;
        }
        Set<MethodTrait> both = EnumSet.copyOf(any);
        both.addAll(exact);
        return java.util.Collections.unmodifiableSet(both);
    }

    /**
     * The traits of a call on a receiver of the given type ({@code null} when unknown) together with
     * those the name-only rows give its name: for questions where the name alone is evidence enough.
     */
    public Set<MethodTrait> callTraits(String receiverType, String methodName, int arity) {
        Set<MethodTrait> named = traitsByName(methodName, arity);
        if (receiverType == null) {
            return named;
        }
        Set<MethodTrait> typed = methodTraits(receiverType, methodName, arity);
        if (named.isEmpty() || typed.containsAll(named)) {
            return typed;
        }
        Set<MethodTrait> both = EnumSet.copyOf(named);
        both.addAll(typed);
        return java.util.Collections.unmodifiableSet(both);
    }

    /**
     * The traits of a method on some known type of the given kind, when the receiver is of that kind
     * but not of a known type (a stream stage whose element type no one wrote down): the union over
     * every such type.
     */
    public Set<MethodTrait> methodTraitsOfKind(TypeTrait kind, String methodName, int arity) {
        return kindMemo.computeIfAbsent(new KindKey(kind, methodName, arity), k -> {
            Set<MethodTrait> union = EnumSet.noneOf(MethodTrait.class);
            for (String type : types.keySet()) {
                if (is(type, k.kind())) {
                    union.addAll(methodTraits(type, k.name(), k.arity()));
                }
            }
            return union.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(union);
        });
    }

    /** The traits of {@code Object}'s methods: the only ones a receiver of unknown type is sure to have. */
    public Set<MethodTrait> objectMethodTraits(String methodName, int arity) {
        return methodTraits(OBJECT, methodName, arity);
    }

    /**
     * The result type the table gives a method called on a receiver of the given type, from the
     * nearest type (the receiver's own, then its supertypes level by level) with a {@code result} row;
     * {@code null} when there is none.
     */
    public LibraryResult result(String qualifiedType, String methodName, int arity) {
        Set<String> seen = new java.util.HashSet<>();
        List<String> level = List.of(qualifiedType);
        while (!level.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String type : level) {
                if (!seen.add(type)) {
                    continue;
                }
                LibraryResult found = resultRow(type + "#" + methodName, arity);
                if (found != null) {
                    return found;
                }
                LibraryType t = types.get(type);
                if (t != null) {
                    next.addAll(t.supertypes());
                }
            }
            level = next;
        }
        return null;
    }

    /** The result type a name-only row ({@code result *#name}) gives a call on a receiver of unknown type. */
    public LibraryResult resultByName(String methodName, int arity) {
        return resultRow(ANY_RECEIVER + methodName, arity);
    }

    private LibraryResult resultRow(String key, int arity) {
        LibraryResult exact = arity < 0 ? null : results.get(key + "/" + arity);
        return exact != null ? exact : results.get(key);
    }

    /**
     * What a type's documentation comment says about sharing it between threads, from the
     * {@code contract} phrases of the table: a "not thread-safe" phrase wins over a "thread-safe" one.
     */
    public dev.fearless.facts.Contract documentedContract(String docComment) {
        String text = ContractPhrase.plain(docComment);
        dev.fearless.facts.Contract found = dev.fearless.facts.Contract.NONE;
        for (ContractPhrase phrase : contracts) {
            if (phrase.pattern().matcher(text).find()) {
                if (phrase.contract() == dev.fearless.facts.Contract.NOT_THREAD_SAFE) {
                    return phrase.contract();
                }
                if (rank(phrase.contract()) > rank(found)) {
                    found = phrase.contract();
                }
            }
        }
        return found;
    }

    /** Which of two contracts a comment stating both has: being shared says more than being thread-safe. */
    private static int rank(dev.fearless.facts.Contract c) {
        return switch (c) {
            case SHARED -> 3;
            case THREAD_SAFE -> 2;
            case NONE, DELIBERATE_RACE, CONFINED_FIELD, CONFINED_METHODS -> 0;
            default -> 1;
        };
    }

    /** Whether a documentation comment states the contract: one of its phrases is in the comment's plain text. */
    public boolean states(String docComment, dev.fearless.facts.Contract contract) {
        String text = ContractPhrase.plain(docComment);
        for (ContractPhrase phrase : contracts) {
            if (phrase.contract() == contract && phrase.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is in the group: one of its names, or matching a pattern ({@code set*}, {@code *Async}). */
    public boolean inGroup(NameGroup group, String methodName) {
        if (names.getOrDefault(group, Set.of()).contains(methodName)) {
            return true;
        }
        for (String pattern : namePatterns.getOrDefault(group, List.of())) {
            boolean prefix = pattern.endsWith("*");
            String fixed = prefix ? pattern.substring(0, pattern.length() - 1) : pattern.substring(1);
            if (prefix ? methodName.startsWith(fixed) : methodName.endsWith(fixed)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the annotations (honoured by simple name) has the trait. */
    public boolean annotated(List<dev.fearless.facts.AnnotationFacts> uses, AnnotationTrait trait) {
        return annotationWith(uses, trait) != null;
    }

    /** The values of the first of the annotations with the trait ({@code @GuardedBy("lock")}: the lock), or none. */
    public List<String> annotationValues(List<dev.fearless.facts.AnnotationFacts> uses, AnnotationTrait trait) {
        dev.fearless.facts.AnnotationFacts found = annotationWith(uses, trait);
        return found == null ? List.of() : found.values();
    }

    /**
     * The traits of an annotation known by its last two names ({@code InterfaceAudience.Private}), for
     * annotations nested in a type whose own name says what they mean.
     */
    public Set<AnnotationTrait> nestedAnnotationTraits(String outerAndName) {
        return annotations.getOrDefault(outerAndName, Set.of());
    }

    private dev.fearless.facts.AnnotationFacts annotationWith(List<dev.fearless.facts.AnnotationFacts> uses,
                                                            AnnotationTrait trait) {
        for (dev.fearless.facts.AnnotationFacts a : uses) {
            if (annotations.getOrDefault(a.simpleName(), Set.of()).contains(trait)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The name of the method with trait {@code want} on the type whose method {@code methodName} has trait
     * {@code has}: its counterpart ({@code notify} and {@code notifyAll}, {@code signal} and
     * {@code signalAll}, a thread's {@code run} and {@code start}). {@code null} when the table has none.
     */
    public String counterpart(String methodName, MethodTrait has, MethodTrait want) {
        Set<String> owners = new java.util.TreeSet<>();
        for (String key : methodKeysWith(has)) {
            if (bareName(key).equals(methodName)) {
                owners.add(key.substring(0, key.indexOf('#') + 1));
            }
        }
        Set<String> wanted = methodKeysWith(want);
        for (String owner : owners) {
            for (String key : wanted) {
                if (key.startsWith(owner)) {
                    return bareName(key);
                }
            }
        }
        return null;
    }

    /** The method name of a row key: {@code Type#name/arity} gives {@code name}. */
    private static String bareName(String key) {
        int slash = key.indexOf('/');
        return key.substring(key.indexOf('#') + 1, slash < 0 ? key.length() : slash);
    }

    /** The known supertypes of a type, transitively (not including itself). */
    public Set<String> ancestors(String qualifiedName) {
        return ancestors.getOrDefault(qualifiedName, Set.of());
    }

    public static String simpleName(String qualifiedName) {
        int cut = Math.max(qualifiedName.lastIndexOf('.'), qualifiedName.lastIndexOf('$'));
        return cut < 0 ? qualifiedName : qualifiedName.substring(cut + 1);
    }

    private static boolean inherits(TypeTrait trait) {
        // Being a collection or a lock is inherited; being immutable or unsafe is a property of the
        // concrete class, not of an interface it implements.
        return switch (trait) {
            case IMMUTABLE, UNSAFE, FORMAT, SYNCHRONIZED, STATELESS, BOXED -> false;
            default -> true;
        };
    }

    private void addMethodTraits(Set<MethodTrait> into, String type, String name, int arity) {
        Set<MethodTrait> any = methods.get(type + "#" + name);
        if (any != null) {
            into.addAll(any);
        }
        if (arity >= 0) {
            Set<MethodTrait> exact = methods.get(type + "#" + name + "/" + arity);
            if (exact != null) {
                into.addAll(exact);
            }
        }
    }

    private Set<String> collectAncestors(String name) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> work = new ArrayDeque<>();
        work.push(name);
        while (!work.isEmpty()) {
            LibraryType t = types.get(work.pop());
            if (t == null) {
                continue;
            }
            for (String s : t.supertypes()) {
                if (seen.add(s)) {
                    work.push(s);
                }
            }
        }
        return seen;
    }

    private static KnowledgeBase load() {
        Rows rows = new Rows();
        StringBuilder all = new StringBuilder();
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("knowledge base resource missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                parseLine(line, ++number, RESOURCE, rows);
                all.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnowledgeBase(rows, hash(all.toString()));
    }

    /** The rows of the table as they are read, before the knowledge base freezes them. */
    private static final class Rows {
        final Map<String, LibraryType> types = new HashMap<>();
        final Map<String, Set<MethodTrait>> methods = new HashMap<>();
        final Map<NameGroup, Set<String>> names = new EnumMap<>(NameGroup.class);
        final List<ContractPhrase> contracts = new ArrayList<>();
        final Map<String, Set<MethodTrait>> byName = new HashMap<>();
        final Map<String, LibraryResult> results = new HashMap<>();
        final Map<String, Set<AnnotationTrait>> annotations = new HashMap<>();
        final Map<String, Set<String>> declares = new HashMap<>();
    }

    private static void parseLine(String line, int number, String source, Rows rows) {
        Map<String, LibraryType> types = rows.types;
        Map<String, Set<MethodTrait>> methods = rows.methods;
        Map<NameGroup, Set<String>> names = rows.names;
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        String[] cols = line.split("\t");
        String kind = cols[0].trim();
        if (cols.length < 2) {
            throw new IllegalArgumentException(source + ":" + number + ": expected at least two columns");
        }
        String subject = cols[1].trim();
        List<String> third = cols.length > 2 ? words(cols[2]) : List.of();
        List<String> fourth = cols.length > 3 ? words(cols[3]) : List.of();
        switch (kind) {
            case "type" -> {
                Set<TypeTrait> traits = EnumSet.noneOf(TypeTrait.class);
                for (String t : third) {
                    traits.add(TypeTrait.valueOf(constant(t, source, number)));
                }
                types.put(subject, new LibraryType(subject, traits, fourth));
            }
            case "method" -> {
                Set<MethodTrait> traits = EnumSet.noneOf(MethodTrait.class);
                for (String t : third) {
                    traits.add(MethodTrait.valueOf(constant(t, source, number)));
                }
                Map<String, Set<MethodTrait>> into = subject.startsWith(ANY_RECEIVER) ? rows.byName : methods;
                String key = subject.startsWith(ANY_RECEIVER) ? subject.substring(ANY_RECEIVER.length()) : subject;
                into.merge(key, traits, (a, b) -> {
                    Set<MethodTrait> both = EnumSet.noneOf(MethodTrait.class);
                    both.addAll(a);
                    both.addAll(b);
                    return both;
                });
            }
            case "names" -> {
                NameGroup group = NameGroup.valueOf(constant(subject, source, number));
                Set<String> merged = new LinkedHashSet<>(names.getOrDefault(group, Set.of()));
                merged.addAll(third);
                names.put(group, Set.copyOf(merged));
            }
            case "annotation" -> {
                Set<AnnotationTrait> traits = EnumSet.noneOf(AnnotationTrait.class);
                for (String t : third) {
                    traits.add(AnnotationTrait.valueOf(constant(t, source, number)));
                }
                rows.annotations.merge(subject, traits, (a, b) -> {
                    Set<AnnotationTrait> both = EnumSet.noneOf(AnnotationTrait.class);
                    both.addAll(a);
                    both.addAll(b);
                    return both;
                });
            }
            case "result" -> {
                if (third.size() != 1) {
                    throw new IllegalArgumentException(source + ":" + number + ": a result names one type, or 'receiver'");
                }
                rows.results.put(subject, LibraryResult.of(third.get(0)));
            }
            case "declares" -> rows.declares.put(subject, Set.copyOf(third));
            case "contract" -> {
                if (cols.length < 3 || cols[2].isBlank()) {
                    throw new IllegalArgumentException(source + ":" + number + ": a contract needs a phrase");
                }
                rows.contracts.add(ContractPhrase.of(constant(subject, source, number), cols[2].trim(), source, number));
            }
            default -> throw new IllegalArgumentException(source + ":" + number + ": unknown kind '" + kind + "'");
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String constant(String word, String source, int number) {
        String name = word.toUpperCase(Locale.ROOT).replace('-', '_');
        if (name.isEmpty()) {
            throw new IllegalArgumentException(source + ":" + number + ": empty trait");
        }
        return name;
    }

    private static List<String> words(String column) {
        String trimmed = column.trim();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    /** Holder idiom: the built-in knowledge base is loaded once, on first use, safely published. */
    private static final class Builtin {
        static final KnowledgeBase INSTANCE = load();
    }
}
