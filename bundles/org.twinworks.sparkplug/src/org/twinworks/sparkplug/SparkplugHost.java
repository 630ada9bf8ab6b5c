// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.sparkplug.mqtt.BrokerConnectionException;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.sparkplug.mqtt.ConnectionListener;
import org.twinworks.sparkplug.mqtt.MqttConnection;

/**
 * A subscriber to one Sparkplug group: a {@link HostDecoder} fed from {@code spBv1.0/<group>/#}, which asks an edge
 * node for a rebirth (NCMD) when it sees data without a current birth or a seq gap, at most once per node per
 * two seconds. After a reconnect (a broker restart) it asks every node it knows for a rebirth, since
 * the births published while it was away are lost to it. The listener runs on the connection's delivery thread.
 */
public final class SparkplugHost implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(SparkplugHost.class);
	private static final Duration REBIRTH_INTERVAL = Duration.ofSeconds(2);

	private final String group;
	private final MqttConnection connection;
	private final HostDecoder decoder;
	private final Map<EdgeNodeId, Long> lastRebirthRequest = new ConcurrentHashMap<>();
	private final AtomicLong bytesReceived = new AtomicLong();

	private SparkplugHost(String group, BrokerOptions options, String hostId, HostListener listener)
			throws BrokerConnectionException {
		this.group = SparkplugNames.check("group id", group);
		this.connection = MqttConnection.create(options, "twinworks-host-" + SparkplugNames.check("host id", hostId),
				() -> null);
		this.decoder = new HostDecoder(new HostListener() {
			@Override
			public void onNodeBirth(EdgeNodeId node, int bdSeq, List<Metric> metrics) {
				listener.onNodeBirth(node, bdSeq, metrics);
			}

			@Override
			public void onDeviceBirth(DeviceId device, List<Metric> metrics) {
				listener.onDeviceBirth(device, metrics);
			}

			@Override
			public void onDeviceData(DeviceId device, List<Metric> metrics) {
				listener.onDeviceData(device, metrics);
			}

			@Override
			public void onNodeData(EdgeNodeId node, List<Metric> metrics) {
				listener.onNodeData(node, metrics);
			}

			@Override
			public void onNodeDeath(EdgeNodeId node, Set<DeviceId> staleDevices) {
				listener.onNodeDeath(node, staleDevices);
			}

			@Override
			public void onDeviceDeath(DeviceId device) {
				listener.onDeviceDeath(device);
			}

			@Override
			public void onRebirthNeeded(EdgeNodeId node, String reason) {
				listener.onRebirthNeeded(node, reason);
				requestRebirthThrottled(node, reason);
			}

			@Override
			public void onProblem(String message) {
				listener.onProblem(message);
			}
		});
		connection.subscribe(SparkplugTopic.NAMESPACE + "/" + group + "/#", (topic, payload) -> {
			bytesReceived.addAndGet(topic.length() + payload.length);
			decoder.accept(topic, payload);
		});
		connection.addListener(new ConnectionListener() {
			@Override
			public void onConnected() {
				decoder.nodes().forEach(SparkplugHost.this::requestRebirth);
			}
		});
	}

	/** Connects and subscribes to the group. */
	public static SparkplugHost start(String group, BrokerOptions options, String hostId, HostListener listener,
			Duration timeout) throws BrokerConnectionException {
		SparkplugHost host = new SparkplugHost(group, options, hostId, listener);
		try {
			host.connection.connect(timeout);
		} catch (BrokerConnectionException e) {
			host.connection.close();
			throw e;
		}
		return host;
	}

	public String group() {
		return group;
	}

	/** The decoder's counters and state; read them on the delivery thread or accept a racy snapshot. */
	public HostDecoder decoder() {
		return decoder;
	}

	/** Topic and payload bytes received so far (MQTT framing not counted). */
	public long bytesReceived() {
		return bytesReceived.get();
	}

	/** Messages waiting for the delivery thread (the decoder and the listener). */
	public int deliveryBacklog() {
		return connection.deliveryBacklog();
	}

	/** Messages dropped because the decoder and listener fell too far behind. */
	public long droppedDeliveries() {
		return connection.droppedDeliveries();
	}

	public boolean isConnected() {
		return connection.isConnected();
	}

	/** Publishes NCMD {@code Node Control/Rebirth = true} to {@code node}. */
	public void requestRebirth(EdgeNodeId node) {
		lastRebirthRequest.put(node, System.nanoTime());
		connection.publish(SparkplugTopic.node(node, MessageType.NCMD).text(),
				PayloadCodec.encode(NodeControl.rebirthRequest(System.currentTimeMillis())), 0);
	}

	@Override
	public void close() {
		connection.close();
	}

	private void requestRebirthThrottled(EdgeNodeId node, String reason) {
		Long last = lastRebirthRequest.get(node);
		if (last == null || System.nanoTime() - last > REBIRTH_INTERVAL.toNanos()) {
			LOG.info("asking edge node {} for a rebirth: {}", node, reason);
			requestRebirth(node);
		}
	}
}
