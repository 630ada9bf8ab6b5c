// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.Thumbprints;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;

/**
 * The workbench's live connections, one service per workbench: a {@link LiveModel} per open model, connected
 * through {@code org.twinworks.live} only. Connecting and subscribing run as jobs; the UI hears of changes on its
 * own thread, coalesced. Our PKI lives in the workspace's state location, so each workspace has its own
 * application certificate and trust list.
 */
public final class LiveConnections {
	private static LiveConnections instance;
	private static final String STATE_BUNDLE = "org.twinworks.ui";
	/** How long exit waits for sessions to close: a close is one request to a server on this machine. */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

	private final Display display;
	private final Path pkiDirectory;
	private final WriteAudit audit;
	private final Map<Plant, LiveModel> models = new LinkedHashMap<>();
	private final Set<String> autoTrusted = ConcurrentHashMap.newKeySet();
	private final Map<Endpoint, String> redirects = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final List<AutoCloseable> embedded = new CopyOnWriteArrayList<>();
	private final java.util.concurrent.atomic.AtomicBoolean changeScheduled = new java.util.concurrent.atomic.AtomicBoolean();

	LiveConnections(Display display, Path pkiDirectory) {
		this.display = display;
		this.pkiDirectory = pkiDirectory;
		// beside the PKI, in the workspace's state: the trail belongs to the workspace the writes were made from
		this.audit = new WriteAudit(pkiDirectory.resolveSibling("audit").resolve("writes.log"), display);
	}

	/** The workbench's service, made on first use and closed when the workbench shuts down. */
	public static synchronized LiveConnections get() {
		if (instance == null) {
			IWorkbench workbench = PlatformUI.getWorkbench();
			// org.twinworks.ui's state, where the PKI, trust list and audit trail were before this bundle existed
			Path state = Platform.getStateLocation(Platform.getBundle(STATE_BUNDLE)).toPath();
			LiveConnections created = new LiveConnections(workbench.getDisplay(), state.resolve("pki"));
			workbench.addWorkbenchListener(new IWorkbenchListener() {
				@Override
				public boolean preShutdown(IWorkbench w, boolean forced) {
					return true;
				}

				@Override
				public void postShutdown(IWorkbench w) {
					created.shutdown();
				}
			});
			instance = created;
		}
		return instance;
	}

	public Path pkiDirectory() {
		return pkiDirectory;
	}

	/** The audit trail of every write attempt made from this workbench. */
	public WriteAudit audit() {
		return audit;
	}

	/** The live side of {@code plant}, made when its editor opens; UI thread. */
	public LiveModel open(Plant plant) {
		LiveModel model = models.computeIfAbsent(plant, p -> new LiveModel(p, display, this));
		connectionsChanged();
		return model;
	}

	/** The editor closed (or reloaded): its sessions close in the background and its store is released. */
	public void close(Plant plant) {
		LiveModel model = models.remove(plant);
		if (model == null) {
			return;
		}
		model.detach();
		List<EndpointConnection> connections = model.connections();
		// a closed model's endpoints hold its whole plant: no redirect may keep it alive
		connections.forEach(c -> redirects.remove(c.endpoint()));
		Job close = new Job("Closing live connections of " + plant.getName()) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				// a connect still running would open a session nobody closes: stop it first
				connections.forEach(EndpointConnection::cancelRunningJob);
				connections.forEach(EndpointConnection::closeSession);
				model.close();
				return org.eclipse.core.runtime.Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LiveConnections.class;
			}
		};
		close.setSystem(true);
		close.schedule();
		connectionsChanged();
	}

	public LiveModel model(Plant plant) {
		return models.get(plant);
	}

	/** Every endpoint of every open model, in the order the models were opened. */
	public List<EndpointConnection> connections() {
		List<EndpointConnection> all = new ArrayList<>();
		models.values().forEach(m -> all.addAll(m.connections()));
		return all;
	}

	/**
	 * Connects {@code endpoint} to {@code url} instead of the URL the model names: for a virtual plant the
	 * workbench started on whatever port was free.
	 */
	public void redirect(Endpoint endpoint, String url) {
		redirects.put(endpoint, url);
	}

	/**
	 * Trusts the server certificate with this thumbprint without asking, for this run only: for servers the
	 * workbench started itself, whose certificate it read from their own PKI. Nothing is written to the trust list.
	 */
	public void trustServer(String thumbprint) {
		autoTrusted.add(Thumbprints.normalize(thumbprint));
	}

	/** Something to close when the workbench shuts down (an embedded virtual plant). */
	public void adopt(AutoCloseable resource) {
		embedded.add(resource);
	}

	/** Hears that a connection's state or the set of open models changed; on the UI thread, coalesced. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	Set<String> autoTrusted() {
		return autoTrusted;
	}

	Endpoint target(Endpoint endpoint) {
		String url = redirects.get(endpoint);
		if (url == null) {
			return endpoint;
		}
		// a detached copy: the model keeps the URL it names, the session goes where the server really is
		Endpoint copy = EcoreUtil.copy(endpoint);
		copy.setUrl(url);
		return copy;
	}

	LiveOptions options(EndpointConnection connection, ServerTrust trust, char[] password) {
		return LiveOptions.builder().pkiDirectory(pkiDirectory).serverTrust(trust).listener(connection)
				.publishingInterval(Duration.ofMillis(250)).password(password).build();
	}

	/** Any thread: one asyncExec at a time carries the news to the UI listeners. */
	void connectionsChanged() {
		if (display.isDisposed() || !changeScheduled.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			changeScheduled.set(false);
			listeners.forEach(Runnable::run);
		});
	}

	/** Stops the servers the workbench started (embedded virtual plants); their sessions then reconnect or fail. */
	public void stopEmbedded() {
		for (AutoCloseable resource : List.copyOf(embedded)) {
			embedded.remove(resource);
			try {
				resource.close();
			} catch (Exception e) {
				ILog.of(LiveConnections.class).warn("Could not stop " + resource + ": " + e.getMessage());
			}
		}
	}

	/**
	 * Workbench exit (UI thread, editors already closed): their sessions close in jobs, which must end before the
	 * embedded servers stop, or the jobs outlive the platform and talk to a stopped server and a disposed display.
	 */
	private void shutdown() {
		LiveJobs.awaitClosing(SHUTDOWN_WAIT);
		for (LiveModel model : List.copyOf(models.values())) {
			model.detach();
			model.connections().forEach(EndpointConnection::closeSession);
			model.close();
		}
		models.clear();
		stopEmbedded();
		audit.close();
	}
}
