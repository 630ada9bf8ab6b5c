// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/**
 * A simulated signal and the variable node that serves it; pushes changes, to the node and to the items
 * {@link PushedItems} adopted, and picks up client writes.
 */
final class ServedSignal {
	/** One second in DateTime's 100 ns ticks. */
	private static final long RESTAMP_100NS = 10_000_000L;
	/** StatusCode InfoType DataValue: the limit bits below mean something only with it (OPC UA Part 4, 7.39). */
	private static final long DATA_VALUE_INFO = 0x400;
	private static final long LIMIT_LOW = 0x100;
	private static final long LIMIT_HIGH = 0x200;

	private final SimulatedSignal signal;
	private final UaVariableNode node;
	private volatile FaultedValue fault;
	private final List<DataItem> pushed = new CopyOnWriteArrayList<>();
	private DataValue published;

	ServedSignal(SimulatedSignal signal, UaVariableNode node) {
		this.signal = signal;
		this.node = node;
		this.published = node.getValue();
	}

	SimulatedSignal signal() {
		return signal;
	}

	UaVariableNode node() {
		return node;
	}

	void setFault(FaultedValue value) {
		fault = value;
	}

	/** A value a client wrote since the last push becomes the simulation's state. */
	void adoptWrite() {
		if (signal.writable()) {
			DataValue current = node.getValue();
			if (!current.getValue().equals(published.getValue())) {
				Variants.adopt(signal, current.getValue().getValue());
			}
		}
	}

	/**
	 * Pushes the current value if value or status changed: unchanged nodes cost subscriptions nothing. An
	 * unchanged healthy value is re-stamped once a second, as a polling driver stamps every scan, so its source
	 * time tells that the device is alive; a stuck one keeps its old stamp and goes stale.
	 */
	void publish(long tick, double tickSeconds, DateTime now) {
		Variant normal = Variants.of(signal.type(), signal.value(), signal.text());
		StatusCode healthy = healthyStatus(signal);
		FaultedValue active = fault;
		DataValue next = active == null
				? new DataValue(normal, healthy, now, now)
				: active.apply(signal, tick, tickSeconds, normal, healthy, now);
		boolean changed = !next.getValue().equals(published.getValue())
				|| !next.getStatusCode().equals(published.getStatusCode());
		if (changed || active == null && olderThanRestamp(published, now)) {
			setUnlessWritten(next);
		}
	}

	/**
	 * A client write that landed after this tick adopted writes would be overwritten by a value computed without it
	 * (a lost write: read back shows the old value); it is kept and adopted on the next tick instead.
	 */
	private synchronized void setUnlessWritten(DataValue next) {
		Variant onNode = node.getValue().getValue();
		if (signal.writable() && !onNode.equals(published.getValue()) && !onNode.equals(next.getValue())) {
			return;
		}
		set(next);
	}

	/**
	 * Good, or for a value beyond its range (only a forced one can be) Uncertain_EngineeringUnitsExceeded with the
	 * limit bits saying which end, as a control system shows a NAMUR NE 43 out-of-range input.
	 */
	static StatusCode healthyStatus(SimulatedSignal signal) {
		int outside = signal.outsideRange();
		if (outside == 0) {
			return StatusCode.GOOD;
		}
		return new StatusCode(StatusCodes.Uncertain_EngineeringUnitsExceeded | DATA_VALUE_INFO
				| (outside < 0 ? LIMIT_LOW : LIMIT_HIGH));
	}

	/** Load-test mode: the tick number as the value, whatever the simulation says. */
	void publishCount(long tick, DateTime now) {
		set(new DataValue(Variants.of(signal.type(), tick, signal.text()), StatusCode.GOOD, now, now));
	}

	/** Pushes every value from now on to {@code item}, starting with the current one (a new item's first value). */
	synchronized void push(DataItem item) {
		pushed.add(item);
		deliver(item, published);
	}

	void stopPushing(DataItem item) {
		pushed.remove(item);
	}

	synchronized void redeliver(DataItem item) {
		deliver(item, published);
	}

	// synchronized with push(): a new item's first value can never overtake the tick's newer one
	private synchronized void set(DataValue value) {
		node.setValue(value);
		published = value;
		for (DataItem item : pushed) {
			deliver(item, value);
		}
	}

	private static void deliver(DataItem item, DataValue value) {
		if (item.isSamplingEnabled()) {
			// as Milo's sampler hands a read value to its items: the server timestamp is the time of "sampling"
			item.setValue(DataValue.derivedValue(value, item.getTimestampsToReturn()));
		}
	}

	private static boolean olderThanRestamp(DataValue value, DateTime now) {
		DateTime stamped = value.getSourceTime();
		return stamped == null || now.getUtcTime() - stamped.getUtcTime() >= RESTAMP_100NS;
	}
}
