// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.twinworks.live.ValueChange;
import org.twinworks.live.ValueListener;
import org.twinworks.live.ValueStore;

/**
 * Feeds a live {@link ValueStore} into an {@link EventEngine}: a store listener (as the views and the recorder
 * are) whose batches, stamped with their delivery time as arrival (as the recorder stamps them, so a recording
 * of the same run gives the same times), are offered to the started engine. Closing it stops the feed, not the
 * engine.
 */
public final class LiveEventFeed implements AutoCloseable {
	/** How often the store hands its changes over: a tenth of the engine's default tick. */
	public static final Duration DELIVERY = Duration.ofMillis(10);

	private final AutoCloseable registration;

	private LiveEventFeed(AutoCloseable registration) {
		this.registration = registration;
	}

	/** Starts {@code engine} (if it is not yet) and feeds it every value applied to {@code store} from now on. */
	public static LiveEventFeed attach(ValueStore store, EventEngine engine) {
		engine.start();
		ValueListener listener = (List<ValueChange> batch) -> {
			Instant arrival = Instant.now();
			for (ValueChange change : batch) {
				engine.offer(change.signal(), change.value(), arrival);
			}
		};
		return new LiveEventFeed(store.addListener(listener, DELIVERY));
	}

	@Override
	public void close() {
		try {
			registration.close();
		} catch (Exception e) {
			throw new IllegalStateException("could not stop the live event feed", e);
		}
	}
}
