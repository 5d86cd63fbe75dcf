package dev.fearless.facts;

/** A parameter or local variable: its name (unique within the method for locals) and declared type. */
public record Variable(String name, TypeRef type) {

    public Variable {
        name = name.intern();
    }
}
