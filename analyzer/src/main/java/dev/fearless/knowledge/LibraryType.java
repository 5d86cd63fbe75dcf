package dev.fearless.knowledge;

import java.util.List;
import java.util.Set;

/** A library type the knowledge base describes: its qualified name, traits and direct supertypes. */
public record LibraryType(String name, Set<TypeTrait> traits, List<String> supertypes) {

    public LibraryType {
        traits = Set.copyOf(traits);
        supertypes = List.copyOf(supertypes);
    }

    public String simpleName() {
        return KnowledgeBase.simpleName(name);
    }
}
