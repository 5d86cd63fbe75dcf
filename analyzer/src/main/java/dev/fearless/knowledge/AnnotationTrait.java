package dev.fearless.knowledge;

/**
 * What the knowledge base knows about an annotation, honoured by simple name from any package; the
 * audience traits by their last two names ({@code InterfaceAudience.Public}), which say whose they are.
 */
public enum AnnotationTrait {
    /** Names the lock that guards a field or method ({@code @GuardedBy}). */
    GUARDED_BY,
    /** Declares a class safe to share between threads ({@code @ThreadSafe}). */
    THREAD_SAFE,
    /** Declares a class's instances unchanging once built ({@code @Immutable}). */
    IMMUTABLE,
    /** Declares a field set lazily by a benign race: its readers tolerate seeing it unset ({@code @LazyInit}). */
    LAZY_INIT,
    /** Marks a member visible only so tests can reach it ({@code @VisibleForTesting}). */
    FOR_TESTING,
    /** A container calls the method once, after construction, before the object is used ({@code @PostConstruct}). */
    INITIALIZES,
    /** A container calls the method once, after the object's last use, before it drops it ({@code @PreDestroy}). */
    DISPOSES,
    /** A container sets the member while it wires the object up ({@code @Inject}, {@code @Autowired}). */
    INJECTED,
    /** A pipeline handler added to several channels at once, so run by several event loops ({@code @Sharable}, inherited). */
    SHARED_HANDLER,
    /** The method implements or overrides one of a supertype ({@code @Override}). */
    OVERRIDES,
    /**
     * Declares a package, type or member for code outside its project ({@code @InterfaceAudience.Public}).
     * A project that marks its API so keeps every unmarked type for itself.
     */
    FOR_CLIENTS,
    /**
     * Declares a package, type or member for named other projects ({@code @InterfaceAudience.LimitedPrivate}):
     * its project is one of a family whose members call each other's private code.
     */
    FOR_FAMILY,
    /** Declares a package, type or member for its own project's code only ({@code @InterfaceAudience.Private}). */
    FOR_PROJECT,
    /**
     * Silences SpotBugs' bug patterns it names on a declaration ({@code @SuppressFBWarnings}); fearless's rules
     * with those patterns among their peers honour it.
     */
    SUPPRESSES_SPOTBUGS
}
