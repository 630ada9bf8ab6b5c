// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;
import org.twinworks.events.EventSink;
import org.twinworks.events.NumberValue;
import org.twinworks.events.Severity;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * Runs detectors over the plant's values: each value goes only to the detectors that watch its signal, frames are
 * numbered from 1, open frames and the latest closed ones can be asked for, and listeners hear of every frame as it
 * opens and closes.
 * <p>
 * <b>Time.</b> A value holds for its source time, else its arrival. Values of different signals may arrive slightly
 * out of order (each server item has its own queue): the engine processes them in arrival order and never lets
 * time go back, so a value is given {@code max(time seen so far, its own time)}. {@code onTime} is called at every
 * tick boundary of data time (multiples of the tick since the epoch, so a live run and its recording tick at the
 * same instants) that values carry time past; a gap of more than {@value #MAX_TICKS_PER_GAP} ticks is crossed with
 * one call at its end. Live, when no value comes for a tick of wall time, data time goes on from the last value by
 * the wall time elapsed since it arrived, so durations end on a quiet plant too.
 * <p>
 * <b>Threads.</b> Either {@link #start() started}, with values {@link #offer offered} from any thread into a
 * bounded queue that one engine thread drains (a full queue drops the value, counts it in {@link #dropped()} and
 * reports it as an {@value #VALUES_DROPPED} frame), or driven on the caller's thread with {@link #process} and
 * {@link #advanceTo} (a recording's analysis) — not both. Detectors and listeners are called on that one thread.
 * <p>
 * <b>Failures.</b> A detector that throws is disabled, logged once and reported as a {@value #DETECTOR_FAILED}
 * frame (HIGH); the others go on. Its frames stay as they were.
 * <p>
 * <b>Speed.</b> The signals are numbered ({@link #signalIndex()}) and routed through arrays. A recording's
 * analysis takes the fast path, {@link #process(int, double, long, long)}: a signal number and primitives per
 * value, handed to {@link Detector#onNumber} in one reused {@link NumberValue} (no look-up, no allocation per
 * value). A tick calls only the detectors that asked for it ({@link Detector#nextTick}, kept in a {@link TickQueue})
 * and those that did not say, in the engine's order: the same calls that matter, in the same order, as calling
 * every detector on every tick. {@link AnalysisFeed} splits the detectors of one analysis across engines.
 * <p>
 * Over 500 lines: the two value paths, the ticks and the frames' bookkeeping share the processing thread's state
 * (data time, the step, the detector being called) on every value; apart, they would pass it around per value.
 */
public final class EventEngine implements EventSink, AutoCloseable {
	/** The source of the frame that reports a detector disabled after it threw. */
	public static final String DETECTOR_FAILED = "engine.detector-failed";
	/** The source of the frame open while values are being dropped because the engine's queue is full. */
	public static final String VALUES_DROPPED = "engine.values-dropped";
	static final int MAX_TICKS_PER_GAP = 100;
	private static final System.Logger LOG = System.getLogger(EventEngine.class.getName());
	private static final int DRAIN_BATCH = 1024;

	/**
	 * A detector, whether it is still allowed to run and how it ticks: never (it keeps the default {@code onTime}),
	 * on the ticks it asks for ({@code nextTick} overridden) or on every tick.
	 */
	private static final class Slot {
		final Detector detector;
		/** Its position among the engine's detectors. */
		final int number;
		/** Its position among all detectors of an analysis split across engines: frames are merged in this order. */
		final int order;
		final boolean ticks;
		final boolean asksForTicks;
		boolean disabled;

		Slot(Detector detector, int number, int order) {
			this.detector = detector;
			this.number = number;
			this.order = order;
			this.ticks = overridesOnTime(detector);
			this.asksForTicks = ticks && overrides(detector, "nextTick");
		}
	}

	/** Hears where each frame opened, so frames of engines that split one analysis merge in one engine's order. */
	interface OpeningOrder {
		/** {@code frame} opened during step {@code step} (values and ticks counted) in the detector {@code order}. */
		void opened(EventFrame frame, long step, int order);
	}

	private record Arrival(Signal signal, SignalValue value, Instant arrival) {
	}

	private final EngineSettings settings;
	private final long tickNanos;
	private final Slot[] slots;
	/** Numbers of the detectors called on every tick, ascending. */
	private final int[] everyTick;
	private final TickQueue tickQueue;
	/** Every tick's detectors: the due ones and the every-tick ones, merged by number. */
	private final int[] dueNow;
	private final int[] dueScratch;
	private final SignalIndex index;
	/** By signal number: the detectors that watch it, and the signal's position in each one's watched set. */
	private final Slot[][] routes;
	private final int[][] routePositions;
	private final int watchedSignals;
	private final NumberValue number;
	private final Map<Long, String> statusTexts = new java.util.concurrent.ConcurrentHashMap<>();
	private @Nullable OpeningOrder openingOrder;
	/** Values and ticks so far: where a frame opened, with {@link #calling}. */
	private long step;
	/** The order of the detector being called, -1 outside a detector. */
	private int calling = -1;
	private final List<EventListener> listeners = new CopyOnWriteArrayList<>();
	private final BlockingQueue<Arrival> queue;
	private final AtomicLong received = new AtomicLong();
	private final AtomicLong dropped = new AtomicLong();
	private final AtomicLong processed = new AtomicLong();
	private final AtomicLong nextId = new AtomicLong(1);
	private final Object framesLock = new Object();
	private final Map<Long, EventFrame> open = new LinkedHashMap<>();
	private final ArrayDeque<EventFrame> recent = new ArrayDeque<>();
	private final List<String> failures = new CopyOnWriteArrayList<>();
	/** Providers that failed before any time was known: reported at the first value. */
	private final List<String> unreported = new ArrayList<>();
	// the processing thread's state; data time in nanoseconds since the epoch
	private boolean timeKnown;
	private long now;
	/** {@code now} as an Instant, made once per change of time rather than once per value. */
	private @Nullable Instant nowInstant = Instant.EPOCH;
	private long nextTick;
	private long droppedReported;
	private @Nullable EventFrame dropFrame;
	private long lastDataAtArrival;
	private long lastArrivalWall;
	private @Nullable Thread thread;
	private volatile boolean closed;

	/** An engine with every detector the providers set up for {@code plant}, default settings. */
	public EventEngine(Plant plant, List<DetectorProvider> providers) {
		this(plant, providers, EngineSettings.DEFAULT);
	}

	public EventEngine(Plant plant, List<DetectorProvider> providers, EngineSettings settings) {
		this(Setup.of(plant, providers), settings);
	}

	/** The detectors the providers set up for a plant, its signals numbered, the providers that failed. */
	record Setup(List<Detector> detectors, SignalIndex index, List<String> failedProviders) {
		static Setup of(Plant plant, List<DetectorProvider> providers) {
			List<String> failed = new ArrayList<>();
			List<Detector> detectors = detectorsOf(plant, providers, failed);
			return new Setup(detectors, SignalIndex.of(plant, watchedBy(detectors)), failed);
		}
	}

	private EventEngine(Setup setup, EngineSettings settings) {
		this(setup.detectors(), inOrder(setup.detectors().size()), setup.index(), settings, setup.failedProviders());
	}

	public EventEngine(List<Detector> detectors, EngineSettings settings) {
		this(detectors, inOrder(detectors.size()), SignalIndex.of(null, watchedBy(detectors)), settings, List.of());
	}

	/**
	 * An engine running {@code detectors}, the {@code order}s of which place them among the detectors of an analysis
	 * split across engines; every engine of it numbers the signals with the same {@code index}.
	 */
	EventEngine(List<Detector> detectors, int[] order, SignalIndex index, EngineSettings settings,
			List<String> failedProviders) {
		this.settings = settings;
		this.tickNanos = settings.tick().toNanos();
		this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
		this.index = index;
		this.unreported.addAll(failedProviders);
		Slot[] all = new Slot[detectors.size()];
		List<List<Slot>> bySignal = new ArrayList<>(index.size());
		List<List<Integer>> positions = new ArrayList<>(index.size());
		for (int n = 0; n < index.size(); n++) {
			bySignal.add(null);
			positions.add(null);
		}
		List<Integer> ticking = new ArrayList<>();
		this.tickQueue = new TickQueue(all.length);
		for (int i = 0; i < all.length; i++) {
			Slot slot = new Slot(detectors.get(i), i, order[i]);
			all[i] = slot;
			if (slot.ticks && !slot.asksForTicks) {
				ticking.add(i);
			}
			int position = 0;
			for (Signal signal : slot.detector.watched()) {
				int n = index.indexOf(signal);
				if (bySignal.get(n) == null) {
					bySignal.set(n, new ArrayList<>());
					positions.set(n, new ArrayList<>());
				}
				bySignal.get(n).add(slot);
				positions.get(n).add(position++);
			}
		}
		this.slots = all;
		// a detector that keeps the default onTime has nothing to do on a tick, one that says when it needs a tick
		// is left alone until then: tens of thousands of no-op calls per tick saved
		this.everyTick = ticking.stream().mapToInt(Integer::intValue).toArray();
		this.dueNow = new int[all.length];
		this.dueScratch = new int[all.length];
		this.routes = new Slot[index.size()][];
		this.routePositions = new int[index.size()][];
		int watched = 0;
		for (int n = 0; n < index.size(); n++) {
			List<Slot> list = bySignal.get(n);
			routes[n] = list == null ? new Slot[0] : list.toArray(Slot[]::new);
			routePositions[n] = list == null
					? new int[0]
					: positions.get(n).stream().mapToInt(Integer::intValue).toArray();
			watched += list == null ? 0 : 1;
		}
		this.watchedSignals = watched;
		this.number = new NumberValue(this::statusText);
		for (Slot slot : all) {
			if (slot.asksForTicks) {
				askNextTick(slot);
			}
		}
	}

	private static int[] inOrder(int count) {
		int[] order = new int[count];
		for (int i = 0; i < count; i++) {
			order[i] = i;
		}
		return order;
	}

	static List<Set<Signal>> watchedBy(List<Detector> detectors) {
		return detectors.stream().map(Detector::watched).toList();
	}

	static List<Detector> detectorsOf(Plant plant, List<DetectorProvider> providers, List<String> failed) {
		List<Detector> detectors = new ArrayList<>();
		for (DetectorProvider provider : providers) {
			try {
				detectors.addAll(provider.detectorsFor(plant));
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "event detector provider " + provider + " failed", e);
				failed.add(provider.getClass().getName() + ": " + e);
			}
		}
		return detectors;
	}

	public void addListener(EventListener listener) {
		listeners.add(listener);
	}

	public void removeListener(EventListener listener) {
		listeners.remove(listener);
	}

	/** Detectors set up (disabled ones included). */
	public int detectors() {
		return slots.length;
	}

	/** Signals at least one detector watches. */
	public int watchedSignals() {
		return watchedSignals;
	}

	/** How the signals are numbered for {@link #process(int, double, long, long)}. */
	public SignalIndex signalIndex() {
		return index;
	}

	/**
	 * Names the status {@code code} (e.g. {@code Bad_SensorFailure}) for values of the fast path that a detector
	 * boxes; unnamed codes are shown in hex. Any thread.
	 */
	public void nameStatus(long code, String text) {
		statusTexts.putIfAbsent(code, text);
	}

	String statusText(long code) {
		String text = statusTexts.get(code);
		return text != null ? text : String.format(java.util.Locale.ROOT, "0x%08X", code);
	}

	void openingOrder(OpeningOrder order) {
		this.openingOrder = order;
	}

	/** Starts the engine thread that drains {@link #offer offered} values. */
	public synchronized EventEngine start() {
		if (thread == null) {
			Thread t = new Thread(this::run, "twinworks-event-engine");
			t.setDaemon(true);
			thread = t;
			t.start();
		}
		return this;
	}

	/**
	 * Queues a value for the engine thread without blocking (any thread); false when the queue is full: the value
	 * is dropped and counted.
	 */
	public boolean offer(Signal signal, SignalValue value, Instant arrival) {
		received.incrementAndGet();
		if (closed || !queue.offer(new Arrival(signal, value, arrival))) {
			dropped.incrementAndGet();
			return false;
		}
		return true;
	}

	/**
	 * Processes a value on the caller's thread (an engine that is not {@link #start() started}): ticks up to its
	 * time, then the detectors that watch its signal.
	 */
	public void process(Signal signal, SignalValue value, Instant arrival) {
		Instant source = value.sourceTime();
		advance(nanos(source != null ? source : arrival));
		step++;
		int n = index.indexOf(signal);
		if (n >= 0) {
			Instant time = nowInstant();
			for (Slot slot : routes[n]) {
				if (!slot.disabled) {
					calling = slot.order;
					try {
						slot.detector.onValue(signal, value, time, this);
						if (slot.asksForTicks) {
							askNextTick(slot);
						}
					} catch (RuntimeException e) {
						disable(slot, e);
					}
				}
			}
			calling = -1;
		}
		// only this thread writes it: an ordered store is enough, no atomic read-modify-write per value
		processed.lazySet(processed.get() + 1);
	}

	/**
	 * Processes a numeric value on the caller's thread (the fast path of a recording's analysis): the same as
	 * {@link #process(Signal, SignalValue, Instant)} with the value a {@link NumberValue} stands for, with no look-up
	 * and no allocation per value.
	 *
	 * @param signal     the signal's number in {@link #signalIndex()}
	 * @param number     the value (a boolean signal's true is 1; NaN for a Bad value without one)
	 * @param statusCode its OPC UA status code
	 * @param timeNanos  the data time it holds for (its source time, else its arrival), nanoseconds since the epoch
	 */
	public void process(int signal, double number, long statusCode, long timeNanos) {
		advance(timeNanos);
		step++;
		Slot[] watchers = routes[signal];
		if (watchers.length > 0) {
			int[] positions = routePositions[signal];
			NumberValue value = this.number.set(index.signal(signal), number, statusCode, now, nowInstant());
			for (int i = 0; i < watchers.length; i++) {
				Slot slot = watchers[i];
				if (!slot.disabled) {
					calling = slot.order;
					try {
						slot.detector.onNumber(positions[i], value, this);
						if (slot.asksForTicks) {
							askNextTick(slot);
						}
					} catch (RuntimeException e) {
						disable(slot, e);
					}
				}
			}
			calling = -1;
		}
		processed.lazySet(processed.get() + 1);
	}

	/** Data time goes on to {@code time} (caller's thread): every tick up to it, e.g. at a recording's end. */
	public void advanceTo(Instant time) {
		advance(nanos(time));
	}

	/** The data time the engine has reached, empty before its first value; exact on the processing thread. */
	public Optional<Instant> now() {
		return timeKnown ? Optional.of(instant(now)) : Optional.empty();
	}

	/** Values and ticks processed so far (the analysis split across engines merges frames by it). */
	long step() {
		return step;
	}

	/** Values offered, dropped ones included. */
	public long received() {
		return received.get();
	}

	/** Values lost to a full queue. */
	public long dropped() {
		return dropped.get();
	}

	/** Values the detectors have been given (or that no detector watches), on either thread mode. */
	public long processed() {
		return processed.get();
	}

	/** What failed and was disabled (detectors, providers), one line each. */
	public List<String> failures() {
		return List.copyOf(failures);
	}

	/** The frames open now, oldest first. */
	public List<EventFrame> openFrames() {
		synchronized (framesLock) {
			return List.copyOf(open.values());
		}
	}

	/** The latest closed frames, oldest first, at most the settings' {@code recentFrames}. */
	public List<EventFrame> recentFrames() {
		synchronized (framesLock) {
			return List.copyOf(recent);
		}
	}

	@Override
	public EventFrame open(String source, Severity severity, @Nullable Equipment equipment, String message, Instant at,
			Map<String, Object> captured) {
		EventFrame frame = new EventFrame(nextId.getAndIncrement(), source, severity, equipment, message, at, null,
				captured, Map.of());
		synchronized (framesLock) {
			open.put(frame.id(), frame);
		}
		OpeningOrder order = openingOrder;
		if (order != null) {
			order.opened(frame, step, calling);
		}
		for (EventListener listener : listeners) {
			try {
				listener.opened(frame);
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "event listener failed on frame " + frame.id(), e);
			}
		}
		return frame;
	}

	@Override
	public EventFrame close(EventFrame frame, Instant at, Map<String, Object> captured) {
		EventFrame closedFrame;
		synchronized (framesLock) {
			EventFrame was = open.remove(frame.id());
			if (was == null) {
				throw new IllegalStateException("event frame " + frame.id() + " (" + frame.source() + ") is not open");
			}
			closedFrame = was.closedAt(at, captured);
			if (settings.recentFrames() > 0) {
				if (recent.size() == settings.recentFrames()) {
					recent.removeFirst();
				}
				recent.addLast(closedFrame);
			}
		}
		for (EventListener listener : listeners) {
			try {
				listener.closed(closedFrame);
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "event listener failed on frame " + frame.id(), e);
			}
		}
		return closedFrame;
	}

	/** Stops the engine thread (values still queued are not processed). */
	@Override
	public void close() {
		closed = true;
		Thread t;
		synchronized (this) {
			t = thread;
		}
		if (t != null) {
			t.interrupt();
			try {
				t.join(Duration.ofSeconds(5).toMillis());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void run() {
		List<Arrival> batch = new ArrayList<>(DRAIN_BATCH);
		long tickMillis = Math.max(1, settings.tick().toMillis());
		try {
			while (!closed) {
				Arrival first = queue.poll(tickMillis, TimeUnit.MILLISECONDS);
				if (first == null) {
					idle();
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, DRAIN_BATCH - 1);
				for (Arrival arrival : batch) {
					process(arrival.signal(), arrival.value(), arrival.arrival());
				}
				batch.clear();
				lastDataAtArrival = now;
				lastArrivalWall = System.nanoTime();
			}
		} catch (InterruptedException e) {
			// closed
		}
	}

	/** No value for a tick of wall time: data time goes on from the last value by the wall time since. */
	private void idle() {
		if (timeKnown) {
			advance(lastDataAtArrival + (System.nanoTime() - lastArrivalWall));
		} else {
			reportDrops(null);
		}
	}

	private void advance(long time) {
		if (!timeKnown) {
			timeKnown = true;
			setNow(time);
			nextTick = Math.floorDiv(time, tickNanos) * tickNanos + tickNanos;
			reportProviderFailures();
			return;
		}
		if (time <= now) {
			return;
		}
		if (time - nextTick > MAX_TICKS_PER_GAP * tickNanos) {
			nextTick = Math.floorDiv(time, tickNanos) * tickNanos;
		}
		while (nextTick <= time) {
			setNow(nextTick);
			nextTick += tickNanos;
			tick();
		}
		setNow(time);
	}

	private void setNow(long time) {
		// now starts at 0 with nowInstant the epoch, so the two always agree; the instant is made when asked for
		if (time != now) {
			now = time;
			nowInstant = null;
		}
	}

	private Instant nowInstant() {
		Instant instant = nowInstant;
		if (instant == null) {
			instant = instant(now);
			nowInstant = instant;
		}
		return instant;
	}

	private void tick() {
		step++;
		int due = tickQueue.takeDue(now, dueScratch, 0);
		int count = merge(dueScratch, due, everyTick, dueNow);
		if (count > 0) {
			Instant at = nowInstant();
			for (int i = 0; i < count; i++) {
				Slot slot = slots[dueNow[i]];
				if (!slot.disabled) {
					calling = slot.order;
					try {
						slot.detector.onTime(at, this);
						if (slot.asksForTicks) {
							askNextTick(slot);
						}
					} catch (RuntimeException e) {
						disable(slot, e);
					}
				}
			}
			calling = -1;
		}
		reportDrops(nowInstant());
	}

	private void askNextTick(Slot slot) {
		tickQueue.request(slot.number, slot.detector.nextTick());
	}

	/** Merges two ascending runs of detector numbers into {@code into}; returns the count. */
	private static int merge(int[] a, int aCount, int[] b, int[] into) {
		int i = 0;
		int j = 0;
		int k = 0;
		while (i < aCount && j < b.length) {
			into[k++] = a[i] <= b[j] ? a[i++] : b[j++];
		}
		while (i < aCount) {
			into[k++] = a[i++];
		}
		while (j < b.length) {
			into[k++] = b[j++];
		}
		return k;
	}

	/** Opens a frame when values have been dropped since the last tick; closes it after a tick without drops. */
	private void reportDrops(@Nullable Instant at) {
		long lost = dropped.get();
		Instant time = at != null ? at : Instant.now();
		if (lost > droppedReported) {
			if (dropFrame == null) {
				dropFrame = open(VALUES_DROPPED, Severity.MEDIUM, null,
						"the event engine cannot keep up: values are dropped, deductions may miss events", time,
						Map.of("dropped", lost));
			}
			droppedReported = lost;
		} else if (dropFrame != null) {
			close(dropFrame, time, Map.of("dropped", lost));
			dropFrame = null;
		}
	}

	private void disable(Slot slot, RuntimeException e) {
		slot.disabled = true;
		String what = slot.detector.getClass().getName() + ": " + e;
		failures.add(what);
		LOG.log(System.Logger.Level.WARNING, "event detector " + slot.detector + " failed and is disabled", e);
		open(DETECTOR_FAILED, Severity.HIGH, null, "detector disabled after it failed: " + what, instant(now),
				Map.of());
	}

	private void reportProviderFailures() {
		for (String failure : unreported) {
			failures.add(failure);
			open(DETECTOR_FAILED, Severity.HIGH, null, "detector provider failed: " + failure, instant(now), Map.of());
		}
		unreported.clear();
	}

	private static boolean overridesOnTime(Detector detector) {
		try {
			return detector.getClass().getMethod("onTime", Instant.class, EventSink.class)
					.getDeclaringClass() != Detector.class;
		} catch (NoSuchMethodException e) {
			return true;
		}
	}

	private static boolean overrides(Detector detector, String method) {
		try {
			return detector.getClass().getMethod(method).getDeclaringClass() != Detector.class;
		} catch (NoSuchMethodException e) {
			return false;
		}
	}

	static long nanos(Instant time) {
		return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
	}

	static Instant instant(long nanos) {
		return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
	}
}
