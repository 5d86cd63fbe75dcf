package dev.fearless.rule;

import java.util.Locale;

/** The families of rules, as in RULES.md; each is a package under {@code dev.fearless.rules}. */
public enum Family {
    RACES, ATOMICITY, PUBLICATION, DEADLOCK, MISUSE, SENDSYNC, JAVA21;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
