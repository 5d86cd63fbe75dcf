package misuse.threadruncall;

import java.util.concurrent.Executor;

/** Executor that runs each task on the caller's thread (JCiP's WithinThreadExecutor): run() on a plain Runnable is synchronous by design. */
public class GoodRunnableRun implements Executor {

    @Override
    public void execute(Runnable command) {
        command.run();
    }
}
