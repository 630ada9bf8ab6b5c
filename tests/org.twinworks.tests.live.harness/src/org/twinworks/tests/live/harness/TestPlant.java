// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.live.harness;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.live.LivePki;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantConfig;

/**
 * A real virtual plant for a test, as Milo's integration tests start a real server per test class: it serves the
 * demo plant (or a given one) on 127.0.0.1 on a free port, with its PKI in {@code <directory>/sim-pki}, trusting the
 * client certificates it is given. A restart keeps the PKI and the port, so clients find the same certificate at
 * the same URL, as after a server reboot.
 *
 * <pre>
 * sim = TestPlant.in(directory).trustClientOf(client.pki()).configure(c -&gt; c.labMode(true)).start();
 * </pre>
 */
public final class TestPlant implements AutoCloseable {
	private final Path directory;
	private final List<Consumer<VirtualPlantConfig.Builder>> configuration = new ArrayList<>();
	private final List<Path> clientPkis = new ArrayList<>();
	private Supplier<Plant> model;
	private Plant served;
	private VirtualPlant sim;
	private int port;

	private TestPlant(Path directory) {
		this.directory = directory;
		model = () -> demoPlant(directory, "served");
	}

	/** A plant whose files (its PKI, the served model's URI) go into {@code directory}; not started yet. */
	public static TestPlant in(Path directory) {
		return new TestPlant(directory);
	}

	/** A plant in a new temporary folder (for tests that have no {@code @TempDir}, e.g. inside the workbench). */
	public static TestPlant inTemporaryFolder(String prefix) throws IOException {
		return new TestPlant(Files.createTempDirectory(prefix));
	}

	/** The demo plant in a new resource set, its resource at {@code <directory>/<name>.twin} (not saved). */
	public static Plant demoPlant(Path directory, String name) {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), directory.resolve(name + ".twin"));
		return DemoPlant.createIn(resource);
	}

	/** Serves the plants {@code plants} makes (one per start) instead of a fresh demo plant. */
	public TestPlant serving(Supplier<Plant> plants) {
		model = plants;
		return this;
	}

	/** Anything else the server should do (lab mode, users, limits, behaviour, ticks), from the next start on. */
	public TestPlant configure(Consumer<VirtualPlantConfig.Builder> changes) {
		configuration.add(changes);
		return this;
	}

	public TestPlant trustClient(X509Certificate certificate) {
		return configure(config -> config.trustClient(certificate));
	}

	/** Trusts the application certificate in a live client's PKI, as it is at each start (made if missing). */
	public TestPlant trustClientOf(Path clientPki) {
		clientPkis.add(clientPki);
		return this;
	}

	/** Starts the server: the first time on a free port, later on the same one; returns it. */
	public VirtualPlant start() throws IOException {
		VirtualPlantConfig.Builder config = VirtualPlantConfig.builder(directory.resolve("sim-pki")).port(port);
		configuration.forEach(change -> change.accept(config));
		for (Path pki : clientPkis) {
			config.trustClient(LivePki.applicationCertificate(pki));
		}
		served = model.get();
		sim = VirtualPlant.start(served, config.build());
		port = URI.create(sim.endpointUrl()).getPort();
		return sim;
	}

	/** The running server (or the last one started). */
	public VirtualPlant sim() {
		return sim;
	}

	/** The model the running server serves. */
	public Plant served() {
		return served;
	}

	public Path directory() {
		return directory;
	}

	/** Stops the server; {@link #start()} brings it back on the same port. */
	public void stop() {
		if (sim != null) {
			sim.close();
			sim = null;
		}
	}

	@Override
	public void close() {
		stop();
	}
}
