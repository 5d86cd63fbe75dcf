package dev.fearless.knowledge;

/** What the knowledge base knows about an annotation, honoured by simple name from any package. */
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
    OVERRIDES
}
