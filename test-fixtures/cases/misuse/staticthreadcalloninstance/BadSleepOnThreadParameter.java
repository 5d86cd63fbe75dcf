package misuse.staticthreadcalloninstance;

/** A throttle meant to pause the producer thread it is given; {@code t.sleep} pauses the caller instead. */
public class BadSleepOnThreadParameter {

    public void throttle(Thread producer, long millis) throws InterruptedException {
        producer.sleep(millis); // expect: StaticThreadCallOnInstance['`sleep` is a static method of Thread: `producer.sleep(...)` acts on the calling thread, not on `producer`']
    }
}
