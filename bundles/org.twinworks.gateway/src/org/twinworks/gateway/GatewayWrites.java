// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.live.AuditLog;
import org.twinworks.live.AuditRecord;
import org.twinworks.live.GuardedWriter;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSource;
import org.twinworks.live.SignalValue;
import org.twinworks.live.WriteArming;
import org.twinworks.live.WriteOutcome;
import org.twinworks.live.WriteResult;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;
import org.twinworks.sparkplug.EdgeNode;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.SparkplugPayload;

/**
 * How the gateway answers a DCMD: every metric in it is one write attempt on the plant, audited. Only when writes
 * are {@linkplain #allowed allowed} does an attempt go through the {@link GuardedWriter} (read-only signals and
 * values out of range refused there) and its read-back value go out as DDATA; otherwise, and for a metric the
 * gateway does not publish, the attempt is refused and audited without touching the plant. Writes run one at a
 * time on their own thread, not on the broker's delivery thread.
 */
public final class GatewayWrites implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(GatewayWrites.class);
	/** The flag on the command line is the operator's arming: it lasts as long as the gateway runs. */
	private static final Duration GATEWAY_LIFETIME = Duration.ofDays(3650);

	private final LiveSource plant;
	private final AuditLog audit;
	private final boolean allowed;
	private final String user;
	private final WriteArming arming = new WriteArming();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "gateway-writes");
		thread.setDaemon(true);
		return thread;
	});
	private final Map<Signal, Binding> bindings = new HashMap<>();
	private @Nullable MetricCatalog catalog;
	private @Nullable EdgeNode node;

	private GatewayWrites(LiveSource plant, AuditLog audit, boolean allowed, String user) {
		this.plant = Objects.requireNonNull(plant);
		this.audit = Objects.requireNonNull(audit);
		this.allowed = allowed;
		this.user = user;
		if (allowed) {
			arming.arm(GATEWAY_LIFETIME);
		}
	}

	/** DCMDs are executed on {@code plant} (guarded) and audited in {@code audit} as {@code user}'s. */
	public static GatewayWrites allowed(LiveSource plant, AuditLog audit, String user) {
		return new GatewayWrites(plant, audit, true, user);
	}

	/** DCMDs are refused and audited; the plant is never written. */
	public static GatewayWrites refused(LiveSource plant, AuditLog audit, String user) {
		return new GatewayWrites(plant, audit, false, user);
	}

	public boolean isAllowed() {
		return allowed;
	}

	synchronized void publishThrough(EdgeNode edgeNode) {
		this.node = edgeNode;
	}

	synchronized void attach(MetricCatalog metrics, Collection<Binding> bound) {
		this.catalog = metrics;
		for (Binding binding : bound) {
			if (binding.getSignal() != null) {
				bindings.putIfAbsent(binding.getSignal(), binding);
			}
		}
	}

	/** Queues the command's writes; called on the broker connection's delivery thread. */
	void accept(String device, SparkplugPayload command) {
		List<Metric> metrics = command.metrics();
		worker.execute(() -> {
			for (Metric metric : metrics) {
				try {
					execute(device, metric);
				} catch (IOException e) {
					LOG.error("gateway: a write to {}/{} could not be audited; its outcome is unknown to the trail",
							device, metric.label(), e);
				} catch (RuntimeException e) {
					LOG.error("gateway: the write to {}/{} failed", device, metric.label(), e);
				}
			}
		});
	}

	private void execute(String device, Metric metric) throws IOException {
		MetricCatalog metrics;
		EdgeNode edgeNode;
		synchronized (this) {
			metrics = catalog;
			edgeNode = node;
		}
		MetricCatalog.Entry entry = metrics == null ? null : find(metrics, device, metric);
		Binding binding = entry == null ? null : bindings.get(entry.signal());
		if (entry == null || binding == null) {
			refuse(device + "/" + metric.label(), null, metric.value(),
					"edge node publishes no metric " + metric.label() + " on device " + device);
			return;
		}
		if (!allowed) {
			refuse(binding.getNodeId(), entry.signal().getTag(), metric.value(),
					"the gateway does not accept writes (started without --allow-writes)");
			return;
		}
		if (metric.value() == null) {
			refuse(binding.getNodeId(), entry.signal().getTag(), null, "a DCMD without a value");
			return;
		}
		WriteResult result = new GuardedWriter(plant, arming, audit, Clock.systemUTC(), user).write(binding,
				metric.value());
		LOG.info("gateway: DCMD {}/{} = {}: {} ({})", device, entry.name(), metric.value(), result.outcome(),
				result.detail());
		if (result.outcome() == WriteOutcome.OK && edgeNode != null) {
			publishReadBack(edgeNode, metrics, entry, binding);
		}
	}

	// a write of the value the node already has changes nothing the subscription would report: the host waits
	// for this DDATA to see its write confirmed
	private void publishReadBack(EdgeNode edgeNode, MetricCatalog metrics, MetricCatalog.Entry entry, Binding binding) {
		try {
			SignalValue now = plant.read(binding.getNodeId());
			edgeNode.publishDeviceData(entry.device(), List.of(metrics.data(entry, now)));
		} catch (LiveConnectionException e) {
			LOG.warn("gateway: read after the write of {} failed: {}", entry.name(), e.getMessage());
		}
	}

	private static MetricCatalog.@Nullable Entry find(MetricCatalog metrics, String device, Metric metric) {
		for (MetricCatalog.Entry entry : metrics.entries()) {
			if (entry.device().equals(device) && (metric.name() != null
					? metric.name().equals(entry.name())
					: metric.hasAlias() && metric.alias() == entry.alias())) {
				return entry;
			}
		}
		return null;
	}

	private void refuse(String nodeId, @Nullable String tag, @Nullable Object value, String why) throws IOException {
		LOG.warn("gateway: DCMD for {} refused: {}", nodeId, why);
		audit.append(new AuditRecord(java.time.Instant.now(), user, plant.endpointUrl(), nodeId, tag, null, value,
				WriteOutcome.REFUSED, why));
	}

	@Override
	public void close() {
		arming.disarm();
		worker.shutdown();
		try {
			worker.awaitTermination(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
