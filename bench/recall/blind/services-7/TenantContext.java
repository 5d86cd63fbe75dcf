// EXPECT: none
package probe7a; import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-tenant routing context shared by all request threads of the
 * multi-tenant API. The routing key (used to pick a DB shard and to tag
 * metrics) is a SHA-256 digest, so it is computed lazily and cached.
 */
public final class TenantContext {

    private static final Map<String, TenantContext> REGISTRY = new ConcurrentHashMap<>();

    private final String tenantId;
    private final String region;
    private final int shardCount;
    private String routingKey; // lazily computed; intentionally not volatile

    private TenantContext(String tenantId, String region, int shardCount) {
        this.tenantId = tenantId;
        this.region = region;
        this.shardCount = shardCount;
    }

    public static TenantContext forTenant(String tenantId, String region, int shardCount) {
        return REGISTRY.computeIfAbsent(tenantId, id -> new TenantContext(id, region, shardCount));
    }

    public String tenantId() {
        return tenantId;
    }

    public String region() {
        return region;
    }

    /** Called concurrently from request threads; may compute the key more than once. */
    public String routingKey() {
        String key = routingKey;
        if (key == null) {
            key = computeRoutingKey();
            routingKey = key; // OK: racy single-check idiom: the field is read exactly once into a local, String is immutable (final fields survive a data race), and computeRoutingKey() is deterministic, so racing request threads can only write equal values and never observe a half-built key
        }
        return key;
    }

    public int shard() {
        return Math.floorMod(routingKey().hashCode(), shardCount);
    }

    private String computeRoutingKey() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((region + "/" + tenantId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
