// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.live.ValueChange;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.sparkplug.EdgeNode;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.mqtt.BrokerConnectionException;
import org.twinworks.sparkplug.mqtt.BrokerOptions;

/**
 * Publishes a {@link ValueStore} as a Sparkplug B edge node: births from the store's latest values, then DDATA by
 * exception, one message per device per publishing cycle (the store's coalesced batches). Exception reporting
 * follows the bindings' deadbands, which the OPC UA subscription feeding the store already applies. DCMDs go to the
 * {@link GatewayWrites} given at start (refused and audited unless writes are allowed); without one they are
 * logged and ignored.
 */
public final class SparkplugGateway implements AutoCloseable {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final MetricCatalog catalog;
	private final EdgeNode node;
	private @Nullable GatewayWrites writes;
	private volatile AutoCloseable listening = () -> {
	};
	// written by the store's delivery thread only, read by anyone
	private volatile long cycles;
	private volatile long messages;
	private volatile long metrics;
	private volatile long dropped;
	private volatile long cycleNanos;
	private volatile long cycleCpuNanos;
	private volatile long longestCycleNanos;

	private SparkplugGateway(MetricCatalog catalog, EdgeNode node) {
		this.catalog = catalog;
		this.node = node;
	}

	/** Connects to the broker, publishes the births and keeps publishing the store's changes every {@code cycle}. */
	public static SparkplugGateway start(EdgeNodeId id, BrokerOptions options, Collection<Binding> bindings,
			ValueStore store, Duration cycle, Duration timeout) throws BrokerConnectionException {
		MetricCatalog catalog = new MetricCatalog(bindings);
		EdgeNode node = EdgeNode.start(id, options, EdgeNode.freshBdSeq(), () -> catalog.births(store.snapshot()),
				timeout);
		return listen(catalog, node, store, cycle);
	}

	/**
	 * As {@link #start(EdgeNodeId, BrokerOptions, Collection, ValueStore, Duration, Duration)}, with every DCMD
	 * handled by {@code writes} (closed with the gateway).
	 */
	public static SparkplugGateway start(EdgeNodeId id, BrokerOptions options, Collection<Binding> bindings,
			ValueStore store, Duration cycle, Duration timeout, GatewayWrites writes) throws BrokerConnectionException {
		MetricCatalog catalog = new MetricCatalog(bindings);
		writes.attach(catalog, bindings);
		EdgeNode node = EdgeNode.start(id, options, EdgeNode.freshBdSeq(), () -> catalog.births(store.snapshot()),
				writes::accept, timeout);
		writes.publishThrough(node);
		SparkplugGateway gateway = listen(catalog, node, store, cycle);
		gateway.writes = writes;
		return gateway;
	}

	private static SparkplugGateway listen(MetricCatalog catalog, EdgeNode node, ValueStore store, Duration cycle) {
		SparkplugGateway gateway = new SparkplugGateway(catalog, node);
		gateway.listening = store.addListener(gateway::publish, cycle);
		return gateway;
	}

	/** Counters since start; any thread. */
	public GatewayStats stats() {
		return new GatewayStats(cycles, messages, metrics, dropped, cycleNanos, cycleCpuNanos, longestCycleNanos);
	}

	public MetricCatalog catalog() {
		return catalog;
	}

	public EdgeNode edgeNode() {
		return node;
	}

	@Override
	public void close() {
		try {
			listening.close();
		} catch (Exception e) {
			// the store is closing too
		}
		if (writes != null) {
			writes.close();
		}
		node.close();
	}

	private void publish(List<ValueChange> batch) {
		long start = System.nanoTime();
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		Map<String, List<Metric>> byDevice = new LinkedHashMap<>();
		for (ValueChange change : batch) {
			MetricCatalog.Entry entry = catalog.entry(change.signal());
			if (entry != null) {
				byDevice.computeIfAbsent(entry.device(), device -> new ArrayList<>())
						.add(catalog.data(entry, change.value()));
			}
		}
		long sent = 0;
		long sentMetrics = 0;
		long lost = 0;
		for (Map.Entry<String, List<Metric>> device : byDevice.entrySet()) {
			if (node.publishDeviceData(device.getKey(), device.getValue())) {
				sent++;
				sentMetrics += device.getValue().size();
			} else {
				lost++;
			}
		}
		long took = System.nanoTime() - start;
		cycles++;
		messages += sent;
		metrics += sentMetrics;
		dropped += lost;
		cycleNanos += took;
		cycleCpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
		longestCycleNanos = Math.max(longestCycleNanos, took);
	}
}
