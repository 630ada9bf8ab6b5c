// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Signal;

/**
 * Derives one signal's {@link SignalState} from its values, its AlarmLimits and its EURange. Alarms have
 * hysteresis: a high limit raises at value &ge; limit and clears only below limit &minus; hysteresis (a low
 * limit mirrored), so a value hovering at the limit does not chatter. A bad value neither raises nor clears
 * an alarm, since its number means nothing. Pure logic: time is passed in.
 */
public final class SignalStateTracker {
	private final Signal signal;
	private final List<AlarmLimit> limits;
	private final boolean[] active;
	private SignalValue last;
	private Instant lastArrival;
	private Instant lostAt;

	public SignalStateTracker(Signal signal) {
		this.signal = signal;
		this.limits = List.copyOf(signal.getAlarmLimits());
		this.active = new boolean[limits.size()];
	}

	public synchronized void update(SignalValue value, Instant arrival) {
		last = value;
		lastArrival = arrival;
		lostAt = null;
		if (!value.isBad() && value.value() instanceof Number number) {
			double v = number.doubleValue();
			for (int i = 0; i < limits.size(); i++) {
				active[i] = evaluate(limits.get(i), active[i], v);
			}
		}
	}

	/** The connection dropped at {@code at}: the last value stays, marked stale since then. */
	public synchronized void connectionLost(Instant at) {
		if (lostAt == null) {
			lostAt = at;
		}
	}

	/** The state at {@code now}; stale when the last value arrived longer than {@code staleAfter} ago. */
	public synchronized SignalState state(Instant now, Duration staleAfter) {
		Set<AlarmKind> alarms = EnumSet.noneOf(AlarmKind.class);
		for (int i = 0; i < limits.size(); i++) {
			if (active[i]) {
				alarms.add(limits.get(i).getKind());
			}
		}
		if (last == null) {
			return new SignalState(alarms, false, false, true, lostAt, false);
		}
		Instant staleSince = lostAt;
		Instant expiry = lastArrival.plus(staleAfter);
		if (staleSince == null && now.isAfter(expiry)) {
			staleSince = expiry;
		}
		boolean uncertain = !last.isGood() && !last.isBad();
		return new SignalState(alarms, last.isBad(), uncertain, staleSince != null, staleSince, outOfRange(last));
	}

	private boolean outOfRange(SignalValue value) {
		if (!(value.value() instanceof Number number)) {
			return false;
		}
		double v = number.doubleValue();
		Double low = signal.getRangeLow();
		Double high = signal.getRangeHigh();
		return low != null && v < low || high != null && v > high;
	}

	private static boolean evaluate(AlarmLimit limit, boolean wasActive, double v) {
		double hysteresis = Math.max(0, limit.getHysteresis());
		boolean high = limit.getKind() == AlarmKind.HIGH || limit.getKind() == AlarmKind.HIGH_HIGH;
		if (high) {
			return wasActive ? v >= limit.getValue() - hysteresis : v >= limit.getValue();
		}
		return wasActive ? v <= limit.getValue() + hysteresis : v <= limit.getValue();
	}
}
