// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.FrameworkUtil;
import org.twinworks.live.LivePki;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantConfig;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * Serves an open model with the embedded virtual plant on 127.0.0.1 and connects the model to it: what the demo
 * does on first launch. The connection stays secure (SignAndEncrypt): the server trusts our certificate because
 * we hand it over at start, and we trust its certificate by thumbprint because we started it ourselves, so no
 * lab mode and no trust dialog are needed. It lives in the application so that no UI bundle needs the simulator.
 */
public final class EmbeddedPlant {

	private EmbeddedPlant() {
	}

	/**
	 * Schedules a job that starts the virtual plant for {@code model} (serving the saved file, read apart from the
	 * editor's copy so the simulation never touches objects the UI edits) and then connects every endpoint.
	 */
	public static Job startAndConnect(LiveConnections connections, LiveModel model, Path modelFile) {
		Job job = Job.create("Starting the virtual plant", monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor,
					"Starting the virtual plant for " + modelFile.getFileName(), 2);
			try {
				long started = System.nanoTime();
				VirtualPlant sim = start(connections, modelFile);
				ILog.of(EmbeddedPlant.class).info("The virtual plant serves " + sim.servedSignals() + " signals at "
						+ sim.endpointUrl() + " (started in " + (System.nanoTime() - started) / 1_000_000 + " ms)");
				progress.worked(1);
				if (progress.isCanceled()) {
					sim.close();
					return Status.CANCEL_STATUS;
				}
				connections.adopt(sim);
				connections.trustServer(sim.certificateThumbprint());
				for (EndpointConnection connection : model.connections()) {
					connections.redirect(connection.endpoint(), sim.endpointUrl());
					// connecting reads the model's bindings: on the UI thread, which owns the model
					org.eclipse.ui.PlatformUI.getWorkbench().getDisplay().asyncExec(connection::connect);
				}
				return Status.OK_STATUS;
			} catch (IOException e) {
				ILog.of(EmbeddedPlant.class).error("Could not start the virtual plant for " + modelFile, e);
				return Status.OK_STATUS;
			}
		});
		job.schedule();
		return job;
	}

	/** The model's own port when it is free (so the URL in the model is right), else any free port. */
	static VirtualPlant start(LiveConnections connections, Path modelFile) throws IOException {
		LoadedPlant served = PlantFiles.load(PlantFiles.newResourceSet(), modelFile);
		Plant plant = served.plant();
		if (plant == null) {
			throw new IOException(modelFile + " holds no plant: " + served.problems());
		}
		Path pki = Platform.getStateLocation(FrameworkUtil.getBundle(EmbeddedPlant.class)).toPath().resolve("sim-pki");
		var ownCertificate = LivePki.applicationCertificate(connections.pkiDirectory());
		int wanted = portOf(plant);
		try {
			return VirtualPlant.start(plant,
					VirtualPlantConfig.builder(pki).port(wanted).trustClient(ownCertificate).build());
		} catch (IOException | RuntimeException e) {
			ILog.of(EmbeddedPlant.class)
					.info("Port " + wanted + " is taken (" + e.getMessage() + "); using a free one");
			return VirtualPlant.start(plant,
					VirtualPlantConfig.builder(pki).port(0).trustClient(ownCertificate).build());
		}
	}

	private static int portOf(Plant plant) {
		if (plant.getTwin() != null) {
			for (Endpoint endpoint : plant.getTwin().getEndpoints()) {
				try {
					int port = java.net.URI.create(endpoint.getUrl()).getPort();
					if (port > 0) {
						return port;
					}
				} catch (IllegalArgumentException e) {
					// not a URL: fall back to the default
				}
			}
		}
		return VirtualPlantConfig.DEFAULT_PORT;
	}

}
