package dev.fearless.facts;

/** One import declaration: {@code import static a.b.C.*;} is name {@code a.b.C}, static, on demand. */
public record ImportFacts(String name, boolean isStatic, boolean onDemand) {
}
