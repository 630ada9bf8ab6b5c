// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.time.Duration;

/**
 * How an {@link EventEngine} runs.
 *
 * @param tick          data time between two {@code onTime} calls (durations end at most this late)
 * @param queueCapacity values waiting for the engine thread; beyond it new values are dropped and counted
 * @param recentFrames  closed frames kept for {@link EventEngine#recentFrames()}
 */
public record EngineSettings(Duration tick, int queueCapacity, int recentFrames) {

	/** A 100 ms tick, 200,000 queued values (10 s of 20,000 signals at 1 Hz), the last 1,000 closed frames. */
	public static final EngineSettings DEFAULT = new EngineSettings(Duration.ofMillis(100), 200_000, 1_000);

	public EngineSettings {
		if (tick.isNegative() || tick.isZero()) {
			throw new IllegalArgumentException("the tick must be positive");
		}
		if (queueCapacity < 1 || recentFrames < 0) {
			throw new IllegalArgumentException(
					"the queue needs room for a value, and recent frames cannot be negative");
		}
	}

	public EngineSettings withQueueCapacity(int capacity) {
		return new EngineSettings(tick, capacity, recentFrames);
	}

	public EngineSettings withTick(Duration newTick) {
		return new EngineSettings(newTick, queueCapacity, recentFrames);
	}
}
