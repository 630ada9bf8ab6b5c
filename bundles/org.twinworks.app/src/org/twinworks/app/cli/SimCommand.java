// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.twinworks.model.Plant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.app.cli.interop.NodeSetPlant;
import org.twinworks.interop.nodeset.NodeSetException;
import org.twinworks.sim.FaultSpec;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.ServerBehaviour;
import org.twinworks.sim.VirtualPlantConfig;
import org.twinworks.sim.VirtualPlantLimits;

/**
 * `twinworks sim <model-file>`: serves the model as a virtual plant until Ctrl+C or SIGTERM, with the faults of
 * {@code --fault TAG=KIND} injected from the start (drills from a shell). The password of
 * {@code --user} comes from $TWINWORKS_SIM_PASSWORD so that it never shows in a process list or a log.
 */
final class SimCommand implements CliCommand {
	static final String PASSWORD_VARIABLE = "TWINWORKS_SIM_PASSWORD";

	@Override
	public String name() {
		return "sim";
	}

	@Override
	public String arguments() {
		return "<model-file> [--port N] [--bind ADDR] [--lab] [--pki DIR] [--user NAME [--no-anonymous]] [--seconds N]"
				+ " [--fault TAG=KIND ...] [--no-stimulation] [like a third-party server: --no-analog-properties --min-sampling MS --max-queue N"
				+ " --max-nodes-per-call N --max-items-per-call N --max-items N]";
	}

	@Override
	public String summary() {
		return "serve a plant model (.twin, or a NodeSet2 .xml such as export nodeset writes) as a simulated OPC UA "
				+ "server (loopback, SignAndEncrypt; --lab adds None)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		SimArguments options;
		try {
			options = SimArguments.parse(args);
		} catch (IllegalArgumentException e) {
			err.println("twinworks sim: " + e.getMessage());
			err.println("usage: twinworks sim " + arguments());
			return FAILED;
		}
		Plant plant;
		if (NodeSetPlant.isNodeSet(options.model())) {
			try {
				plant = NodeSetPlant.read(options.model());
			} catch (NodeSetException e) {
				err.println("twinworks sim: " + e.getMessage());
				return FAILED;
			}
		} else {
			LoadedPlant loaded = PlantFiles.load(options.model());
			plant = loaded.plant();
			if (!loaded.readable() || plant == null || loaded.hasErrors()) {
				loaded.problems().forEach(err::println);
				err.println("twinworks sim: " + (plant == null
						? "no plant model in " + loaded.noPlantReason()
						: options.model() + " has errors (see above)"));
				return FAILED;
			}
		}
		VirtualPlantConfig.Builder config = VirtualPlantConfig.builder(options.pki()).port(options.port())
				.bindAddress(options.bind()).labMode(options.lab()).anonymous(!options.noAnonymous())
				.behaviour(options.behaviour()).limits(options.limits()).stimulation(!options.noStimulation());
		if (options.noAnonymous() && options.user() == null) {
			err.println("twinworks sim: --no-anonymous needs --user, or nobody could log in");
			return FAILED;
		}
		if (options.user() != null) {
			String password = System.getenv(PASSWORD_VARIABLE);
			if (password == null || password.isEmpty()) {
				err.println("twinworks sim: --user needs the password in $" + PASSWORD_VARIABLE);
				return FAILED;
			}
			config.user(options.user(), password.toCharArray());
		}
		VirtualPlant sim;
		try {
			sim = VirtualPlant.start(plant, config.build());
		} catch (IOException e) {
			err.println("twinworks sim: " + e.getMessage());
			return FAILED;
		}
		try {
			options.faults().forEach(fault -> fault.applyTo(sim));
		} catch (IllegalArgumentException e) {
			sim.close();
			err.println("twinworks sim: --fault: " + e.getMessage());
			return FAILED;
		}
		report(sim, plant, options, out);
		awaitStop(sim, options.seconds());
		out.println("virtual plant stopped");
		return OK;
	}

	private static void report(VirtualPlant sim, Plant plant, SimArguments options, PrintStream out) {
		out.println("Virtual plant '" + plant.getName() + "': " + sim.servedSignals() + " signals in namespace "
				+ plant.getNamespaceUri());
		out.println("  endpoint   " + sim.endpointUrl() + "  (SignAndEncrypt: Basic256Sha256, Aes256_Sha256_RsaPss"
				+ (options.lab() ? "; LAB MODE: also None, unencrypted" : "") + ")");
		out.println("  discovery  " + sim.discoveryUrl());
		out.println("  users      " + (options.noAnonymous() ? "" : "anonymous")
				+ (options.user() == null ? "" : (options.noAnonymous() ? "" : ", ") + options.user() + " (password)"));
		if (!options.behaviour().equals(ServerBehaviour.STANDARD)) {
			out.println("  behaves like a third-party server: " + options.behaviour());
		}
		out.println("  server certificate SHA-256 " + sim.certificateThumbprint());
		out.println("  application URI " + sim.applicationUri());
		out.println("  trust a client: move its certificate from " + options.pki().resolve("rejected") + " to "
				+ options.pki().resolve("trusted").resolve("certs"));
		out.println(options.noStimulation()
				? "  stimulation off (no Simulation object)"
				: "  stimulation nsu=" + plant.getNamespaceUri() + ";s=Simulation (Force, Release, ReleaseAll,"
						+ " SetTripFails)");
		options.faults().forEach(fault -> out.println("  fault      " + fault));
		sim.skippedBindings().forEach(reason -> out.println("  not served: " + reason));
		out.println(options.seconds() > 0 ? "running for " + options.seconds() + " s" : "running; Ctrl+C stops");
		out.flush();
	}

