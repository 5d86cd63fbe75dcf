package dev.fearless.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, said once, on the rule class. The rule's id is its class's simple name; its long
 * explanation is {@code rules/<RuleId>.md} beside it on the class path.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {

    Family family();

    Severity severity();

    /** One sentence: what the rule finds. */
    String summary();

    /** The same check in other tools, as {@code tool:CHECK_ID}. */
    String[] peers() default {};
}
