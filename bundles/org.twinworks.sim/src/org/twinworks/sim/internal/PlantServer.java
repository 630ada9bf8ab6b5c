// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.twinworks.model.Plant;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlantConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started server with its namespace and trust list, closed together. */
public final class PlantServer {
	private static final Logger LOG = LoggerFactory.getLogger(PlantServer.class);
	private static final long SHUTDOWN_SECONDS = 10;

	private final OpcUaServer server;
	private final FileBasedTrustListManager trustList;
	private final PlantNamespace namespace;
	private final PlantStimulation stimulation;
	private final AtomicBoolean closed = new AtomicBoolean();

	private PlantServer(OpcUaServer server, FileBasedTrustListManager trustList, PlantNamespace namespace,
			PlantStimulation stimulation) {
		this.server = server;
		this.trustList = trustList;
		this.namespace = namespace;
		this.stimulation = stimulation;
	}

	public static PlantServer start(OpcUaServer server, FileBasedTrustListManager trustList, Plant plant,
			ServedBindings bindings, PlantDynamics dynamics, VirtualPlantConfig config, MethodAllowList allowedMethods)
			throws Exception {
		server.startup().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
		ServerAssembly.lockDiagnostics(server);
		PlantStimulation stimulation = new PlantStimulation(dynamics);
		PlantNamespace namespace = new PlantNamespace(server, plant, bindings, dynamics, config,
				config.stimulation() ? stimulation : null, allowedMethods);
		namespace.startup(); // Milo 1.1.2: only after server.startup()
		return new PlantServer(server, trustList, namespace, stimulation);
	}

	/** Stimulation in-process; available whether or not clients get the Simulation object. */
	public PlantStimulation stimulation() {
		return stimulation;
	}

	public boolean inject(String tag, Fault fault) {
		return namespace.inject(tag, fault);
	}

	public int servedCount() {
		return namespace.servedCount();
	}

	/** The monitored items of every subscription of every session, as the server holds them. */
	public int monitoredItemCount() {
		return server.getSessionManager().getAllSessions().stream()
				.flatMap(session -> session.getSubscriptionManager().getSubscriptions().stream())
				.mapToInt(subscription -> subscription.getMonitoredItems().size()).sum();
	}

	public long ticks() {
		return namespace.ticks();
	}

	/** Closes once; later calls (a shutdown hook after an explicit close) do nothing. */
	public void close() {
		if (!closed.compareAndSet(false, true)) {
			return;
		}
		namespace.shutdown();
		abandon(server, trustList);
	}

	/** Stops what a failed or finished start left behind, logging rather than throwing. */
	public static void abandon(OpcUaServer server, FileBasedTrustListManager trustList) {
		try {
			if (server != null) {
				server.shutdown().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
			}
		} catch (Exception e) {
			LOG.warn("Virtual plant: server shutdown failed", e);
		}
		try {
			if (trustList != null) {
				trustList.close();
			}
		} catch (IOException e) {
			LOG.warn("Virtual plant: closing the trust list failed", e);
		}
	}
}
