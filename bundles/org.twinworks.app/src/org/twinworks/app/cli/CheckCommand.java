// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.twinworks.live.BindingStatus;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;
import org.twinworks.live.LiveSource;
import org.twinworks.live.LiveSources;
import org.twinworks.live.Mismatch;
import org.twinworks.live.NodeDetails;
import org.twinworks.live.Reconciler;
import org.twinworks.live.Reconciliation;
import org.twinworks.live.SignalValue;
import org.twinworks.live.SparkplugSession;
import org.twinworks.live.SparkplugStatus;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/**
 * `twinworks check <model-file>`: subscribes every active binding of one endpoint and prints each signal's
 * value and status, then reconciles each bound node with the model (DataType, EURange, EngineeringUnits,
 * AccessLevel) and flags values whose source time is older than --stale seconds (default 60). Exit 1 when a
 * binding is dead (refused, a bad status, no value in time), on any mismatch, or on a stale value.
 */
final class CheckCommand implements CliCommand {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String arguments() {
		return "<model-file> [--endpoint NAME] [--duration S] [--stale S] [--trust SHA256] [--broker-trust CA.pem|SHA256]"
				+ " [--lab] [--pki DIR]";
	}

	@Override
	public String summary() {
		return "connect to a model's endpoint, subscribe its bindings, print every value and reconcile each node"
				+ " with the model (exit 1 on dead bindings, mismatches or stale values)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		LiveArguments options;
		try {
			options = LiveArguments.parse(args);
			if (options.positional().size() != 1) {
				throw new IllegalArgumentException("expected one model file");
			}
		} catch (IllegalArgumentException e) {
			err.println("twinworks check: " + e.getMessage());
			err.println("usage: twinworks check " + arguments());
			return FAILED;
		}
		Path file = Path.of(options.positional().get(0));
		LoadedPlant loaded = PlantFiles.load(file);
		Plant plant = loaded.plant();
		if (!loaded.readable() || plant == null || loaded.hasErrors()) {
			loaded.problems().forEach(err::println);
			err.println("twinworks check: " + (plant == null
					? "no plant model in " + loaded.noPlantReason()
					: file + " has errors (see above)"));
			return FAILED;
		}
		Optional<Endpoint> endpoint = endpoint(plant, options.endpoint());
		if (endpoint.isEmpty()) {
			err.println("twinworks check: " + file + " has no endpoint"
					+ (options.endpoint() == null ? "" : " named '" + options.endpoint() + "'"));
			return FAILED;
		}
		if (options.lab()) {
			endpoint.get().setLabMode(true);
		}
		List<Binding> bindings = LiveBindings.activeOn(plant, endpoint.get());
		try (ValueStore store = new ValueStore(1, Math.max(10_000, bindings.size() * 20));
				LiveSource source = LiveSources.connect(endpoint.get(), options.options(endpoint.get()).build())) {
			out.println("connected to " + source.endpointUrl() + " (" + channel(source) + "); " + bindings.size()
					+ " bindings");
			SubscriptionReport report = source.subscribe(bindings, store);
			awaitValues(store, report, Duration.ofSeconds(options.durationSeconds()));
			int dead = print(report, store, out);
			int problems;
			if (source instanceof LiveSession session) {
				Reconciliation reconciliation = Reconciler.reconcile(session.browser(), bindings);
				problems = printReconciliation(reconciliation, options.staleSeconds(), out);
			} else {
				// a broker has no address space to reconcile with; what it can lose is messages
				SparkplugStatus status = ((SparkplugSession) source).status();
				out.println("sequence: " + status.lostMessages() + " messages lost in " + status.gaps() + " gaps, "
						+ status.births() + " births (bdSeq " + status.bdSeq() + ")");
				problems = status.lostMessages() > 0 ? 1 : 0;
			}
			return dead + problems > 0 ? PROBLEMS : OK;
		} catch (LiveConnectionException e) {
			err.println("twinworks check: " + e.getMessage());
			return FAILED;
		}
	}

	private static String channel(LiveSource source) {
		if (source instanceof LiveSession session) {
			return session.securityPolicy() + ", " + session.securityMode();
		}
		SparkplugStatus status = ((SparkplugSession) source).status();
		return "Sparkplug B, group " + status.group() + ", edge node " + status.edgeNode();
	}

	private static Optional<Endpoint> endpoint(Plant plant, String name) {
		if (plant.getTwin() == null) {
			return Optional.empty();
		}
		return plant.getTwin().getEndpoints().stream().filter(e -> name == null || name.equals(e.getName()))
				.findFirst();
	}

	/** Until every monitored binding has a value, or the duration is over. */
	private static void awaitValues(ValueStore store, SubscriptionReport report, Duration duration)
			throws InterruptedException {
		long deadline = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < deadline && store.snapshot().size() < report.monitored()) {
			Thread.sleep(100);
		}
	}

	/** One line per binding; returns how many are dead. */
	private static int print(SubscriptionReport report, ValueStore store, PrintStream out) {
		int dead = 0;
		for (BindingStatus status : report.bindings()) {
			Optional<SignalValue> value = status.ok() ? store.latest(status.binding().getSignal()) : Optional.empty();
			String line;
			if (!status.ok()) {
				line = "DEAD  " + status.tag() + "  refused: " + status.status();
			} else if (value.isEmpty()) {
				line = "DEAD  " + status.tag() + "  no value";
			} else {
				SignalValue v = value.get();
				line = (v.isBad() ? "DEAD  " : "ok    ") + status.tag() + " = " + v.value() + "  " + v.status();
			}
			if (status.adjusted()) {
				// alive, but not as the model asks: say what the server made of it
				line += "  [" + status.adjustments() + "]";
			}
			if (line.startsWith("DEAD")) {
				dead++;
			}
			out.println(line);
		}
		int adjusted = report.adjusted().size();
		out.println(report.bindings().size() + " bindings, " + dead + " dead"
				+ (adjusted == 0 ? "" : ", " + adjusted + " revised by the server or with a fallback filter"));
		return dead;
	}

	/** Mismatches with the model, then values whose source time is older than the threshold (0: not checked). */
	private static int printReconciliation(Reconciliation reconciliation, int staleSeconds, PrintStream out) {
		for (Mismatch mismatch : reconciliation.mismatches()) {
			out.println("MISMATCH  " + mismatch.tag() + "  " + mismatch.aspect() + ": model " + mismatch.modelValue()
					+ ", server " + mismatch.serverValue());
		}
		List<Binding> stale = staleSeconds == 0
				? List.of()
				: reconciliation.stale(Duration.ofSeconds(staleSeconds), Instant.now());
		for (Binding binding : stale) {
			NodeDetails node = reconciliation.nodes().get(binding);
			out.println("STALE  " + binding.getSignal().getTag() + "  source time " + node.value().sourceTime()
					+ " is older than " + staleSeconds + " s");
		}
		out.println(reconciliation.mismatches().size() + " mismatches, " + stale.size() + " stale");
		return reconciliation.mismatches().size() + stale.size();
	}
}
