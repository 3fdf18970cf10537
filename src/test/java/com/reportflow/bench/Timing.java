package com.reportflow.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The measuring loop every benchmark here shares: warm-up runs first (so the JIT has compiled the code), then each
 * run timed on its own with System.nanoTime; the result keeps every time, sorted, and the last run's value, so that
 * the work cannot be optimised away.
 */
final class Timing<T> {

    /** Keeps the warm-up results reachable, so the JIT cannot drop the work. */
    private static volatile int sink;

    private final long[] nanos;
    private final T last;

    private Timing(long[] nanos, T last) {
        this.nanos = nanos;
        this.last = last;
    }

    static <T> Timing<T> measure(int warmUp, int runs, Supplier<T> work) {
        for (int i = 0; i < warmUp; i++) {
            sink += System.identityHashCode(work.get());
        }
        long[] nanos = new long[runs];
        T last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Timing<>(nanos, last);
    }

    T last() {
        return last;
    }

    int runs() {
        return nanos.length;
    }

    double medianMillis() {
        return nanos[nanos.length / 2] / 1e6;
    }

    double worstMillis() {
        return nanos[nanos.length - 1] / 1e6;
    }
}
