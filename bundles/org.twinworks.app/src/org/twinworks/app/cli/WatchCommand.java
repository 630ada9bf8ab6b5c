// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.LiveEventFeed;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSource;
import org.twinworks.live.LiveSources;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;

/**
 * `twinworks watch <plant.twin>`: subscribes the active bindings of the plant's endpoint (as `check` does, with its
 * trust options), runs the standard deductions (and the rules of --rules) over the live values and prints one line
 * per event frame as it opens and as it closes, a JSON line with --json (status lines then go to stderr), until
 * Ctrl-C or --for elapses. Exit 0 when it watched; 2 when it could not (arguments, model, connection).
 */
final class WatchCommand implements CliCommand {

	@Override
	public String name() {
		return "watch";
	}

	@Override
	public String arguments() {
		return "<plant.twin> [--rules FILE] [--json] [--for DURATION] [--endpoint NAME] [--trust SHA256] [--lab]"
				+ " [--pki DIR] [--broker-trust CA.pem|SHA256]";
	}

	@Override
	public String summary() {
		return "watch a plant live: one line per event frame as it opens and closes (JSON lines with --json), until"
				+ " Ctrl-C or --for (e.g. 30s, 5m) elapses";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options;
		LiveArguments live;
		Duration duration;
		try {
			options = Options.parse(args, Set.of("--rules", "--for"), Set.of("--json"));
			live = LiveArguments.parse(options.rest());
			if (live.positional().size() != 1) {
				throw new UsageException("expected one plant file");
			}
			duration = options.has("--for") ? EventCommands.duration(options.value("--for", ""), "--for") : null;
		} catch (IllegalArgumentException e) {
			err.println("twinworks watch: " + e.getMessage());
			err.println("usage: twinworks watch " + arguments());
			return FAILED;
		}
		boolean json = options.has("--json");
		PrintStream status = json ? err : out;
		Path file = Path.of(live.positional().get(0));
		Optional<Plant> plant = EventCommands.plant(file, name(), err);
		if (plant.isEmpty()) {
			return FAILED;
		}
		List<DetectorProvider> providers;
		try {
			providers = EventCommands.providers(options.path("--rules"), plant.get());
		} catch (UsageException | IOException e) {
			err.println("twinworks watch: " + e.getMessage());
			return FAILED;
		}
		Optional<Endpoint> endpoint = plant.get().getTwin() == null
				? Optional.empty()
				: plant.get().getTwin().getEndpoints().stream()
						.filter(e -> live.endpoint() == null || live.endpoint().equals(e.getName())).findFirst();
		if (endpoint.isEmpty()) {
			err.println("twinworks watch: " + file + " has no endpoint"
					+ (live.endpoint() == null ? "" : " named '" + live.endpoint() + "'"));
			return FAILED;
		}
		if (live.lab()) {
			endpoint.get().setLabMode(true);
		}
		List<Binding> bindings = LiveBindings.activeOn(plant.get(), endpoint.get());
		AtomicLong opened = new AtomicLong();
		AtomicLong closed = new AtomicLong();
		try (ValueStore store = new ValueStore(1, Math.max(10_000, bindings.size() * 20));
				EventEngine engine = new EventEngine(plant.get(), providers);
				LiveSource session = LiveSources.connect(endpoint.get(), live.options(endpoint.get()).build())) {
			engine.addListener(EventCommands.printer(out, json));
			engine.addListener(counter(opened, closed));
			try (LiveEventFeed feed = LiveEventFeed.attach(store, engine)) {
				SubscriptionReport report = session.subscribe(bindings, store);
				status.println("watching " + report.monitored() + " of " + bindings.size() + " bindings on "
						+ session.endpointUrl() + " with " + engine.detectors() + " detectors"
						+ (duration == null ? " until Ctrl-C" : " for " + EventCommands.seconds(duration)));
				status.flush();
				waitFor(duration);
			}
			status.println(opened.get() + " frames opened, " + closed.get() + " closed, " + engine.openFrames().size()
					+ " open; " + engine.received() + " values, " + engine.dropped() + " dropped"
					+ (engine.failures().isEmpty() ? "" : "; failed: " + engine.failures()));
			return OK;
		} catch (LiveConnectionException e) {
			err.println("twinworks watch: " + e.getMessage());
			return FAILED;
		}
	}

	/** Until {@code duration} has passed, or for ever when null (Ctrl-C ends the process). */
	private static void waitFor(Duration duration) throws InterruptedException {
		CountDownLatch never = new CountDownLatch(1);
		if (duration == null) {
			never.await();
		} else {
			never.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private static EventListener counter(AtomicLong opened, AtomicLong closed) {
		return new EventListener() {
			@Override
			public void opened(EventFrame frame) {
				opened.incrementAndGet();
			}

			@Override
			public void closed(EventFrame frame) {
				closed.incrementAndGet();
			}
		};
	}
}
