// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.sparkplug.mqtt.BrokerConnectionException;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.sparkplug.mqtt.ConnectionListener;
import org.twinworks.sparkplug.mqtt.MqttConnection;
import org.twinworks.sparkplug.mqtt.Will;

/**
 * A Sparkplug B edge node session. Every MQTT connect carries a new bdSeq in its will (the NDEATH); once connected
 * the node publishes NBIRTH (seq 0, that bdSeq, {@code Node Control/Rebirth}) and one DBIRTH per device, taken from
 * {@code births} at that moment; then DDATA per device as the caller batches them. seq counts 0..255 over everything
 * the node publishes and wraps. An NCMD with {@code Node Control/Rebirth = true} publishes the births again (same
 * bdSeq, seq from 0). Data published while disconnected is dropped: the births after the reconnect carry the current
 * values. A DCMD goes to the {@link DeviceCommandHandler} given at start; without one it is logged and ignored.
 */
public final class EdgeNode implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(EdgeNode.class);
	/** Sparkplug: births and data at QoS 0; the NDEATH will at QoS 1. */
	private static final int DATA_QOS = 0;
	private static final int WILL_QOS = 1;
	/**
	 * DDATA handed to the MQTT client and not yet written to the socket: beyond this the network (or the broker)
	 * does not keep up, and the client would queue without bound; the data is dropped and counted instead.
	 */
	public static final int MAX_IN_FLIGHT = 20_000;

	private final EdgeNodeId id;
	private final Supplier<List<DeviceBirth>> births;
	private final DeviceCommandHandler commands;
	private final MqttConnection connection;
	private final Object lock = new Object();
	private int nextBdSeq;
	private volatile int pendingBdSeq;
	private volatile int bdSeq = -1;
	private int seq;
	private volatile boolean born;
	private volatile long published;
	private volatile long dropped;
	private final AtomicLong droppedInFlight = new AtomicLong();
	private final AtomicInteger inFlight = new AtomicInteger();
	private final AtomicLong bytesPublished = new AtomicLong();
	private volatile int birthCount;

	private EdgeNode(EdgeNodeId id, BrokerOptions options, int firstBdSeq, Supplier<List<DeviceBirth>> births,
			DeviceCommandHandler commands) throws BrokerConnectionException {
		this.id = id;
		this.births = births;
		this.commands = commands;
		this.nextBdSeq = firstBdSeq & 0xff;
		this.connection = MqttConnection.create(options, clientId(id), this::nextWill);
		connection.subscribe(SparkplugTopic.node(id, MessageType.NCMD).text(), this::onCommand);
		connection.subscribe(
				SparkplugTopic.NAMESPACE + "/" + id.group() + "/" + MessageType.DCMD + "/" + id.node() + "/+",
				this::onDeviceCommand);
		connection.addListener(new ConnectionListener() {
			@Override
			public void onConnected() {
				bdSeq = pendingBdSeq;
				publishBirths("connect");
			}

			@Override
			public void onDisconnected(String cause, long retryInMillis) {
				born = false;
			}
		});
	}

	/**
	 * Connects and publishes the births. {@code firstBdSeq} is the bdSeq of the first connect (a restarted node
	 * should not reuse its previous one, so that a late will of the old session cannot kill the new one).
	 */
	public static EdgeNode start(EdgeNodeId id, BrokerOptions options, int firstBdSeq,
			Supplier<List<DeviceBirth>> births, Duration timeout) throws BrokerConnectionException {
		return start(
				id, options, firstBdSeq, births, (device, command) -> LOG
						.warn("edge node {}: DCMD for device {} ignored (this node takes no commands)", id, device),
				timeout);
	}

	/** As {@link #start(EdgeNodeId, BrokerOptions, int, Supplier, Duration)}, handing every DCMD to {@code commands}. */
	public static EdgeNode start(EdgeNodeId id, BrokerOptions options, int firstBdSeq,
			Supplier<List<DeviceBirth>> births, DeviceCommandHandler commands, Duration timeout)
			throws BrokerConnectionException {
		EdgeNode node = new EdgeNode(id, options, firstBdSeq, births, commands);
		try {
			node.connection.connect(timeout);
		} catch (BrokerConnectionException e) {
			node.connection.close();
			throw e;
		}
		return node;
	}

	/** A bdSeq for a fresh start: derived from the clock, so consecutive restarts differ. */
	public static int freshBdSeq() {
		return (int) ((System.currentTimeMillis() / 1000) & 0xff);
	}

	public EdgeNodeId id() {
		return id;
	}

	/** The bdSeq of the current connection (-1 before the first). */
	public int bdSeq() {
		return bdSeq;
	}

	/** Whether the births of the current connection are out (data is published only then). */
	public boolean isBorn() {
		return born && connection.isConnected();
	}

	/** Messages published (births and data) since start. */
	public long published() {
		return published;
	}

	/** DDATA messages dropped: the node was not connected and born, or {@link #MAX_IN_FLIGHT} were in flight. */
	public long dropped() {
		return dropped + droppedInFlight.get();
	}

	/** DDATA messages dropped because {@link #MAX_IN_FLIGHT} messages were waiting for the socket. */
	public long droppedInFlight() {
		return droppedInFlight.get();
	}

	/** Messages handed to the MQTT client and not yet written: the client-side queue. */
	public int inFlight() {
		return inFlight.get();
	}

	/** Topic and payload bytes published since start (MQTT framing not counted). */
	public long bytesPublished() {
		return bytesPublished.get();
	}

	/** How many times the births went out (connects plus rebirths). */
	public int birthCount() {
		return birthCount;
	}

	/**
	 * Publishes one DDATA with {@code metrics} (alias-only metrics, see {@link Metric#data}) for {@code device}.
	 * Returns false (and drops the data) when the node is not connected and born, or when {@link #MAX_IN_FLIGHT}
	 * messages still wait for the socket (then its seq is skipped, so hosts count the message as lost).
	 */
	public boolean publishDeviceData(String device, List<Metric> metrics) {
		if (metrics.isEmpty()) {
			return true;
		}
		SparkplugTopic topic = SparkplugTopic.device(id.device(device), MessageType.DDATA);
		synchronized (lock) {
			if (!isBorn()) {
				dropped++;
				return false;
			}
			if (inFlight.get() >= MAX_IN_FLIGHT) {
				// the seq is spent so that hosts see the loss as a gap (and ask for a rebirth with current values)
				nextSeq();
				droppedInFlight.incrementAndGet();
				return false;
			}
			publish(topic, new SparkplugPayload(System.currentTimeMillis(), nextSeq(), metrics));
			return true;
		}
	}

	/** Publishes NBIRTH and every DBIRTH again (what an NCMD rebirth request does). */
	public void rebirth() {
		publishBirths("rebirth");
	}

	/** Publishes NDEATH (a clean disconnect sends no will) and disconnects. */
	@Override
	public void close() {
		synchronized (lock) {
			if (connection.isConnected() && bdSeq >= 0) {
				try {
					connection
							.publish(SparkplugTopic.node(id, MessageType.NDEATH).text(),
									PayloadCodec.encode(NodeControl.death(bdSeq, System.currentTimeMillis())), WILL_QOS)
							.get(5, java.util.concurrent.TimeUnit.SECONDS);
				} catch (Exception e) {
					LOG.warn("edge node {}: NDEATH before disconnect not confirmed: {}", id, e.toString());
				}
			}
			born = false;
		}
		connection.close();
	}

	private void publishBirths(String why) {
		synchronized (lock) {
			if (!connection.isConnected()) {
				return;
			}
			seq = 0;
			long now = System.currentTimeMillis();
			List<Metric> nodeMetrics = new ArrayList<>();
			nodeMetrics.add(Metric.birth(NodeControl.BD_SEQ, Metric.NO_ALIAS, DataType.INT64, now, (long) bdSeq,
					MetricProperties.NONE));
			nodeMetrics.add(Metric.birth(NodeControl.REBIRTH, Metric.NO_ALIAS, DataType.BOOLEAN, now, false,
					MetricProperties.NONE));
			publish(SparkplugTopic.node(id, MessageType.NBIRTH), new SparkplugPayload(now, nextSeq(), nodeMetrics));
			List<DeviceBirth> devices = births.get();
			for (DeviceBirth device : devices) {
				publish(SparkplugTopic.device(id.device(device.device()), MessageType.DBIRTH),
						new SparkplugPayload(now, nextSeq(), device.metrics()));
			}
			born = true;
			birthCount++;
			LOG.info("edge node {}: births published ({}, bdSeq {}, {} devices)", id, why, bdSeq, devices.size());
		}
	}

	private int nextSeq() {
		int current = seq;
		seq = (seq + 1) & 0xff;
		return current;
	}

	private void publish(SparkplugTopic topic, SparkplugPayload payload) {
		published++;
		String text = topic.text();
		byte[] bytes = PayloadCodec.encode(payload);
		bytesPublished.addAndGet(text.length() + bytes.length);
		inFlight.incrementAndGet();
		connection.publish(text, bytes, DATA_QOS).whenComplete((done, failure) -> {
			inFlight.decrementAndGet();
			if (failure != null) {
				LOG.debug("edge node {}: {} not published: {}", id, topic, failure.toString());
			}
		});
	}

	private Will nextWill() {
		int next = nextBdSeq;
		nextBdSeq = (nextBdSeq + 1) & 0xff;
		pendingBdSeq = next;
		return new Will(SparkplugTopic.node(id, MessageType.NDEATH).text(),
				PayloadCodec.encode(NodeControl.death(next, System.currentTimeMillis())), WILL_QOS);
	}

	private void onCommand(String topic, byte[] bytes) {
		try {
			if (NodeControl.isRebirthRequest(PayloadCodec.decode(topic, bytes))) {
				LOG.info("edge node {}: rebirth requested", id);
				rebirth();
			}
		} catch (SparkplugFormatException e) {
			LOG.warn("edge node {}: ignoring a command: {}", id, e.getMessage());
		}
	}

	private void onDeviceCommand(String topic, byte[] bytes) {
		try {
			SparkplugTopic parsed = SparkplugTopic.parse(topic);
			SparkplugPayload command = PayloadCodec.decode(topic, bytes);
			if (parsed.device() != null) {
				commands.onDeviceCommand(parsed.device(), command);
			}
		} catch (SparkplugFormatException | IllegalArgumentException e) {
			LOG.warn("edge node {}: ignoring a device command on {}: {}", id, topic, e.getMessage());
		} catch (RuntimeException e) {
			LOG.error("edge node {}: the device command on {} failed", id, topic, e);
		}
	}

	private static String clientId(EdgeNodeId id) {
		return "twinworks-edge-" + id.group() + "-" + id.node();
	}
}
