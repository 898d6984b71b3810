package com.careergpt.common.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands rows to one background thread that writes them in batches, so the thread producing them never waits for
 * the database. The queue is bounded: when it is full a row is dropped and counted rather than blocking. Rows
 * still queued when it stops are written before {@link #stop()} returns.
 */
public class BatchWriter<T> {

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);
    private static final int BATCH = 500;

    private final String name;
    private final Consumer<List<T>> sink;
    private final Runnable beforeEachPoll;
    private final BlockingQueue<T> queue;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean running;
    private volatile Thread worker;

    /**
     * @param name           the thread's name, also used in log messages
     * @param capacity       rows waiting at most
     * @param sink           writes one batch (on the background thread, or the caller's for {@link #flush()})
     * @param beforeEachPoll run on the background thread before it waits for rows
     */
    public BatchWriter(String name, int capacity, Consumer<List<T>> sink, Runnable beforeEachPoll) {
        this.name = name;
        this.sink = sink;
        this.beforeEachPoll = beforeEachPoll;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues a row; answers false when the queue is full and the row was dropped. */
    public boolean offer(T row) {
        if (queue.offer(row)) {
            return true;
        }
        if (dropped.incrementAndGet() % 1000 == 1) {
            log.warn("{}: queue full, {} rows dropped so far", name, dropped.get());
        }
        return false;
    }

    public long dropped() {
        return dropped.get();
    }

    public boolean isWorkerThread() {
        return Thread.currentThread() == worker;
    }

    /** Writes everything queued so far on the calling thread (tests, shutdown, a reader that needs the latest). */
    public void flush() {
        List<T> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            sink.accept(batch);
            batch.clear();
        }
    }

    public void start() {
        running = true;
        Thread thread = new Thread(this::run, name);
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    public void stop() {
        running = false;
        try {
            worker.join(10_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        List<T> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                beforeEachPoll.run();
                T first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                sink.accept(batch);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                log.warn("{}: could not write {} rows: {}", name, batch.size(), failed.toString());
            } finally {
                batch.clear();
            }
        }
    }
}
