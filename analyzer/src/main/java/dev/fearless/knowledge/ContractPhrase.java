package dev.fearless.knowledge;

import dev.fearless.facts.Contract;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A phrase of the knowledge table that, found in a type's documentation comment, states its contract:
 * {@code contract  not-thread-safe  not (\w+ ){0,3}thread[- ]?safe}. Phrases are regular expressions
 * matched, ignoring case, against the comment's plain text (no comment markers, tags or line breaks).
 */
record ContractPhrase(Contract contract, Pattern pattern) {

    static ContractPhrase of(String contract, String regex, String source, int number) {
        Contract c;
        try {
            c = Contract.valueOf(contract);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ":" + number + ": unknown contract '"
                    + contract.toLowerCase(Locale.ROOT).replace('_', '-') + "'", e);
        }
        if (c == Contract.NONE) {
            throw new IllegalArgumentException(source + ":" + number + ": 'none' is not a contract a phrase states");
        }
        try {
            return new ContractPhrase(c, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(source + ":" + number + ": bad phrase: " + e.getDescription(), e);
        }
    }

    /** A documentation comment as plain words: no comment markers, leading stars, HTML tags or inline-tag braces. */
    static String plain(String docComment) {
        String text = docComment.replace("/**", " ").replace("*/", " ").replaceFirst("^\\s*//", " ");
        text = text.replaceAll("(?m)^\\s*\\*", " ");
        text = text.replaceAll("<[^>]{1,40}>", " ").replaceAll("\\{@\\w+\\s*([^}]*)}", "$1");
        return text.replaceAll("\\s+", " ").trim();
    }
}
