// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.NumberValue;
import org.twinworks.events.Severity;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;

/**
 * One shadow: the virtual plant's dynamics for one compared signal, integrated in data time on the live inputs,
 * compared with the live value. Beyond the tolerance for the duration of {@link ShadowSettings} it opens a
 * {@value #SOURCE} frame (MEDIUM, HIGH beyond twice the tolerance) capturing both values, and closes it below half
 * the tolerance, restarting the shadow from the actual value. Both curves are kept in {@link #curve()}. Nothing is
 * judged before the compared value and every input are known; a bad value is not compared (quality is reported
 * elsewhere) and leaves the shadow where it was.
 */
public final class ShadowDetector implements Detector {
	public static final String SOURCE = "shadow.deviation";

	private final ShadowModel model;
	private final ShadowSettings settings;
	private final ShadowInputs inputs;
	private final Set<Signal> watched;
	private final ShadowCurve curve;
	private final double tolerance;
	private double expected = Double.NaN;
	private double actual = Double.NaN;
	private @Nullable Instant last;
	private @Nullable Instant lastSample;
	private @Nullable Instant beyondSince;
	private @Nullable EventFrame frame;

	ShadowDetector(ShadowModel model, ShadowInputs inputs, ShadowSettings settings) {
		this.model = model;
		this.settings = settings;
		this.inputs = inputs;
		Set<Signal> all = new LinkedHashSet<>(model.inputs());
		all.add(model.compared());
		this.watched = Set.copyOf(all);
		this.curve = new ShadowCurve(settings.samplesPerSignal());
		this.tolerance = settings.tolerance() * ShadowRoles.span(model.compared());
	}

	public ShadowKind kind() {
		return model.kind();
	}

	/** The signal whose actual value is compared with the shadow's. */
	public Signal compared() {
		return model.compared();
	}

	public Equipment equipment() {
		return model.equipment();
	}

	/** The deviation allowed, in the compared signal's units. */
	public double tolerance() {
		return tolerance;
	}

	/** What the shadow expects now; NaN before it started. */
	public double expected() {
		return expected;
	}

	/** Both curves, sampled every {@link ShadowSettings#samplePeriod()} of data time. */
	public ShadowCurve curve() {
		return curve;
	}

	@Override
	public Set<Signal> watched() {
		return watched;
	}

	@Override
	public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
		accept(signal, ValueStore.plotted(value), time, sink);
	}

	@Override
	public void onNumber(int watchedIndex, NumberValue value, EventSink sink) {
		accept(value.signal(), value.plotted(), value.time(), sink);
	}

	private void accept(Signal signal, double x, Instant time, EventSink sink) {
		advance(time, sink);
		if (signal.equals(model.compared())) {
			actual = x;
			if (Double.isNaN(expected) && ready()) {
				expected = actual;
			}
		} else {
			inputs.put(signal, x);
		}
		judge(time, sink);
	}

	@Override
	public void onTime(Instant now, EventSink sink) {
		advance(now, sink);
		judge(now, sink);
	}

	/** Integrates from the last time to {@code now} with the inputs as they were. */
	private void advance(Instant now, EventSink sink) {
		if (last != null && now.isAfter(last) && !Double.isNaN(expected) && !Double.isNaN(actual)) {
			double dt = Duration.between(last, now).toNanos() / 1e9;
			double next = model.step(expected, actual, dt, inputs);
			double resync = Math.min(1, dt / (settings.resync().toNanos() / 1e9));
			expected = next + (actual - next) * resync;
		}
		if (last == null || now.isAfter(last)) {
			last = now;
		}
	}

	private boolean ready() {
		for (Signal input : model.inputs()) {
			if (Double.isNaN(inputs.value(input))) {
				return false;
			}
		}
		return !Double.isNaN(actual);
	}

	private void judge(Instant now, EventSink sink) {
		if (Double.isNaN(expected) || Double.isNaN(actual)) {
			return;
		}
		if (lastSample == null || !now.isBefore(lastSample.plus(settings.samplePeriod()))) {
			curve.add(new ShadowSample(now, expected, actual));
			lastSample = now;
		}
		double deviation = Math.abs(actual - expected);
		if (frame != null) {
			if (deviation < tolerance / 2) {
				sink.close(frame, now, captured());
				frame = null;
				beyondSince = null;
				expected = actual;
			}
			return;
		}
		if (deviation <= tolerance) {
			beyondSince = null;
			return;
		}
		if (beyondSince == null) {
			beyondSince = now;
		}
		if (Duration.between(beyondSince, now).compareTo(settings.duration()) >= 0) {
			Severity severity = deviation > 2 * tolerance ? Severity.HIGH : Severity.MEDIUM;
			String message = String.format(Locale.ROOT, "%s reads %.3g, %s expects %.3g from %s",
					ShadowRoles.label(model.compared()), actual,
					model.kind().name().toLowerCase(Locale.ROOT) + " shadow", expected, model.basis());
			frame = sink.open(SOURCE, severity, model.equipment(), message, now, captured());
		}
	}

	private Map<String, Object> captured() {
		Map<String, Object> captured = new LinkedHashMap<>();
		captured.put("kind", model.kind().name());
		captured.put(ShadowRoles.label(model.compared()), actual);
		captured.put("expected", expected);
		captured.put("deviation", actual - expected);
		return captured;
	}
}
