package dev.fearless.rules;

import dev.fearless.rule.Rule;
import dev.fearless.rules.atomicity.CheckThenAct;
import dev.fearless.rules.atomicity.NonAtomicVolatileUpdate;
import dev.fearless.rules.atomicity.PutIfAbsentIgnored;
import dev.fearless.rules.atomicity.UnsafeIteration;
import dev.fearless.rules.deadlock.AlienCallUnderLock;
import dev.fearless.rules.deadlock.BlockingUnderLock;
import dev.fearless.rules.deadlock.ClassInitDeadlock;
import dev.fearless.rules.deadlock.DynamicLockOrder;
import dev.fearless.rules.deadlock.LockOrderInversion;
import dev.fearless.rules.deadlock.LockUpgrade;
import dev.fearless.rules.java21.StructuredScopeMisuse;
import dev.fearless.rules.java21.VirtualThreadPinning;
import dev.fearless.rules.misuse.EmptySynchronized;
import dev.fearless.rules.misuse.IgnoredFuture;
import dev.fearless.rules.misuse.InterruptSwallowed;
import dev.fearless.rules.misuse.MonitorNotHeld;
import dev.fearless.rules.misuse.MonitorOnConcurrencyObject;
import dev.fearless.rules.misuse.NotifyInsteadOfNotifyAll;
import dev.fearless.rules.misuse.SyncOnGetClass;
import dev.fearless.rules.misuse.SyncOnLocal;
import dev.fearless.rules.misuse.SyncOnNonFinalField;
import dev.fearless.rules.misuse.SyncOnSharedConstant;
import dev.fearless.rules.misuse.ThreadNeverStarted;
import dev.fearless.rules.misuse.ThreadRunCall;
import dev.fearless.rules.misuse.UnreleasedLock;
import dev.fearless.rules.misuse.WaitNotInLoop;
import dev.fearless.rules.publication.DoubleCheckedLocking;
import dev.fearless.rules.publication.GuardedStateEscape;
import dev.fearless.rules.publication.ThisEscape;
import dev.fearless.rules.publication.UnsafeLazyInit;
import dev.fearless.rules.publication.UnsafePublication;
import dev.fearless.rules.publication.VolatileMutableContents;
import dev.fearless.rules.races.GuardedByViolation;
import dev.fearless.rules.races.ImmutableViolation;
import dev.fearless.rules.races.MutableStaticState;
import dev.fearless.rules.races.NonThreadSafeStatic;
import dev.fearless.rules.races.SharedSingletonState;
import dev.fearless.rules.races.SpinOnField;
import dev.fearless.rules.races.StaticGuardedByInstance;
import dev.fearless.rules.races.ThreadSafeViolation;
import dev.fearless.rules.races.UnguardedRead;
import dev.fearless.rules.races.UnguardedWrite;
import dev.fearless.rules.races.UnsynchronizedOverride;
import dev.fearless.rules.sendsync.BlockingInAsync;
import dev.fearless.rules.sendsync.NonSendCapture;
import dev.fearless.rules.sendsync.ParallelStreamSideEffect;
import dev.fearless.rules.sendsync.ReadLockWrite;
import dev.fearless.rules.sendsync.UseAfterSend;
import java.util.List;

/** The one registry of the rules fearless ships. Adding a rule is one line here (plus its doc and fixtures). */
public final class BuiltinRules {

    private BuiltinRules() {
    }

    public static List<Rule> all() {
        return List.of(
                // races
                new GuardedByViolation(),
                new ImmutableViolation(),
                new MutableStaticState(),
                new NonThreadSafeStatic(),
                new SharedSingletonState(),
                new SpinOnField(),
                new StaticGuardedByInstance(),
                new ThreadSafeViolation(),
                new UnguardedRead(),
                new UnguardedWrite(),
                new UnsynchronizedOverride(),
                // atomicity
                new CheckThenAct(),
                new NonAtomicVolatileUpdate(),
                new PutIfAbsentIgnored(),
                new UnsafeIteration(),
                // publication
                new DoubleCheckedLocking(),
                new GuardedStateEscape(),
                new ThisEscape(),
                new UnsafeLazyInit(),
                new UnsafePublication(),
                new VolatileMutableContents(),
                // deadlock
                new AlienCallUnderLock(),
                new BlockingUnderLock(),
                new ClassInitDeadlock(),
                new DynamicLockOrder(),
                new LockOrderInversion(),
                new LockUpgrade(),
                // misuse
                new EmptySynchronized(),
                new IgnoredFuture(),
                new InterruptSwallowed(),
                new MonitorNotHeld(),
                new MonitorOnConcurrencyObject(),
                new NotifyInsteadOfNotifyAll(),
                new SyncOnGetClass(),
                new SyncOnLocal(),
                new SyncOnNonFinalField(),
                new SyncOnSharedConstant(),
                new ThreadNeverStarted(),
                new ThreadRunCall(),
                new UnreleasedLock(),
                new WaitNotInLoop(),
                // send/sync
                new BlockingInAsync(),
                new NonSendCapture(),
                new ParallelStreamSideEffect(),
                new ReadLockWrite(),
                new UseAfterSend(),
                // java21
                new StructuredScopeMisuse(),
                new VirtualThreadPinning());
    }
}
