// EXPECT: static-hashmap-cache-from-request-threads @ line 34
package probe2.races;

import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Formats money amounts for storefront pages. Looking up currency symbols is
 * surprisingly slow, so symbols are memoized per language tag.
 */
public final class CurrencyDisplayHelper {
    private static final Map<String, String> SYMBOL_CACHE = new HashMap<>();

    private CurrencyDisplayHelper() {
    }

    static String symbolFor(String languageTag) {
        String cached = SYMBOL_CACHE.get(languageTag);
        if (cached != null) {
            return cached;
        }
        Locale locale = Locale.forLanguageTag(languageTag);
        String symbol;
        try {
            symbol = Currency.getInstance(locale).getSymbol(locale);
        } catch (IllegalArgumentException e) {
            symbol = "\u00a4";
        }
        SYMBOL_CACHE.put(languageTag, symbol); // BUG: static plain HashMap cache filled concurrently from request threads
        return symbol;
    }

    public static String display(long cents, String languageTag) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + symbolFor(languageTag) + (abs / 100) + "." + String.format("%02d", abs % 100);
    }

    public static void main(String[] args) throws InterruptedException {
        String[] tags = {"en-US", "de-DE", "fr-FR", "ja-JP", "en-GB", "pt-BR", "sv-SE", "pl-PL"};
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 4_000; i++) {
            String tag = tags[i % tags.length];
            long cents = i * 37L;
            requestThreads.execute(() -> display(cents, tag).length());
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(display(123456, "de-DE"));
    }
}
