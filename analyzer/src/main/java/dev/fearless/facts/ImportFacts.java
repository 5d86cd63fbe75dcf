package dev.fearless.facts;

/** One import declaration: {@code import static a.b.C.*;} is name {@code a.b.C}, static, on demand. */
public record ImportFacts(String name, boolean isStatic, boolean onDemand) {

    /**
     * The type a static import may take the member {@code member} from: the imported type of
     * {@code import static a.C.*;}, {@code a.C} for {@code import static a.C.member;}; {@code null} otherwise.
     */
    public String staticOwnerOf(String member) {
        if (!isStatic) {
            return null;
        }
        if (onDemand) {
            return name;
        }
        return name.endsWith("." + member) ? name.substring(0, name.length() - member.length() - 1) : null;
    }
}