	/** Until SIGTERM/Ctrl+C (the JVM's shutdown hooks) or the given time; closes the server either way. */
	private static void awaitStop(VirtualPlant sim, long seconds) throws InterruptedException {
		CountDownLatch closed = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			sim.close();
			closed.countDown();
		}, "twinworks-sim-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		boolean stoppedBySignal = seconds > 0 ? closed.await(seconds, TimeUnit.SECONDS) : awaitForever(closed);
		if (!stoppedBySignal) {
			Runtime.getRuntime().removeShutdownHook(hook);
			sim.close();
		}
	}

	private static boolean awaitForever(CountDownLatch closed) throws InterruptedException {
		closed.await();
		return true;
	}

	/** The parsed command line. */
	record SimArguments(Path model, int port, String bind, boolean lab, Path pki, String user, long seconds,
			boolean noAnonymous, ServerBehaviour behaviour, VirtualPlantLimits limits, List<FaultSpec> faults,
			boolean noStimulation) {

		static SimArguments parse(List<String> args) {
			List<String> files = new ArrayList<>();
			int port = VirtualPlantConfig.DEFAULT_PORT;
			String bind = VirtualPlantConfig.LOOPBACK;
			boolean lab = false;
			Path pki = Path.of(System.getProperty("user.home"), ".twinworks", "sim-pki");
			String user = null;
			long seconds = 0;
			boolean noAnonymous = false;
			ServerBehaviour behaviour = ServerBehaviour.STANDARD;
			VirtualPlantLimits limits = VirtualPlantLimits.DEFAULT;
			List<FaultSpec> faults = new ArrayList<>();
			boolean noStimulation = false;
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				switch (arg) {
				case "--lab" -> lab = true;
				case "--port" -> port = number(args, ++i, "--port", 0, 65_535);
				case "--bind" -> bind = value(args, ++i, "--bind");
				case "--pki" -> pki = Path.of(value(args, ++i, "--pki"));
				case "--user" -> user = value(args, ++i, "--user");
				case "--seconds" -> seconds = number(args, ++i, "--seconds", 1, Integer.MAX_VALUE);
				case "--no-anonymous" -> noAnonymous = true;
				case "--fault" -> faults.add(FaultSpec.parse(value(args, ++i, "--fault")));
				case "--no-stimulation" -> noStimulation = true;
				case "--no-analog-properties" -> behaviour = behaviour.withoutAnalogProperties();
				case "--min-sampling" -> behaviour = behaviour
						.withMinimumSamplingInterval(number(args, ++i, "--min-sampling", 1, 3_600_000));
				case "--max-queue" ->
					behaviour = behaviour.withMaxQueueSize(number(args, ++i, "--max-queue", 1, 100_000));
				case "--max-nodes-per-call" ->
					behaviour = behaviour.withMaxNodesPerCall(number(args, ++i, "--max-nodes-per-call", 1, 100_000));
				case "--max-items-per-call" ->
					limits = limits.withMaxMonitoredItemsPerCall(number(args, ++i, "--max-items-per-call", 1, 100_000));
				case "--max-items" -> {
					int items = number(args, ++i, "--max-items", 1, 1_000_000);
					limits = limits.withMaxMonitoredItems(items, Math.max(items, limits.maxMonitoredItems()));
				}
				default -> {
					if (arg.startsWith("--")) {
						throw new IllegalArgumentException("unknown option " + arg);
					}
					files.add(arg);
				}
				}
			}
			if (files.size() != 1) {
				throw new IllegalArgumentException("expected one model file, got " + files.size());
			}
			return new SimArguments(Path.of(files.get(0)), port, bind, lab, pki, user, seconds, noAnonymous, behaviour,
					limits, List.copyOf(faults), noStimulation);
		}

		private static String value(List<String> args, int index, String option) {
			if (index >= args.size()) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args.get(index);
		}

		private static int number(List<String> args, int index, String option, int min, int max) {
			try {
				int n = Integer.parseInt(value(args, index, option));
				if (n < min || n > max) {
					throw new NumberFormatException();
				}
				return n;
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(option + " needs a number from " + min + " to " + max);
			}
		}
	}
}
