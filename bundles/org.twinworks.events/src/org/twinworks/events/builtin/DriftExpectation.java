// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.util.List;
import java.util.Set;

import org.twinworks.model.Signal;

/**
 * What the twin's dynamics expect of one signal's next window mean, so that a drift chart charts only what they do
 * not explain: the residual, window mean minus expected mean. The twin models a measurement as a first-order lag
 * (time constant τ) towards a target that its context sets: a loop's measurement towards its setpoint, a feedback
 * towards its reference, a free measurement towards its nominal value, a level offset by the net flow of the pumps
 * that fill and empty its tank (see {@link DriftExpectations}). The path is integrated exactly through the next window as the context's values arrive, piecewise constant. At each window's
 * end the path is started again from what was measured (see {@link #TAIL}). For the virtual
 * plant, whose measurements are such lags plus a random walk (an Ornstein-Uhlenbeck process), the residuals of
 * successive windows depend on the noise of their own window only: they are nearly independent, as the CUSUM's
 * sizing assumes, while the window means themselves are strongly correlated (lag-one correlation about e^(−W/τ)).
 * A setpoint step or a duty change moves the target, so the expectation follows it instead of the chart seeing a
 * shift; a calibration drift of rate r is not in the model and shows as a residual of about r·W·(1/2 + 1/(2·TAIL))
 * plus the part (1 − c) of the accumulated offset that the lag would have pulled back
 * (c ≈ e^(−W/(2·TAIL·τ))·(τ/W)(1 − e^(−W/τ))), growing window by window.
 * <p>
 * A window is not compared (its residual is NaN) while a context value is unknown or bad, while the twin does not
 * explain the signal (a loop in Manual; a machine standing still, whose measurements rest at their range's end; a
 * measurement at its range's end, where the range and not the lag holds it),
 * and for two windows after a step of the context: a discrete change (a machine starting or stopping, a mode
 * change), or a numeric context signal moving by more than {@link #STEP_PER_SECOND} of its span per second over a
 * window (a setpoint step, a controller output ramping after it). A step's time is known only to the sampling of
 * its signal (and, with a deadband, its size only roughly), which against a lag of a few seconds leaves a residual
 * of the step's size times the sampling delay over τ; and the next window's start is taken from the disturbed one.
 * Slow moves (a controller's output trimming, a cascade's setpoint) are integrated as they come. The hold is a
 * settling time, not a new baseline: the residuals' level does not depend on the target's, so the baseline learnt
 * before the step still holds after it. Not thread-safe: the drift detector calls it on the engine's thread.
 */
public final class DriftExpectation {
	/** What sets the target: the kinds of the virtual plant's behaviours. */
	enum Kind {
		/** A loop's measurement in Auto, towards its setpoint ({@code TimeConstants.LOOP}). */
		LOOP,
		/** A feedback towards its reference, down to its range's low end when its machine stops. */
		FOLLOW,
		/** A free measurement towards its nominal value (at its range's low end when its machine stops). */
		WANDER
	}

	/**
	 * A pump whose running and speed add to (filling) or take from a level's rate of change: the context slots of
	 * its running feedback and its speed, -1 when it has none (it then counts as running, at full speed).
	 */
	record Pump(int run, int speed, double speedLow, double speedSpan, boolean filling) {
	}

	/**
	 * A numeric context signal moving faster than this share of its span per second (a setpoint step, an output
	 * ramping after one) is a step: the moment its samples catch it is too coarse for the lag's integration.
	 */
	static final double STEP_PER_SECOND = 0.005;
	/**
	 * The path starts from the mean over the last 1/TAIL of a window: the value at the window's end is the lag's
	 * exact state, but one sample carries a transmitter's white noise whole; the mean of the whole window, taken as
	 * the value at its middle, shares the noise of its second half with the next window's residual (lag-one
	 * correlation about 1/4 for a random walk, too much for the CUSUM's sizing). A quarter keeps it near 1/24 and
	 * still averages a quarter of the window's samples.
	 */
	static final int TAIL = 4;
	/** A measured value this close to its range's end (share of the span) may be held there by the range. */
	static final double RANGE_END = 0.002;

	private final Kind kind;
	private final double tau;
	private final List<Signal> context;
	private final boolean[] discrete;
	private final double[] values;
	/** The context's values when the window's path started, to tell a step or a fast ramp of a numeric one. */
	private final double[] startValues;
	private final double[] spans;
	/** The target slot: setpoint or reference, -1 for a nominal. */
	private final int target;
	private final double nominal;
	private final int run;
	private final int mode;
	private final int manualIndex;
	private final List<Pump> pumps;
	/** Span per second of a level at one full-speed pump of net flow; 0 for other signals. */
	private final double levelRate;

	/** The measured signal's range, where the lag stops (the virtual plant keeps a value inside its range). */
	private final double low;
	private final double high;
	private boolean lastAtRangeEnd;
	private boolean atRangeEnd;
	private long pathStart = Long.MIN_VALUE;
	private long pathTime = Long.MIN_VALUE;
	private double path = Double.NaN;
	private double integral;
	private boolean explained;
	private long lastStep = Long.MIN_VALUE;

