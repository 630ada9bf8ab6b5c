// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Signal;

/**
 * The twin's working memory: per signal the last value and a history bounded by count and age, kept compact
 * (about 26 bytes a numeric value, see {@link HistoryRing}). Producers (Milo's
 * subscription thread) only {@link #offer} into a bounded inbox and return at once, because a slow listener
 * there throttles the server's deliveries; one worker applies the inbox, and listeners receive coalesced
 * batches on a delivery thread.
 */
public final class ValueStore implements AutoCloseable {
	/** The inbox marker of {@link #clear()}: a change of no signal. */
	private static final ValueChange CLEAR = new ValueChange(null, null);
	private static final int DRAIN_BATCH = 1024;
	/** A trended signal's min/max bucket: at 1200 pixels an hour is 3 s a pixel, so a second is finer than shown. */
	public static final Duration ENVELOPE_BUCKET = Duration.ofSeconds(1);
	/** How far back a trended signal's min/max tier reaches. */
	public static final Duration ENVELOPE_SPAN = Duration.ofHours(1);

	private final int historyCapacity;
	private final Duration historyAge;
	private final int inboxCapacity;
	private final BlockingQueue<ValueChange> inbox;
	private final Map<Signal, SignalValue> latest = new ConcurrentHashMap<>();
	private final Map<Signal, HistoryRing> histories = new ConcurrentHashMap<>();
	/** The decimated tier of each trended signal, and how many trends hold it. */
	private final Map<Signal, MinMaxHistory> envelopes = new ConcurrentHashMap<>();
	private final Map<Signal, Integer> trendHolders = new HashMap<>();
	private final List<CoalescingDelivery> deliveries = new CopyOnWriteArrayList<>();
	private final ScheduledExecutorService deliveryThread;
	private final Thread worker;
	private final AtomicLong received = new AtomicLong();
	private final AtomicLong dropped = new AtomicLong();
	private volatile boolean closed;
	private volatile Consumer<ValueChange> appliedProbe = change -> {
	};

	/**
	 * A store whose history is bounded by count only.
	 *
	 * @param historyCapacity values kept per signal
	 * @param inboxCapacity changes waiting to be applied; beyond it new changes are dropped and counted
	 */
	public ValueStore(int historyCapacity, int inboxCapacity) {
		this(historyCapacity, null, inboxCapacity);
	}

