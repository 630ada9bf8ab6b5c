// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway;

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

	private final MetricCatalog catalog;
	private final EdgeNode node;
	private final AutoCloseable listening;
	private @Nullable GatewayWrites writes;

	private SparkplugGateway(MetricCatalog catalog, EdgeNode node, AutoCloseable listening) {
		this.catalog = catalog;
		this.node = node;
		this.listening = listening;
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
		AutoCloseable listening = store.addListener(batch -> publish(catalog, node, batch), cycle);
		return new SparkplugGateway(catalog, node, listening);
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

	private static void publish(MetricCatalog catalog, EdgeNode node, List<ValueChange> batch) {
		Map<String, List<Metric>> byDevice = new LinkedHashMap<>();
		for (ValueChange change : batch) {
			MetricCatalog.Entry entry = catalog.entry(change.signal());
			if (entry != null) {
				byDevice.computeIfAbsent(entry.device(), device -> new ArrayList<>())
						.add(catalog.data(entry, change.value()));
			}
		}
		byDevice.forEach(node::publishDeviceData);
	}
}
