package org.backoffice.platform.rest;

import java.util.concurrent.TimeUnit;

/**
 * Counts the requests inside the API so that a stopping server can let them finish: once {@link #close} is called no
 * request enters any more (the servlet answers 503), and {@link #awaitIdle} returns when the last one has left.
 */
final class RequestGate {

    private int inside;
    private boolean closed;

    /** Lets a request in, or answers false when the gate is closed; every true must be followed by {@link #leave}. */
    synchronized boolean enter() {
        if (closed) {
            return false;
        }
        inside++;
        return true;
    }

    synchronized void leave() {
        inside--;
        if (inside == 0) {
            notifyAll();
        }
    }

    synchronized void close() {
        closed = true;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Waits until no request is inside, at most the timeout; returns how many are still inside then. */
    synchronized int awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (inside > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return inside;
    }
}
