// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.sim.internal.FreePorts;
import org.twinworks.sim.internal.MethodAllowList;
import org.twinworks.sim.internal.PlantDynamics;
import org.twinworks.sim.internal.PlantServer;
import org.twinworks.sim.internal.SecurityProviders;
import org.twinworks.sim.internal.ServedBindings;
import org.twinworks.sim.internal.ServerAssembly;
import org.twinworks.sim.internal.ServerIdentity;

/**
 * The embedded virtual plant: an OPC UA server that serves a plant model's bound signals and simulates them,
 * so the workbench, the live layer and their tests work without hardware. Start one with
 * {@link #start(Plant, VirtualPlantConfig)}, close it when done.
 */
public final class VirtualPlant implements AutoCloseable {
	private final PlantServer server;
	private final PlantDynamics dynamics;
	private final ServerIdentity identity;
	private final String endpointUrl;
	private final String applicationUri;
	private final List<String> skipped;
	private final AtomicBoolean refusingSubscriptions;

	private VirtualPlant(PlantServer server, PlantDynamics dynamics, ServerIdentity identity, String endpointUrl,
			String applicationUri, List<String> skipped, AtomicBoolean refusingSubscriptions) {
		this.server = server;
		this.dynamics = dynamics;
		this.identity = identity;
		this.endpointUrl = endpointUrl;
		this.applicationUri = applicationUri;
		this.skipped = skipped;
		this.refusingSubscriptions = refusingSubscriptions;
	}

	/**
	 * Starts serving {@code plant}. The model is read once here; later edits of it are not seen by the running
	 * server. Fails when the port is taken or the PKI directory cannot be used.
	 */
	public static VirtualPlant start(Plant plant, VirtualPlantConfig config) throws IOException {
		if (config.labMode() && !java.net.InetAddress.getByName(config.bindAddress()).isLoopbackAddress()) {
			// an unencrypted, anonymous endpoint must not be reachable from the network
			throw new IOException(
					"lab mode (security None) is only allowed on a loopback address, not on " + config.bindAddress());
		}
		SecurityProviders.ensureBouncyCastle();
		String hostname = advertisedHost(config.bindAddress());
		String applicationUri = "urn:" + localHostName() + ":twinworks:sim";
		FileBasedTrustListManager trustList = null;
		OpcUaServer server = null;
		try {
			int port = config.port() == 0 ? FreePorts.pick(config.bindAddress()) : config.port();
			ServerIdentity identity = config.serverCertificate() != null && config.serverKeyPair() != null
					? new ServerIdentity(config.serverKeyPair(), config.serverCertificate())
					: ServerIdentity.loadOrCreate(config.pkiDirectory(), applicationUri, certificateHosts(hostname));
			trustList = FileBasedTrustListManager.createAndInitialize(config.pkiDirectory());
			for (X509Certificate client : config.trustedClients()) {
				trustList.addTrustedCertificate(client);
			}
			ServedBindings bindings = ServedBindings.of(plant);
			PlantDynamics dynamics = PlantDynamics.of(plant,
					bindings.served().keySet().stream().map(Binding::getSignal).toList(), config.seed());
			MethodAllowList allowedMethods = new MethodAllowList();
			AtomicBoolean refusingSubscriptions = new AtomicBoolean();
			server = ServerAssembly.create(config, applicationUri, hostname, port, identity, trustList, allowedMethods,
					refusingSubscriptions::get);
			PlantServer running = PlantServer.start(server, trustList, plant, bindings, dynamics, config,
					allowedMethods);
			String url = "opc.tcp://" + hostname + ":" + port + VirtualPlantConfig.PATH;
			return new VirtualPlant(running, dynamics, identity, url, applicationUri, List.copyOf(bindings.skipped()),
					refusingSubscriptions);
		} catch (IOException e) {
			PlantServer.abandon(server, trustList);
			throw e;
		} catch (Exception e) {
			PlantServer.abandon(server, trustList);
			throw new IOException("the virtual plant did not start: " + e.getMessage(), e);
		}
	}