	DriftExpectation(Signal measured, Kind kind, double tau, List<Signal> context, int target, double nominal, int run,
			int mode, int manualIndex, List<Pump> pumps, double levelRate) {
		double span = SignalRoles.span(measured);
		this.low = span > 0 ? measured.getRangeLow() + RANGE_END * span : Double.NEGATIVE_INFINITY;
		this.high = span > 0 ? measured.getRangeHigh() - RANGE_END * span : Double.POSITIVE_INFINITY;
		this.kind = kind;
		this.tau = tau;
		this.context = List.copyOf(context);
		this.target = target;
		this.nominal = nominal;
		this.run = run;
		this.mode = mode;
		this.manualIndex = manualIndex;
		this.pumps = List.copyOf(pumps);
		this.levelRate = levelRate;
		this.discrete = new boolean[context.size()];
		this.values = new double[context.size()];
		this.startValues = new double[context.size()];
		this.spans = new double[context.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = Double.NaN;
			startValues[i] = Double.NaN;
			discrete[i] = i == run || i == mode;
			double contextSpan = SignalRoles.span(context.get(i));
			spans[i] = contextSpan > 0 ? contextSpan : 100; // as the virtual plant ranges a signal without a range
		}
		for (Pump pump : pumps) {
			if (pump.run() >= 0) {
				discrete[pump.run()] = true;
			}
		}
	}

	/** The signals whose values set the target. */
	public Set<Signal> context() {
		return Set.copyOf(context);
	}

	/** The time constant of the lag, in seconds. */
	public double timeConstant() {
		return tau;
	}

	/**
	 * A context signal's new value (as plotted: a boolean 1/0, no number NaN) at data time {@code t} (epoch ms): the
	 * path runs on with the old one until t.
	 */
	public void onContext(Signal signal, double x, long t) {
		advance(t);
		double next = Double.isFinite(x) ? x : Double.NaN;
		for (int i = 0; i < values.length; i++) {
			if (context.get(i) == signal) {
				if (discrete[i] && !Double.isNaN(values[i]) && next != values[i]) {
					lastStep = t;
				}
				values[i] = next;
			}
		}
	}

	/** The measured signal's own good value, {@code x}: one at its range's end leaves the window unexplained. */
	public void observe(double x) {
		lastAtRangeEnd = x <= low || x >= high;
		atRangeEnd |= lastAtRangeEnd;
	}

	/**
	 * The expected mean over the window that ends at {@code end} ({@code windowMillis} long), NaN when the window is
	 * not compared (see the class comment).
	 */
	public double expectedMean(long end, long windowMillis) {
		advance(end);
		if (pathStart != end - windowMillis) {
			return Double.NaN; // the path did not start at this window's start (the first window, a gap)
		}
		for (int i = 0; i < values.length; i++) {
			if (!discrete[i]
					&& Math.abs(values[i] - startValues[i]) > STEP_PER_SECOND * spans[i] * windowMillis / 1000.0) {
				lastStep = end;
			}
		}
		boolean settled = lastStep == Long.MIN_VALUE || end - lastStep > 2 * windowMillis;
		return explained && settled && !atRangeEnd ? integral / (windowMillis / 1000.0) : Double.NaN;
	}

	/**
	 * Starts the path of the window that begins at {@code end} from the mean just measured over the last
	 * {@link #TAIL} of the window that ends there ({@code mean}, NaN when none): the lag carries it from the middle
	 * of that tail to the window's end.
	 */
	public void restart(double mean, long end, long windowMillis) {
		double goal = target();
		integral = 0;
		atRangeEnd = lastAtRangeEnd;
		System.arraycopy(values, 0, startValues, 0, values.length);
		pathStart = end;
		pathTime = end;
		explained = Double.isFinite(mean) && Double.isFinite(goal);
		path = explained ? goal + (mean - goal) * Math.exp(-windowMillis / 2000.0 / TAIL / tau) : Double.NaN;
	}

	/** Integrates the path from its time to {@code t} with the present target. */
	private void advance(long t) {
		if (pathTime == Long.MIN_VALUE || t <= pathTime) {
			return;
		}
		double seconds = (t - pathTime) / 1000.0;
		pathTime = t;
		if (!explained) {
			return;
		}
		double goal = target();
		if (!Double.isFinite(goal)) {
			explained = false;
			return;
		}
		double decay = Math.exp(-seconds / tau);
		integral += goal * seconds + (path - goal) * tau * (1 - decay);
		path = goal + (path - goal) * decay;
	}

	/** Where the lag is heading now, NaN when the twin does not explain the signal or a context value is unknown. */
	double target() {
		if (mode >= 0 && (Double.isNaN(values[mode]) || Math.round(values[mode]) == manualIndex)) {
			return Double.NaN;
		}
		if (run >= 0 && !(values[run] >= 0.5)) {
			return Double.NaN; // unknown, or stopped: the measurement rests at its range's end
		}
		double base = target >= 0 ? values[target] : nominal;
		return base + rate() * tau;
	}

	/** The level's rate of change from its pumps (span per second × span), 0 for other signals; NaN when unknown. */
	private double rate() {
		double net = 0;
		for (Pump pump : pumps) {
			double running = pump.run() < 0 ? 1 : values[pump.run()];
			double speed = pump.speed() < 0 ? Double.NaN : values[pump.speed()];
			if (Double.isNaN(running) || pump.speed() >= 0 && Double.isNaN(speed)) {
				return Double.NaN;
			}
			double fraction = running < 0.5 ? 0 : pump.speed() < 0 ? 1 : (speed - pump.speedLow()) / pump.speedSpan();
			net += pump.filling() ? fraction : -fraction;
		}
		return net * levelRate;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder().append(kind).append(" towards ")
				.append(target >= 0 ? context.get(target).getTag() : nominal).append(", τ ").append(tau).append(" s");
		for (int i = 0; i < values.length; i++) {
			text.append(i == 0 ? "; " : ", ").append(context.get(i).getTag()).append(' ').append(values[i]);
		}
		return text.toString();
	}
}
