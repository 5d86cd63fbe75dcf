package dev.fearless.program;

import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.FileFacts;
import dev.fearless.facts.ImportFacts;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.TypeFacts;
import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.knowledge.KnowledgeBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whose code a project writes its types for, as its audience annotations declare
 * ({@code @InterfaceAudience.Public} on a type, a member or a {@code package-info}). A project that marks
 * what it offers to code outside keeps every unmarked type for itself: Apache Yetus and Hadoop say "public
 * classes that are not marked with this annotation must be considered by default as private". The nearest
 * mark decides: a member's, then its type's and enclosing types', then its package's. A project is the
 * packages of one source folder (the path above the package's folders) under the deepest package that
 * holds all those its marks are in ({@code org.apache.zookeeper}), so one scan may hold a project that
 * marks its API and others that do not. A project that grants some of its code to named other
 * projects ({@code @InterfaceAudience.LimitedPrivate({"HDFS"})}) is one of a family whose members call each
 * other's private code (Hadoop's "private" means "within Hadoop itself"): the program is not all of that
 * family, so its marks keep nothing from the threads of code outside it.
 */
public final class Audiences {

    private enum Audience { CLIENTS, FAMILY, PROJECT }

    private final KnowledgeBase knowledge;
    /** The packages under which some type or package is marked for clients, by source folder. */
    private final Map<String, String> marking = new HashMap<>();
    /** The packages under which some type or package is marked for named other projects, by source folder. */
    private final Map<String, String> family = new HashMap<>();
    /** The audience a package-info declares, by source folder and package. */
    private final Map<String, Audience> packages = new HashMap<>();

    /** Whether any package, type or member of the program carries an audience mark (most carry none). */
    private final boolean marked;
    private final Map<TypeInfo, Boolean> kept = new java.util.concurrent.ConcurrentHashMap<>();

    Audiences(List<FileFacts> files, KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        boolean any = false;
        for (FileFacts file : files) {
            Audience declared = audience(file.packageAnnotations(), file);
            if (declared != null) {
                packages.put(sourceFolder(file) + file.packageName(), declared);
            }
            Set<Audience> marks = java.util.EnumSet.noneOf(Audience.class);
            if (declared != null) {
                marks.add(declared);
            }
            for (TypeFacts t : file.types()) {
                Audience a = audience(t.annotations(), file);
                if (a != null) {
                    marks.add(a);
                }
                for (MethodFacts m : t.methods()) {
                    any |= audience(m.annotations(), file) != null;
                }
            }
            any |= !marks.isEmpty();
            if (marks.contains(Audience.CLIENTS)) {
                marking.merge(sourceFolder(file), file.packageName(), Audiences::commonPackage);
            }
            if (marks.contains(Audience.FAMILY)) {
                family.merge(sourceFolder(file), file.packageName(), Audiences::commonPackage);
            }
        }
        this.marked = any;
    }

    /**
     * Whether the project keeps {@code t} for its own code: it, a type it is nested in or its package is
     * marked so, or nothing is and its project marks what it offers outside.
     */
    public boolean keptForProject(TypeInfo t) {
        return marked && kept.computeIfAbsent(t, this::kept);
    }

    private boolean kept(TypeInfo t) {
        if (inProject(family, t.file())) {
            return false;
        }
        for (TypeInfo c = t; c != null; c = c.enclosing()) {
            Audience a = audience(c.facts().annotations(), c.file());
            if (a != null) {
                return a == Audience.PROJECT;
            }
        }
        FileFacts file = t.file();
        Audience a = packages.get(sourceFolder(file) + file.packageName());
        return a != null ? a == Audience.PROJECT : inProject(marking, file);
    }

    /** Whether {@code m} itself is marked for its project's own code ({@code @InterfaceAudience.Private} on a method). */
    public boolean keptForProject(MethodInfo m) {
        return marked && !m.facts().annotations().isEmpty() && !inProject(family, m.owner().file())
                && audience(m.facts().annotations(), m.owner().file()) == Audience.PROJECT;
    }

    private Audience audience(List<AnnotationFacts> annotations, FileFacts file) {
        for (AnnotationFacts a : annotations) {
            Set<AnnotationTrait> traits = traits(a.name(), file);
            if (traits.contains(AnnotationTrait.FOR_PROJECT)) {
                return Audience.PROJECT;
            }
            if (traits.contains(AnnotationTrait.FOR_CLIENTS)) {
                return Audience.CLIENTS;
            }
            if (traits.contains(AnnotationTrait.FOR_FAMILY)) {
                return Audience.FAMILY;
            }
        }
        return null;
    }

    /**
     * The traits of an annotation by its last two names: as written ({@code InterfaceAudience.Private}),
     * or through the import that names it ({@code import ...InterfaceAudience.Private;} then
     * {@code @Private}) or its enclosing type ({@code import ...InterfaceAudience.*;}).
     */
    private Set<AnnotationTrait> traits(String written, FileFacts file) {
        if (written.indexOf('.') >= 0) {
            return knowledge.nestedAnnotationTraits(lastTwo(written));
        }
        if (file.imports().isEmpty()) {
            return Set.of();
        }
        for (ImportFacts i : file.imports()) {
            if (i.isStatic()) {
                continue;
            }
            String name = i.onDemand() ? i.name() + "." + written : i.name();
            if (name.endsWith("." + written)) {
                Set<AnnotationTrait> traits = knowledge.nestedAnnotationTraits(lastTwo(name));
                if (!traits.isEmpty()) {
                    return traits;
                }
            }
        }
        return Set.of();
    }

    /** Whether the file is in the project that {@code projects} names for its source folder. */
    private static boolean inProject(Map<String, String> projects, FileFacts file) {
        String root = projects.get(sourceFolder(file));
        return root != null && (root.isEmpty() || file.packageName().equals(root)
                || file.packageName().startsWith(root + "."));
    }

    /** The deepest package that holds both ({@code a.b} for {@code a.b.c} and {@code a.b.d}). */
    private static String commonPackage(String a, String b) {
        String[] x = a.split("\\.", -1);
        String[] y = b.split("\\.", -1);
        StringBuilder common = new StringBuilder();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            common.append(i == 0 ? "" : ".").append(x[i]);
        }
        return common.toString();
    }

    private static String lastTwo(String name) {
        int last = name.lastIndexOf('.');
        int before = last <= 0 ? -1 : name.lastIndexOf('.', last - 1);
        return name.substring(before + 1);
    }

    /** The folder above the file's package folders ({@code src/main/java/}), or its own folder where they differ. */
    private static String sourceFolder(FileFacts file) {
        String path = file.path();
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        String packageFolder = file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
        return folder.endsWith(packageFolder) ? folder.substring(0, folder.length() - packageFolder.length()) : folder;
    }
}
