// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.jspecify.annotations.Nullable;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;

/**
 * A monitored item's link to its binding, kept as the item's user object so the creation results map back to
 * bindings without a map keyed by item (an identity map of 20,000 fresh items cost more than our whole loop).
 * It is also the item's data listener: it only hands the value to the store's bounded inbox.
 */
final class BoundItem implements OpcUaMonitoredItem.DataValueListener {
	private final int position;
	private final Binding binding;
	private final Signal signal;
	private final ValueStore store;
	// whether the store holds a value of this item that a lost subscription could leave looking current
	private volatile boolean delivered;
	// the weaker filter the server accepted instead of the binding's deadband, or null
	private volatile @Nullable String fallback;

	BoundItem(int position, Binding binding, ValueStore store) {
		this.position = position;
		this.binding = binding;
		this.signal = binding.getSignal();
		this.store = store;
	}

	/** The binding's position in the subscribed collection: the report keeps that order. */
	int position() {
		return position;
	}

	Binding binding() {
		return binding;
	}

	/** The server refused the binding's deadband; the item runs with a weaker filter, as {@code description} says. */
	void fellBackTo(String description) {
		fallback = description;
	}

	@Nullable
	String fallback() {
		return fallback;
	}

	static BoundItem of(OpcUaMonitoredItem item) {
		return (BoundItem) item.getUserObject().orElseThrow();
	}

	@Override
	public void onDataReceived(OpcUaMonitoredItem item, DataValue value) {
		if (!delivered) {
			delivered = true;
		}
		store.offer(signal, MiloValues.toSignalValue(value));
	}

	/** The item is not created yet: {@code bad} replaces the signal's value, whatever item brought it. */
	void showNotCreated(SignalValue bad) {
		store.offer(signal, bad);
	}

	/** The item's subscription is gone: {@code bad} replaces its last value, if it had one. */
	void showLost(SignalValue bad) {
		if (delivered) {
			store.offer(signal, bad);
		}
	}
}
