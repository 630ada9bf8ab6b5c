// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.evidence.EvidenceSink;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.Session;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.commissioning.signoff.Locks;
import org.twinworks.live.AuditLog;
import org.twinworks.live.GuardedWriter;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;
import org.twinworks.live.Mismatch;
import org.twinworks.live.Reconciler;
import org.twinworks.live.Recorder;
import org.twinworks.live.Thumbprints;
import org.twinworks.live.ValueStore;
import org.twinworks.live.WriteArming;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * Runs a campaign's automated checks on a live session. Writes happen only through the guarded path and only while
 * the run is armed; steps that need someone in the field stay pending unless the server offers a stimulus (the
 * virtual plant does). Checks of different equipment run in parallel; each check takes the equipment it touches for
 * itself. Pause, resume and cancel act at the next wait of every running step; a cancelled check stays in progress
 * with what it recorded.
 */
public final class CampaignRunner {
	private static final int INBOX = 100_000;

	private final Plant plant;
	private final Campaign campaign;
	private final RunOptions options;
	private final EvidenceSink sink;
	private final Clock clock;
	private final RunControl control = new RunControl();
	private final Object recordLock = new Object();

	public CampaignRunner(Plant plant, Campaign campaign, RunOptions options, EvidenceSink sink, Clock clock) {
		this.plant = plant;
		this.campaign = campaign;
		this.options = options;
		this.sink = sink;
		this.clock = clock;
	}

	/** Every change the engine makes to the record happens under this lock: hold it to save mid-run. */
	public Object recordLock() {
		return recordLock;
	}

	public void pause() {
		control.pause();
	}

	public void resume() {
		control.resume();
	}

	public void cancel() {
		control.cancel();
	}

	/**
	 * Runs {@code checks} (of this campaign) against {@code session}, which must be connected to {@code endpoint}.
	 *
	 * @param stimulus the server's stimulus, or null against a real plant
	 * @param audit where guarded writes are audited; required when the options arm writes
	 * @param recording where to record the session's working memory, or null for none
	 */
	public RunSummary run(LiveSession session, Endpoint endpoint, Collection<Check> checks, @Nullable Stimulus stimulus,
			@Nullable AuditLog audit, @Nullable Path recording, RunListener listener)
			throws LiveConnectionException, IOException, InterruptedException {
		refuseIfLocked(audit);
		try (ValueStore store = new ValueStore(16, INBOX)) {
			session.subscribe(bindingsOf(endpoint).values(), store);
			return runSubscribed(session, store, endpoint, checks, stimulus, audit, recording, listener);
		}
	}

	/**
	 * Runs {@code checks} on a session that already subscribes the endpoint's bindings into {@code store} (the
	 * workbench's live connection, whose session subscribes once): the checks judge the values the workbench shows.
	 * The store stays open.
	 */
	public RunSummary runSubscribed(LiveSession session, ValueStore store, Endpoint endpoint, Collection<Check> checks,
			@Nullable Stimulus stimulus, @Nullable AuditLog audit, @Nullable Path recording, RunListener listener)
			throws LiveConnectionException, IOException, InterruptedException {
		refuseIfLocked(audit);
		Map<Signal, Binding> bindings = bindingsOf(endpoint);
		Session record = sessionRecord(session, recording);
		Recorder recorder = recording == null
				? null
				: new Recorder(recording, session.endpointUrl(), bindings.values());
		if (recorder != null) {
			// a value that does not change is never delivered again: without it, a replay would show nothing for it
			recorder.recordCurrent(store.snapshot());
		}
		AutoCloseable recorderFeed = recorder == null ? null : store.addListener(recorder, Duration.ofMillis(200));
		try {
			Map<Binding, List<Mismatch>> mismatches = reconcile(session, bindings.values());
			GuardedWriter writer = null;
			WriteArming arming = null;
			if (options.armed()) {
				arming = new WriteArming(clock);
				arming.arm(options.armFor());
				writer = new GuardedWriter(session, arming, audit, clock);
			}
			PlantView view = new PlantView(store, clock, control);
			StepContext ctx = new StepContext(plant, view, options, clock, control, bindings, writer, arming, stimulus,
					sink, record, recordLock, listener);
			awaitFirstValues(store, bindings.size());
			synchronized (recordLock) {
				if (campaign.getState() == CampaignState.PLANNED) {
					campaign.setState(CampaignState.IN_PROGRESS);
					campaign.setStarted(clock.instant().toString());
				}
			}
			CheckDispatch dispatch = new CheckDispatch(ctx, plant, mismatches);
			return schedule(checks, dispatch, listener);
		} finally {
			if (recorderFeed != null) {
				close(recorderFeed);
			}
			if (recorder != null) {
				recorder.close();
			}
			synchronized (recordLock) {
				record.setEnded(clock.instant().toString());
			}
		}
	}

