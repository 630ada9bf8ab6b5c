// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.MetricRef;
import org.twinworks.sparkplug.DeviceId;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.HostDecoder;
import org.twinworks.sparkplug.HostListener;
import org.twinworks.sparkplug.Metric;

/**
 * The host side of one edge node, fed on the MQTT connection's delivery thread: births and data become signal values
 * in the store (bound metrics) and in a table of every metric's latest value (reads); an NDEATH of the current birth,
 * a device's DDEATH or a lost broker connection turn the bound signals Bad_NoCommunication; data without a birth or
 * a seq gap asks for a rebirth, at most once per {@link #REBIRTH_INTERVAL}. A new decoder per broker connection: the
 * births after a reconnect start the node afresh, while lost-message counts add up over the session.
 */
public final class SparkplugFeed implements HostListener {

	/** How often the feed asks the same edge node for a rebirth at most. */
	public static final Duration REBIRTH_INTERVAL = Duration.ofSeconds(2);
	private static final Logger LOG = LoggerFactory.getLogger(SparkplugFeed.class);

	/** What the feed tells its session (on the delivery thread). */
	public interface Events {
		void nodeBorn(int bdSeq);

		void nodeLost(String reason);

		void rebirthWanted(String reason);
	}

	private final EdgeNodeId node;
	private final Events events;
	private final Map<String, SignalValue> latest = new ConcurrentHashMap<>();
	private final AtomicLong births = new AtomicLong();
	private final AtomicLong arrivals = new AtomicLong();
	private volatile Map<String, Binding> bound = Map.of();
	private volatile @Nullable ValueStore store;
	private volatile HostDecoder decoder;
	private volatile long earlierLost;
	private volatile long earlierGaps;
	private volatile boolean alive;
	private long lastRebirth = System.nanoTime() - 2 * REBIRTH_INTERVAL.toNanos();

	public SparkplugFeed(EdgeNodeId node, Events events) {
		this.node = node;
		this.events = events;
		this.decoder = new HostDecoder(this);
	}

	/** The MQTT message handler: one message of the node's topics. */
	public void accept(String topic, byte[] payload) {
		decoder.accept(topic, payload);
	}

	/**
	 * Feeds exactly {@code bindings} into {@code store} from now on, each with the value last seen for its metric.
	 * Returns per binding the problem with its node id, or null when it is fine.
	 */
	public Map<Binding, @Nullable String> bind(Collection<Binding> bindings, ValueStore target) {
		Map<String, Binding> byMetric = new HashMap<>();
		Map<Binding, @Nullable String> problems = new java.util.LinkedHashMap<>();
		for (Binding binding : bindings) {
			try {
				byMetric.put(MetricRef.parse(binding.getNodeId()).toString(), binding);
				problems.put(binding, null);
			} catch (IllegalArgumentException e) {
				problems.put(binding, "binding of " + binding.getSignal().getTag() + ": " + e.getMessage());
			}
		}
		Set<Signal> kept = new java.util.HashSet<>();
		byMetric.values().forEach(b -> kept.add(b.getSignal()));
		for (Binding old : bound.values()) {
			if (!kept.contains(old.getSignal())) {
				target.forget(old.getSignal());
			}
		}
		// under the lock the delivery thread takes per message: a value arriving meanwhile cannot be overtaken in
		// the store's inbox by the older one seeded here
		synchronized (this) {
			store = target;
			bound = Map.copyOf(byMetric);
			byMetric.forEach((metric, binding) -> {
				SignalValue value = latest.get(metric);
				if (value != null) {
					target.offer(binding.getSignal(), value);
				}
			});
		}
		return problems;
	}

	/** The latest value of {@code device/metric}, or null if the node never published it. */
	public @Nullable SignalValue latest(String metric) {
		return latest.get(metric);
	}

	/** Values received so far (births and data, bound or not): a writer waits for the next one. */
	public long arrivals() {
		return arrivals.get();
	}

