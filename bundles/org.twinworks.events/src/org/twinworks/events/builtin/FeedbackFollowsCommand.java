// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
import org.twinworks.model.Signal;

/**
 * A feedback that must follow its command: once both are known and differ by more than the tolerance (booleans:
 * differ at all) for longer than the time allowed, a {@code feedback.not.following} frame (HIGH) opens on the
 * equipment; it closes when the feedback follows again. A bad-quality feedback is not judged (its own problem,
 * reported by quality); the time allowed restarts when the command changes.
 */
public final class FeedbackFollowsCommand implements Detector {
	public static final String SOURCE = "feedback.not.following";

	private final Signal command;
	private final Signal feedback;
	private final Duration allowed;
	private final double tolerance;
	private double commanded = Double.NaN;
	private double fed = Double.NaN;
	private @Nullable Instant differsSince;
	private @Nullable EventFrame frame;

	/**
	 * @param tolerance how far the feedback may lie from the command, in its units (ignored for booleans)
	 */
	public FeedbackFollowsCommand(Signal command, Signal feedback, Duration allowed, double tolerance) {
		this.command = command;
		this.feedback = feedback;
		this.allowed = allowed;
		this.tolerance = tolerance;
	}

	public Signal command() {
		return command;
	}

	/** How long the feedback may differ from the command before a frame opens. */
	public Duration allowed() {
		return allowed;
	}

	public Signal feedback() {
		return feedback;
	}

	@Override
	public Set<Signal> watched() {
		return Set.of(command, feedback);
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
		if (signal.equals(command)) {
			if (x != commanded) {
				differsSince = null;
			}
			commanded = x;
		} else {
			fed = x;
		}
		judge(time, sink);
	}

	@Override
	public void onTime(Instant now, EventSink sink) {
		judge(now, sink);
	}

	private void judge(Instant now, EventSink sink) {
		if (Double.isNaN(commanded) || Double.isNaN(fed)) {
			return;
		}
		boolean follows = Math.abs(fed - commanded) <= (SignalRoles.isBoolean(feedback) ? 0 : tolerance);
		if (follows) {
			differsSince = null;
			if (frame != null) {
				sink.close(frame, now, captured());
				frame = null;
			}
			return;
		}
		if (differsSince == null) {
			differsSince = now;
		}
		if (frame == null && Duration.between(differsSince, now).compareTo(allowed) >= 0) {
			String message = SignalRoles.label(feedback) + " does not follow " + SignalRoles.label(command) + " within "
					+ allowed.toMillis() / 1000.0 + " s";
			frame = sink.open(SOURCE, Severity.HIGH, feedback.getEquipment(), message, now, captured());
		}
	}

	private Map<String, Object> captured() {
		Map<String, Object> captured = new LinkedHashMap<>();
		captured.put(SignalRoles.label(command), commanded);
		captured.put(SignalRoles.label(feedback), fed);
		return captured;
	}
}
