// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.AlarmKind;

/**
 * What a signal's values mean beyond the number: active alarm limits, the status (bad, uncertain), staleness
 * (no update for too long, or the connection lost at {@code staleSince}; a signal that never had a value is
 * stale with no time), and whether the value is outside the engineering range.
 */
public record SignalState(Set<AlarmKind> alarms, boolean bad, boolean uncertain, boolean stale,
		@Nullable Instant staleSince, boolean outOfRange) {

	public SignalState {
		alarms = Set.copyOf(alarms);
	}

	/** The most severe active alarm (HH or LL before H or L), or null. */
	public @Nullable AlarmKind highestAlarm() {
		for (AlarmKind kind : new AlarmKind[]{AlarmKind.HIGH_HIGH, AlarmKind.LOW_LOW, AlarmKind.HIGH, AlarmKind.LOW}) {
			if (alarms.contains(kind)) {
				return kind;
			}
		}
		return null;
	}
}