	public boolean isAlive() {
		return alive;
	}

	public long births() {
		return births.get();
	}

	public long lostMessages() {
		return earlierLost + decoder.lostMessages();
	}

	public long gaps() {
		return earlierGaps + decoder.gaps();
	}

	public int bdSeq() {
		return decoder.bdSeq(node);
	}

	/** The broker connection is back (clean session): forget the node's state until its next birth. */
	public void reconnected() {
		HostDecoder old = decoder;
		earlierLost += old.lostMessages();
		earlierGaps += old.gaps();
		decoder = new HostDecoder(this);
	}

	/** The broker connection is lost: every bound signal is Bad_NoCommunication until the next birth. */
	public void brokerLost(String cause) {
		alive = false;
		// listeners hear of the loss before the values turn bad
		events.nodeLost("the broker connection was lost (" + cause + ")");
		markStale(null);
	}

	/** Asks for a rebirth unless one was asked for within {@link #REBIRTH_INTERVAL}; true when it asks. */
	public boolean rebirthDue() {
		long now = System.nanoTime();
		if (now - lastRebirth < REBIRTH_INTERVAL.toNanos()) {
			return false;
		}
		lastRebirth = now;
		return true;
	}

	@Override
	public void onNodeBirth(EdgeNodeId id, int bdSeq, List<Metric> metrics) {
		if (!id.equals(node)) {
			return;
		}
		births.incrementAndGet();
		alive = true;
		events.nodeBorn(bdSeq);
	}

	@Override
	public void onDeviceBirth(DeviceId device, List<Metric> metrics) {
		onDeviceData(device, metrics);
	}

	@Override
	public synchronized void onDeviceData(DeviceId device, List<Metric> metrics) {
		if (!device.node().equals(node)) {
			return;
		}
		Map<String, Binding> current = bound;
		ValueStore target = store;
		for (Metric metric : metrics) {
			String key = device.device() + "/" + metric.name();
			Binding binding = current.get(key);
			SignalValue value = MetricSignalValues.toSignalValue(metric,
					binding == null ? null : binding.getSignal().getDataType());
			latest.put(key, value);
			arrivals.incrementAndGet();
			if (binding != null && target != null) {
				target.offer(binding.getSignal(), value);
			}
		}
	}

	@Override
	public void onNodeDeath(EdgeNodeId id, Set<DeviceId> staleDevices) {
		if (!id.equals(node)) {
			return;
		}
		alive = false;
		events.nodeLost("edge node " + id + " died (NDEATH, bdSeq " + decoder.bdSeq(id) + ")");
		markStale(null);
	}

	@Override
	public void onDeviceDeath(DeviceId device) {
		if (device.node().equals(node)) {
			markStale(device.device() + "/");
		}
	}

	@Override
	public void onRebirthNeeded(EdgeNodeId id, String reason) {
		if (id.equals(node)) {
			events.rebirthWanted(reason);
		}
	}

	@Override
	public void onProblem(String message) {
		LOG.warn("Sparkplug source {}: {}", node, message);
	}

	/** Every metric (of one device when {@code prefix} is {@code device/}) becomes Bad_NoCommunication now. */
	private synchronized void markStale(@Nullable String prefix) {
		Instant now = Instant.now();
		Map<String, Binding> current = bound;
		ValueStore target = store;
		for (Map.Entry<String, SignalValue> entry : latest.entrySet()) {
			if (prefix != null && !entry.getKey().startsWith(prefix)
					|| entry.getValue().statusCode() == MetricSignalValues.NO_COMMUNICATION) {
				continue;
			}
			SignalValue stale = MetricSignalValues.noCommunication(entry.getValue(), now);
			entry.setValue(stale);
			Binding binding = current.get(entry.getKey());
			if (binding != null && target != null) {
				target.offer(binding.getSignal(), stale);
			}
		}
	}
}
