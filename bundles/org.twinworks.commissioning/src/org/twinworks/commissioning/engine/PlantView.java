// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;

/**
 * The plant as the engine sees it: the latest value of every subscribed signal, and waiting on them — for a value to
 * satisfy a condition, or to settle (its change stays within a band for a quiet time), never a fixed sleep.
 */
final class PlantView {
	private static final long POLL_MILLIS = 50;

	private final ValueStore store;
	private final Clock clock;
	private final RunControl control;

	PlantView(ValueStore store, Clock clock, RunControl control) {
		this.store = store;
		this.clock = clock;
		this.control = control;
	}

	Optional<SignalValue> latest(Signal signal) {
		return store.latest(signal);
	}

	/** The first value satisfying {@code condition} within {@code timeout}, or empty. */
	Optional<SignalValue> await(Signal signal, Predicate<SignalValue> condition, Duration timeout)
			throws InterruptedException, CancelledRun {
		Instant deadline = clock.instant().plus(timeout);
		while (true) {
			control.checkpoint();
			Optional<SignalValue> value = store.latest(signal);
			if (value.isPresent() && condition.test(value.get())) {
				return value;
			}
			if (!clock.instant().isBefore(deadline)) {
				return Optional.empty();
			}
			Thread.sleep(POLL_MILLIS);
		}
	}

	/**
	 * Waits until the signal's value changed by no more than {@code band} (fraction of span) for {@code quiet}; returns
	 * the settled value, or the last one seen when {@code timeout} passed first (the caller judges it).
	 */
	Settled settle(Signal signal, double band, Duration quiet, Duration timeout)
			throws InterruptedException, CancelledRun {
		double tolerance = band * span(signal);
		Instant start = clock.instant();
		Instant deadline = start.plus(timeout);
		Deque<double[]> window = new ArrayDeque<>();
		SignalValue last = null;
		while (true) {
			control.checkpoint();
			Optional<SignalValue> value = store.latest(signal);
			Instant now = clock.instant();
			if (value.isPresent()) {
				last = value.get();
				Double number = number(last);
				if (number != null && last.isGood()) {
					window.addLast(new double[]{now.toEpochMilli(), number});
					while (window.size() > 1 && now.toEpochMilli() - window.peekFirst()[0] > quiet.toMillis()) {
						window.removeFirst();
					}
					double min = window.stream().mapToDouble(p -> p[1]).min().orElse(number);
					double max = window.stream().mapToDouble(p -> p[1]).max().orElse(number);
					boolean longEnough = now.toEpochMilli() - start.toEpochMilli() >= quiet.toMillis();
					if (longEnough && max - min <= tolerance
							&& now.toEpochMilli() - window.peekFirst()[0] >= quiet.toMillis() * 0.8) {
						return new Settled(last, true);
					}
				}
			}
			if (!now.isBefore(deadline)) {
				return new Settled(last, false);
			}
			Thread.sleep(POLL_MILLIS);
		}
	}

	/**
	 * Settles, then, when the settled value is not yet the one expected, waits up to {@code timeout} more for it. A
	 * slow feedback (a drive ramping, a valve stroking) is reported in deadband-sized steps, which can pause longer
	 * than the quiet time and look settled short of its end; only a value that never gets there fails.
	 */
	Settled settleTowards(Signal signal, double band, Duration quiet, Duration timeout, Predicate<SignalValue> expected)
			throws InterruptedException, CancelledRun {
		Settled settled = settle(signal, band, quiet, timeout);
		if (settled.value() != null && expected.test(settled.value())) {
			return settled;
		}
		Optional<SignalValue> reached = await(signal, expected, timeout);
		return reached.isPresent() ? new Settled(reached.get(), true) : settled;
	}

	/** A value after settling; {@code value} is null when none ever came. */
	record Settled(@Nullable SignalValue value, boolean settled) {
	}

	/** A boolean (or a number above one half) that is on. */
	static boolean isOn(@Nullable SignalValue value) {
		Double number = number(value);
		return number != null && number > 0.5;
	}

	static @Nullable Double number(@Nullable SignalValue value) {
		if (value == null || value.value() == null) {
			return null;
		}
		if (value.value() instanceof Number number) {
			return number.doubleValue();
		}
		if (value.value() instanceof Boolean bool) {
			return bool ? 1.0 : 0.0;
		}
		return null;
	}

	/**
	 * The largest change the subscription does not report: a forced value that close to the shown one never arrives,
	 * by design of the binding's deadband (Percent is of the range, as OPC UA's EURange).
	 */
	static double unreported(@Nullable Binding binding, Signal signal) {
		if (binding == null || binding.getDeadbandKind() == null) {
			return 0;
		}
		return switch (binding.getDeadbandKind()) {
		case ABSOLUTE -> binding.getDeadbandValue();
		case PERCENT -> binding.getDeadbandValue() / 100 * span(signal);
		default -> 0;
		};
	}

	static double span(Signal signal) {
		return PlantElements.isRanged(signal) ? signal.getRangeHigh() - signal.getRangeLow() : 1;
	}
}