	/**
	 * @param historyCapacity values kept per signal
	 * @param historyAge values older than a signal's newest value by more than this are dropped from its
	 *            history (by source time, else server time); null for no age bound
	 * @param inboxCapacity changes waiting to be applied; beyond it new changes are dropped and counted
	 */
	public ValueStore(int historyCapacity, @Nullable Duration historyAge, int inboxCapacity) {
		if (historyCapacity < 1 || inboxCapacity < 1) {
			throw new IllegalArgumentException("capacities must be positive");
		}
		if (historyAge != null && (historyAge.isNegative() || historyAge.isZero())) {
			throw new IllegalArgumentException("history age must be positive");
		}
		this.historyCapacity = historyCapacity;
		this.historyAge = historyAge;
		this.inboxCapacity = inboxCapacity;
		inbox = new ArrayBlockingQueue<>(inboxCapacity);
		deliveryThread = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "twinworks-value-delivery"));
		worker = daemon(this::applyInbox, "twinworks-value-store");
		worker.start();
	}

	/** Enqueues a new value without blocking; false when the inbox is full (the value is dropped and counted). */
	public boolean offer(Signal signal, SignalValue value) {
		received.incrementAndGet();
		if (closed || !inbox.offer(new ValueChange(signal, value))) {
			dropped.incrementAndGet();
			return false;
		}
		return true;
	}

	/**
	 * Enqueues a value, waiting while the inbox is full: for replays (a player's seek), whose values must all
	 * arrive. Never from Milo's threads.
	 */
	public void put(Signal signal, SignalValue value) throws InterruptedException {
		received.incrementAndGet();
		inbox.put(new ValueChange(signal, value));
	}

	/**
	 * Forgets every value and history, in order with the values offered before and after (a backward seek clears,
	 * then replays up to the new time). Listeners learn it through {@link ValueListener#storeCleared()}.
	 */
	public void clear() throws InterruptedException {
		inbox.put(CLEAR);
	}

	/**
	 * Forgets {@code signal}'s value, history and min/max tier (it was unbound: a later binding must not show its
	 * old value again). At once, and again in order with the values offered before it, so a value still waiting
	 * in the inbox does not bring it back; listeners drop its changes not yet delivered. Any thread.
	 */
	public void forget(Signal signal) {
		forgetNow(signal);
		// a change with no value marks the place in the inbox; if the inbox is full, the removal above stands
		inbox.offer(new ValueChange(signal, null));
	}

	/**
	 * Calls {@code probe} on the store's worker right after each value is applied: for measurements (latency,
	 * lost-value counters). It must return at once; everything else should use {@link #addListener}.
	 */
	public void onApplied(Consumer<ValueChange> probe) {
		appliedProbe = probe;
	}

	public Optional<SignalValue> latest(Signal signal) {
		return Optional.ofNullable(latest.get(signal));
	}

	/** Oldest first, at most the history capacity and age; materialised on each call. */
	public List<SignalValue> history(Signal signal) {
		HistoryRing ring = histories.get(signal);
		return ring == null ? List.of() : ring.toList();
	}

	public Map<Signal, SignalValue> snapshot() {
		return Map.copyOf(latest);
	}

	public int historyCapacity() {
		return historyCapacity;
	}

	/** The history's age bound, empty when it has none. */
	public Optional<Duration> historyAge() {
		return Optional.ofNullable(historyAge);
	}

	/**
	 * Keeps a min/max tier ({@link #ENVELOPE_BUCKET} buckets over {@link #ENVELOPE_SPAN}) for {@code signal} behind
	 * its ring of raw values until the returned handle is closed, so a trend can show the hour, not only what the
	 * ring holds. Seeded from the ring at once. Several holders of one signal share its tier.
	 */
	public AutoCloseable trend(Signal signal) {
		synchronized (trendHolders) {
			if (trendHolders.merge(signal, 1, Integer::sum) == 1) {
				MinMaxHistory envelope = new MinMaxHistory(ENVELOPE_BUCKET.toMillis(),
						(int) (ENVELOPE_SPAN.toMillis() / ENVELOPE_BUCKET.toMillis()));
				HistoryRing ring = histories.get(signal);
				if (ring != null) {
					ring.toList().forEach(v -> addTo(envelope, v));
				}
				envelopes.put(signal, envelope);
			}
		}
		AtomicBoolean released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				synchronized (trendHolders) {
					if (trendHolders.merge(signal, -1, Integer::sum) == 0) {
						trendHolders.remove(signal);
						envelopes.remove(signal);
					}
				}
			}
		};
	}

	/** The signal's min/max tier now, empty while it is not {@link #trend trended}. */
	public MinMaxHistory.Envelope envelope(Signal signal) {
		MinMaxHistory envelope = envelopes.get(signal);
		return envelope == null ? MinMaxHistory.Envelope.EMPTY : envelope.snapshot();
	}

	/** The signals that have a min/max tier: a replay's seek refills their whole tier span, not only the ring. */
	public Set<Signal> trended() {
		return Set.copyOf(envelopes.keySet());
	}

	/** Values offered so far, dropped included. */
	public long received() {
		return received.get();
	}

	/** Values offered and not yet applied (for measurements: where a queue grows). */
	public int backlog() {
		return inbox.size();
	}

	/** Values lost to a full inbox or a listener's full backlog. */
	public long dropped() {
		return dropped.get();
	}

	/** How many listeners the store delivers to now: what a view or engine added and has not yet removed. */
	public int listeners() {
		return deliveries.size();
	}

	/**
	 * Calls {@code listener} at most once per {@code interval} with every change since its previous call.
	 * A listener that falls more than the inbox capacity behind loses the oldest changes (counted as dropped).
	 */
	public AutoCloseable addListener(ValueListener listener, Duration interval) {
		CoalescingDelivery delivery = new CoalescingDelivery(listener, inboxCapacity, dropped);
		deliveries.add(delivery);
		var task = deliveryThread.scheduleWithFixedDelay(delivery::flush, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
		return () -> {
			task.cancel(false);
			deliveries.remove(delivery);
		};
	}

	@Override
	public void close() {
		closed = true;
		worker.interrupt();
		deliveryThread.shutdownNow();
	}

	private void applyInbox() {
		// what waits is taken in one go: a take per value is a lock round trip per value, and a wake-up of this
		// thread per value whenever it had caught up (creating 50,000 items delivers 50,000 first values at once)
		List<ValueChange> batch = new ArrayList<>(DRAIN_BATCH);
		try {
			while (!closed) {
				batch.add(inbox.take());
				inbox.drainTo(batch, DRAIN_BATCH - 1);
				for (ValueChange change : batch) {
					apply(change);
				}
				batch.clear();
			}
		} catch (InterruptedException e) {
			// closed
		}
	}

	private void apply(ValueChange change) {
		if (change == CLEAR) {
			latest.clear();
			histories.clear();
			envelopes.values().forEach(MinMaxHistory::clear);
			deliveries.forEach(CoalescingDelivery::clear);
			return;
		}
		if (change.value() == null) {
			forgetNow(change.signal());
			return;
		}
		latest.put(change.signal(), change.value());
		histories.computeIfAbsent(change.signal(), s -> new HistoryRing(historyCapacity, historyAge))
				.add(change.value());
		MinMaxHistory envelope = envelopes.get(change.signal());
		if (envelope != null) {
			addTo(envelope, change.value());
		}
		for (CoalescingDelivery delivery : deliveries) {
			delivery.add(change);
		}
		appliedProbe.accept(change);
	}

	private void forgetNow(Signal signal) {
		latest.remove(signal);
		histories.remove(signal);
		MinMaxHistory envelope = envelopes.get(signal);
		if (envelope != null) {
			envelope.clear();
		}
		deliveries.forEach(d -> d.forget(signal));
	}

	private static void addTo(MinMaxHistory envelope, SignalValue value) {
		Instant time = value.sourceTime() != null ? value.sourceTime() : value.serverTime();
		if (time != null) {
			envelope.add(time.toEpochMilli(), plotted(value));
		}
	}

	/** The number a trend plots for a value: NaN for a bad or non-numeric one, booleans as 0 and 1. */
	public static double plotted(SignalValue value) {
		if (value.isBad()) {
			return Double.NaN;
		}
		return switch (value.value()) {
		case Number n -> n.doubleValue();
		case Boolean b -> b ? 1 : 0;
		case null, default -> Double.NaN;
		};
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}
}
