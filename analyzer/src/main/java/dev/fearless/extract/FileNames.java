package dev.fearless.extract;

import dev.fearless.facts.ImportFacts;
import dev.fearless.knowledge.KnowledgeBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Best-effort qualification of type names within one file, for the decisions the extractor must make
 * before the whole program is known (is this receiver an executor? is this class literal our own
 * class?). The program stage does the authoritative resolution later.
 */
final class FileNames {

    /** The package every file imports implicitly (JLS 7.3). */
    private static final String JAVA_LANG = "java.lang.";

    private final String packageName;
    private final Map<String, String> explicitImports = new HashMap<>();
    private final List<String> onDemandPackages;
    private final Map<String, String> declaredTypes = new HashMap<>();
    /** Members imported one by one ({@code import static a.b.C.NAME;}): simple name to owning type. */
    private final Map<String, String> staticMembers = new HashMap<>();
    private final KnowledgeBase knowledge;

    FileNames(String packageName, List<ImportFacts> imports, KnowledgeBase knowledge) {
        this.packageName = packageName;
        this.knowledge = knowledge;
        for (ImportFacts i : imports) {
            if (!i.isStatic() && !i.onDemand()) {
                explicitImports.put(KnowledgeBase.simpleName(i.name()), i.name());
            } else if (i.isStatic() && !i.onDemand() && i.name().lastIndexOf('.') > 0) {
                int dot = i.name().lastIndexOf('.');
                staticMembers.put(i.name().substring(dot + 1), i.name().substring(0, dot));
            }
        }
        this.onDemandPackages = imports.stream().filter(i -> i.onDemand() && !i.isStatic()).map(ImportFacts::name)
                .toList();
    }

    /** The type a single static import takes the member {@code name} from, or {@code null}. */
    String staticImportOwner(String name) {
        return staticMembers.get(name);
    }

    /** Records a type declared in this file, so references to it qualify to its full name. */
    void declare(String simpleOrDotted, String qualifiedName) {
        declaredTypes.putIfAbsent(simpleOrDotted, qualifiedName);
    }

    /** The qualified name of a type declared in this file, or {@code null}. */
    String declared(String written) {
        return declaredTypes.get(written);
    }

    /**
     * The qualified name a written type name most likely stands for: a type of this file, an explicit
     * import, java.lang, a known library type imported on demand, or a type of this package.
     */
    String qualify(String written) {
        String declared = declaredTypes.get(written);
        if (declared != null) {
            return declared;
        }
        int dot = written.indexOf('.');
        String head = dot < 0 ? written : written.substring(0, dot);
        String imported = explicitImports.get(head);
        if (imported != null) {
            return dot < 0 ? imported : imported + written.substring(dot);
        }
        if (dot > 0 && Character.isLowerCase(written.charAt(0))) {
            return written;
        }
        if (dot < 0 && knowledge.type(JAVA_LANG + written) != null) {
            return JAVA_LANG + written;
        }
        String library = libraryName(written);
        if (library != null) {
            return library;
        }
        return packageName.isEmpty() ? written : packageName + "." + written;
    }

    /** The knowledge-base name for a written type, when the knowledge base knows it; else {@code null}. */
    String libraryName(String written) {
        String declared = declaredTypes.get(written);
        if (declared != null) {
            return null;
        }
        if (knowledge.type(written) != null) {
            return written;
        }
        String nested = written.replace('.', '$');
        int dot = written.indexOf('.');
        String head = dot < 0 ? written : written.substring(0, dot);
        String imported = explicitImports.get(head);
        if (imported != null) {
            String candidate = dot < 0 ? imported : imported + nested.substring(dot);
            return knowledge.type(candidate) != null ? candidate : null;
        }
        if (dot < 0 && knowledge.type(JAVA_LANG + written) != null) {
            return JAVA_LANG + written;
        }
        for (String pkg : onDemandPackages) {
            String candidate = pkg + "." + nested;
            if (knowledge.type(candidate) != null) {
                return candidate;
            }
        }
        if (!packageName.isEmpty() && knowledge.type(packageName + "." + nested) != null) {
            return packageName + "." + nested;
        }
        // Not imported at all: a well-known simple name still most likely means the JDK type.
        String simple = knowledge.qualifySimpleName(KnowledgeBase.simpleName(nested));
        return simple != null && (dot < 0 || simple.endsWith(nested)) ? simple : null;
    }
}