	private void refuseIfLocked(@Nullable AuditLog audit) {
		if (Locks.isLocked(campaign)) {
			throw new IllegalStateException("campaign " + campaign.getName() + " is approved and locked: open a new "
					+ "revision to run checks again");
		}
		if (options.armed() && audit == null) {
			throw new IllegalArgumentException("armed writes need an audit log");
		}
	}

	private RunSummary schedule(Collection<Check> checks, CheckDispatch dispatch, RunListener listener)
			throws InterruptedException {
		LinkedList<Check> queue = new LinkedList<>();
		checks.stream().filter(c -> !c.isObsolete() && runnable(c) && !signedInThisRevision(c))
				.sorted(Comparator.comparingInt(c -> c.getKind().getValue())).forEach(queue::add);
		Map<Check, Set<String>> resources = new HashMap<>();
		for (Check check : queue) {
			resources.put(check, dispatch.resources(check));
		}
		ResourceLocks locks = new ResourceLocks();
		ExecutorService workers = Executors.newFixedThreadPool(options.parallelism(), runnable -> {
			Thread thread = new Thread(runnable, "commissioning check");
			thread.setDaemon(true);
			return thread;
		});
		List<Future<?>> running = new ArrayList<>();
		try {
			while (!queue.isEmpty() && !control.cancelled()) {
				Check next = null;
				synchronized (queue) {
					for (Check candidate : queue) {
						if (running.stream().filter(f -> !f.isDone()).count() < options.parallelism()
								&& locks.tryAcquire(resources.get(candidate))) {
							next = candidate;
							break;
						}
					}
					if (next != null) {
						queue.remove(next);
					}
				}
				if (next == null) {
					locks.awaitChange();
					continue;
				}
				Check check = next;
				running.add(workers.submit(() -> {
					try {
						runOne(check, dispatch, listener);
					} finally {
						locks.release(resources.get(check));
					}
				}));
			}
			for (Future<?> future : running) {
				try {
					future.get();
				} catch (java.util.concurrent.ExecutionException e) {
					// runOne records every failure on its check; nothing escapes it but errors of the JVM
					throw new IllegalStateException(e.getCause());
				}
			}
		} finally {
			workers.shutdownNow();
		}
		return summary(checks);
	}

	private void runOne(Check check, CheckDispatch dispatch, RunListener listener) {
		synchronized (recordLock) {
			check.setState(CheckState.IN_PROGRESS);
			check.setReason(null);
			check.setStarted(clock.instant().toString());
		}
		listener.checkStarted(check);
		String blocked = null;
		boolean cancelled = false;
		try {
			dispatch.run(check);
		} catch (StepBlocked e) {
			blocked = e.getMessage();
		} catch (CancelledRun e) {
			cancelled = true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled = true;
		} catch (IOException | RuntimeException e) {
			blocked = "the check could not run: " + e.getMessage();
		}
		synchronized (recordLock) {
			check.setFinished(clock.instant().toString());
			if (cancelled) {
				check.setReason("the run was cancelled");
			} else {
				conclude(check, blocked);
			}
		}
		listener.checkFinished(check);
	}

	/** A check's state from its steps: any failed step fails it; pending steps keep it in progress. */
	static void conclude(Check check, @Nullable String blocked) {
		boolean failed = false;
		int pending = 0;
		for (Step step : check.getSteps()) {
			failed |= step.getVerdict() == Verdict.FAIL;
			pending += step.getVerdict() == Verdict.PENDING ? 1 : 0;
		}
		if (failed) {
			check.setState(CheckState.FAILED);
			check.setReason(blocked);
		} else if (blocked != null) {
			check.setState(CheckState.BLOCKED);
			check.setReason(blocked);
		} else if (pending > 0) {
			check.setState(CheckState.IN_PROGRESS);
			check.setReason(pending + (pending == 1 ? " step" : " steps") + " pending: " + firstPendingNote(check));
		} else {
			check.setState(CheckState.PASSED);
			check.setReason(null);
		}
	}