	/** The URL clients connect to, e.g. {@code opc.tcp://127.0.0.1:4840/twinworks}. */
	public String endpointUrl() {
		return endpointUrl;
	}

	/** The URL of the None discovery endpoint (GetEndpoints only). */
	public String discoveryUrl() {
		return endpointUrl + "/discovery";
	}

	public String applicationUri() {
		return applicationUri;
	}

	public X509Certificate certificate() {
		return identity.certificate();
	}

	/** SHA-256 thumbprint of the server certificate, colon-separated hex. */
	public String certificateThumbprint() {
		return identity.thumbprint();
	}

	/** How many signals are served. */
	public int servedSignals() {
		return server.servedCount();
	}

	/**
	 * How many monitored items the server holds now, over all sessions and subscriptions: a client that lost the
	 * answer to a creation and created its items again must not leave the first ones running (twice the items).
	 */
	public int monitoredItemCount() {
		return server.monitoredItemCount();
	}

	/** Bindings not served and why (another namespace, unparsable or duplicate node id). */
	public List<String> skippedBindings() {
		return skipped;
	}

	/** Simulation steps done so far. */
	public long ticks() {
		return server.ticks();
	}

	/** Puts {@code fault} on the signal with that tag until {@link #clear(String)}; replaces an earlier fault. */
	public void inject(String signalTag, Fault fault) {
		if (fault == null || !server.inject(signalTag, fault)) {
			throw new IllegalArgumentException(
					fault == null ? "no fault given" : "the virtual plant serves no signal tagged " + signalTag);
		}
	}

	/** Removes the fault on that signal, if any. */
	public void clear(String signalTag) {
		server.inject(signalTag, null);
	}

	/**
	 * Holds the signal's true simulated value at {@code value}, as a calibrator on a transmitter's loop would:
	 * dynamics and client writes no longer move it, interlocks see it, faults still apply on top of it. A value
	 * beyond the signal's range is published as Uncertain_EngineeringUnitsExceeded with the Low or High limit bit.
	 *
	 * @throws IllegalArgumentException naming the tag when no simulated signal has it, or when the signal holds
	 *                                  text or the value is not finite
	 */
	public void force(String signalTag, double value) {
		server.stimulation().force(signalTag, value);
	}

	/** Lets the simulation move the signal again. @throws IllegalArgumentException for an unknown tag */
	public void release(String signalTag) {
		server.stimulation().release(signalTag);
	}

	/** Releases every forced signal. */
	public void releaseAll() {
		server.stimulation().releaseAll();
	}

	/**
	 * Makes the interlock's trip fail ({@code true}: its condition is still evaluated, nothing is forced) or act
	 * again ({@code false}), a drill for the interlock check.
	 *
	 * @throws IllegalArgumentException naming the tag when the model has no interlock with it
	 */
	public void failTrip(String interlockTag, boolean fails) {
		server.stimulation().failTrip(interlockTag, fails);
	}

	/**
	 * Refuses every new subscription (CreateSubscription answers Bad_TooManySubscriptions, as a server at its limit
	 * does) while {@code refuse} is true; subscriptions that exist go on. A drill for clients that recreate a
	 * subscription the server lost.
	 */
	public void refuseNewSubscriptions(boolean refuse) {
		refusingSubscriptions.set(refuse);
	}

	/** Whether the interlock's condition held at the last tick (whether or not its trip acted). */
	public boolean tripped(String interlockTag) {
		return dynamics.tripped(interlockTag);
	}

	/** The span of a simulated signal's range (100 without a range), for faults given in percent of span. */
	double spanOf(String signalTag) {
		var signal = dynamics.signal(signalTag);
		if (signal == null) {
			throw new IllegalArgumentException("the virtual plant serves no signal tagged " + signalTag);
		}
		return signal.span();
	}

	@Override
	public void close() {
		server.close();
	}

	private static String advertisedHost(String bindAddress) {
		return bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? localHostName() : bindAddress;
	}

	private static List<String> certificateHosts(String hostname) {
		Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", hostname));
		return new ArrayList<>(hosts);
	}

	private static String localHostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "localhost";
		}
	}
}
