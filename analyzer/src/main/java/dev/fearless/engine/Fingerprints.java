package dev.fearless.engine;

import dev.fearless.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that identify a finding across unrelated edits: a hash of the rule, the file, the
 * declaration it is in and its message with numbers removed (so moved lines do not change it),
 * plus an ordinal when several findings share all of those.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static List<Finding> assign(List<Finding> sorted) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> result = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            String key = f.ruleId() + "|" + f.location().path() + "|" + f.logicalLocation() + "|"
                    + f.message().replaceAll("\\d+", "#");
            int n = seen.merge(key, 1, Integer::sum);
            String hash = sha256(key).substring(0, 32);
            result.add(f.withFingerprint(n == 1 ? hash : hash + ":" + n));
        }
        return result;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