	private static String firstPendingNote(Check check) {
		return check.getSteps().stream().filter(s -> s.getVerdict() == Verdict.PENDING && s.getNote() != null)
				.map(Step::getNote).findFirst().orElse("not run");
	}

	/** A check signed in the current revision is closed: running it again would change what was signed. */
	private boolean signedInThisRevision(Check check) {
		synchronized (recordLock) {
			return campaign.getSignatures().stream()
					.anyMatch(s -> check.getId().equals(s.getCheck()) && s.getRevision() == campaign.getRevision());
		}
	}

	private static boolean runnable(Check check) {
		return check.getState() != CheckState.PASSED && check.getState() != CheckState.SKIPPED
				&& check.getSteps().stream().anyMatch(s -> s.getVerdict() == Verdict.PENDING);
	}

	private RunSummary summary(Collection<Check> checks) {
		int passed = 0;
		int failed = 0;
		int pending = 0;
		int blocked = 0;
		int skipped = 0;
		synchronized (recordLock) {
			for (Check check : checks) {
				if (check.isObsolete()) {
					continue;
				}
				switch (check.getState()) {
				case PASSED -> passed++;
				case FAILED -> failed++;
				case BLOCKED -> blocked++;
				case SKIPPED -> skipped++;
				default -> pending++;
				}
			}
		}
		return new RunSummary(passed, failed, pending, blocked, skipped, control.cancelled());
	}

	private Map<Signal, Binding> bindingsOf(Endpoint endpoint) {
		Map<Signal, Binding> bindings = new LinkedHashMap<>();
		if (plant.getTwin() != null) {
			for (Binding binding : plant.getTwin().getBindings()) {
				if (binding.isActive() && binding.getSignal() != null && binding.getEndpoint() == endpoint) {
					bindings.putIfAbsent(binding.getSignal(), binding);
				}
			}
		}
		return bindings;
	}

	private static Map<Binding, List<Mismatch>> reconcile(LiveSession session, Collection<Binding> bindings)
			throws LiveConnectionException {
		Map<Binding, List<Mismatch>> byBinding = new HashMap<>();
		for (Mismatch mismatch : Reconciler.reconcile(session.browser(), List.copyOf(bindings)).mismatches()) {
			byBinding.computeIfAbsent(mismatch.binding(), b -> new ArrayList<>()).add(mismatch);
		}
		return byBinding;
	}

	private void awaitFirstValues(ValueStore store, int expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (store.snapshot().size() < expected && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
	}

	private Session sessionRecord(LiveSession session, @Nullable Path recording) {
		Session record = CommissioningFactory.eINSTANCE.createSession();
		record.setId("session-" + UUID.randomUUID());
		record.setEndpointUrl(session.endpointUrl());
		record.setSecurityPolicy(session.securityPolicy());
		record.setSecurityMode(session.securityMode());
		X509Certificate certificate = session.serverCertificate();
		if (certificate != null) {
			record.setServerThumbprint(Thumbprints.of(certificate));
			record.setServerApplicationUri(applicationUri(certificate));
		}
		record.setUser(options.user());
		record.setHost(hostName());
		record.setTwinworksVersion(options.twinworksVersion());
		record.setStarted(clock.instant().toString());
		record.setRecording(recording == null ? null : recording.getFileName().toString());
		synchronized (recordLock) {
			campaign.getSessions().add(record);
		}
		return record;
	}

	/** The application URI an OPC UA certificate carries as a URI subject alternative name. */
	static @Nullable String applicationUri(X509Certificate certificate) {
		try {
			Collection<List<?>> names = certificate.getSubjectAlternativeNames();
			if (names != null) {
				for (List<?> name : names) {
					if (Integer.valueOf(6).equals(name.get(0))) {
						return String.valueOf(name.get(1));
					}
				}
			}
		} catch (CertificateParsingException e) {
			return null;
		}
		return null;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "localhost";
		}
	}

	private static void close(AutoCloseable closeable) {
		try {
			closeable.close();
		} catch (Exception e) {
			// only a listener registration
		}
	}
}
