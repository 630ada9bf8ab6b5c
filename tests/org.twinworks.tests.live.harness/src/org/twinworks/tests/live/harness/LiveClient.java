// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.live.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;

import org.twinworks.live.ConnectionListener;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.LivePki;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.sim.VirtualPlant;

/**
 * The live side of a test against a {@link TestPlant}: a client PKI in {@code <directory>/client-pki} (the plant
 * trusts its {@link #certificate()}), demo models pointed at the plant, and connected sessions.
 */
public final class LiveClient {
	private final Path directory;
	private final Path pki;

	public LiveClient(Path directory) {
		this(directory, directory.resolve("client-pki"));
	}

	/** A client with its PKI elsewhere, e.g. the workbench's. */
	public LiveClient(Path directory, Path pki) {
		this.directory = directory;
		this.pki = pki;
	}

	public Path pki() {
		return pki;
	}

	/** The client's application certificate (made on first use), for {@link TestPlant#trustClient}. */
	public X509Certificate certificate() throws IOException {
		return LivePki.applicationCertificate(pki);
	}

	/** Puts the server certificate into the client's trusted/certs, as an operator would after checking it. */
	public void trust(VirtualPlant sim) throws IOException, CertificateEncodingException {
		Path trusted = LivePki.trustedDirectory(pki);
		Files.createDirectories(trusted);
		Files.write(trusted.resolve("sim.der"), sim.certificate().getEncoded());
	}

	/** A demo model of the client's own, named {@code name}, its first endpoint pointed at {@code sim}. */
	public Plant demoPlant(String name, VirtualPlant sim) {
		Plant plant = TestPlant.demoPlant(directory, name);
		endpointOf(plant, sim);
		return plant;
	}

	/** The plant's first endpoint, pointed at {@code sim}. */
	public static Endpoint endpointOf(Plant plant, VirtualPlant sim) {
		Endpoint endpoint = plant.getTwin().getEndpoints().get(0);
		endpoint.setUrl(sim.endpointUrl());
		return endpoint;
	}

	/** Options with this PKI, trusting only what is in trusted/certs, publishing every 100 ms. */
	public LiveOptions.Builder options(ConnectionListener listener) {
		return LiveOptions.builder().pkiDirectory(pki).serverTrust(ServerTrust.rejectAll()).listener(listener)
				.publishingInterval(Duration.ofMillis(100));
	}

	/** A session to the plant's first endpoint, connected. */
	public LiveSession connect(Plant plant, ConnectionListener listener) throws Exception {
		return LiveSession.connect(plant.getTwin().getEndpoints().get(0), options(listener).build());
	}
}
