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

import org.twinworks.gateway.GatewayWrites;
import org.twinworks.gateway.SparkplugGateway;
import org.twinworks.live.AuditLog;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;
import org.twinworks.live.Passwords;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.mqtt.BrokerAddress;
import org.twinworks.sparkplug.mqtt.BrokerConnectionException;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.sparkplug.mqtt.Credentials;
import org.twinworks.sparkplug.mqtt.LabMode;

/**
 * `twinworks gateway <plant.twin> --broker mqtt[s]://host:port`: holds the one OPC UA connection to the plant (as
 * `check` makes it, with its trust options) and publishes the twin's working memory to the broker as a Sparkplug B
 * edge node until Ctrl-C or --for elapses. --trust/--pki are the plant's OPC UA options; the broker's certificate is
 * checked against --broker-trust (a CA or certificate PEM file, or a SHA-256 thumbprint), else the JVM's CA store.
 * --lab allows plain TCP to the plant and to the broker. The broker password comes from secure storage (for the
 * broker URI and --broker-user) or $TWINWORKS_PASSWORD, never from the command line. DCMDs (writes from a Sparkplug
 * host) are refused unless --allow-writes is given, and every one, refused or not, is audited in --audit FILE
 * (default: next to the plant file, {@code <plant>.gateway-writes.log}).
 */
final class GatewayCommand implements CliCommand {

	@Override
	public String name() {
		return "gateway";
	}

	@Override
	public String arguments() {
		return "<plant.twin> --broker mqtt[s]://host:port [--group ID] [--node ID] [--broker-trust CA.pem|SHA256]"
				+ " [--broker-user NAME] [--cycle MS] [--for DURATION] [--allow-writes] [--audit FILE]"
				+ " [--endpoint NAME] [--trust SHA256] [--lab] [--pki DIR]";
	}

	@Override
	public String summary() {
		return "publish the plant's live values to an MQTT broker as a Sparkplug B edge node (a device per equipment)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options;
		LiveArguments live;
		Duration duration;
		BrokerOptions broker;
		int cycle;
		try {
			options = Options.parse(args, Set.of("--broker", "--group", "--node", "--broker-trust", "--broker-user",
					"--cycle", "--for", "--audit"), Set.of("--allow-writes"));
			live = LiveArguments.parse(options.rest());
			if (live.positional().size() != 1) {
				throw new UsageException("expected one plant file");
			}
			if (!options.has("--broker")) {
				throw new UsageException("--broker mqtt[s]://host:port is required");
			}
			duration = options.has("--for") ? EventCommands.duration(options.value("--for", ""), "--for") : null;
			cycle = options.number("--cycle", 250, 10, 60_000);
			broker = brokerOptions(options, live.lab());
		} catch (IllegalArgumentException e) {
			err.println("twinworks gateway: " + e.getMessage());
			err.println("usage: twinworks gateway " + arguments());
			return FAILED;
		}
		Path file = Path.of(live.positional().get(0));
		Optional<Plant> plant = EventCommands.plant(file, name(), err);
		if (plant.isEmpty()) {
			return FAILED;
		}
		Optional<Endpoint> endpoint = plant.get().getTwin() == null
				? Optional.empty()
				: plant.get().getTwin().getEndpoints().stream()
						.filter(e -> live.endpoint() == null || live.endpoint().equals(e.getName())).findFirst();
		if (endpoint.isEmpty()) {
			err.println("twinworks gateway: " + file + " has no endpoint"
					+ (live.endpoint() == null ? "" : " named '" + live.endpoint() + "'"));
			return FAILED;
		}
		if (live.lab()) {
			endpoint.get().setLabMode(true);
		}
		EdgeNodeId id;
		try {
			id = new EdgeNodeId(options.value("--group", "Twinworks"), options.value("--node", nodeName(plant.get())));
		} catch (IllegalArgumentException e) {
			err.println("twinworks gateway: " + e.getMessage());
			return FAILED;
		}
		if (!broker.address().tls()) {
			err.println(LabMode.BANNER);
		}
		List<Binding> bindings = LiveBindings.activeOn(plant.get(), endpoint.get());
		boolean allowWrites = options.has("--allow-writes");
		Path auditFile = options.has("--audit")
				? Path.of(options.value("--audit", ""))
				: file.resolveSibling(
						file.getFileName().toString().replaceFirst("\\.twin$", "") + ".gateway-writes.log");
		try (ValueStore store = new ValueStore(1, Math.max(10_000, bindings.size() * 20));
				LiveSession session = LiveSession.connect(endpoint.get(), live.options(endpoint.get()).build());
				AuditLog audit = AuditLog.open(auditFile, 16)) {
			SubscriptionReport report = session.subscribe(bindings, store);
			String who = "Sparkplug DCMD via " + broker.address();
			GatewayWrites writes = allowWrites
					? GatewayWrites.allowed(session, audit, who)
					: GatewayWrites.refused(session, audit, who);
			out.println(allowWrites
					? "gateway: WRITES ALLOWED (--allow-writes): DCMDs are written to the plant, guarded (read-write"
							+ " signals within range only) and audited in " + auditFile
					: "gateway: writes off: DCMDs are refused and audited in " + auditFile
							+ " (start with --allow-writes to accept them)");
			try (SparkplugGateway gateway = SparkplugGateway.start(id, broker, bindings, store,
					Duration.ofMillis(cycle), Duration.ofSeconds(15), writes)) {
				out.println("gateway: " + report.monitored() + " of " + bindings.size() + " bindings on "
						+ session.endpointUrl() + " published to " + broker.address() + " as spBv1.0/" + id.group()
						+ "/…/" + id.node() + " (" + gateway.catalog().devices().size() + " devices, bdSeq "
						+ gateway.edgeNode().bdSeq() + ")"
						+ (duration == null ? " until Ctrl-C" : " for " + EventCommands.seconds(duration)));
				out.flush();
				waitFor(duration);
				out.println("gateway: " + gateway.edgeNode().published() + " messages published, "
						+ gateway.edgeNode().dropped() + " dropped while disconnected, "
						+ gateway.edgeNode().birthCount() + " births");
			}
			return OK;
		} catch (LiveConnectionException | BrokerConnectionException e) {
			err.println("twinworks gateway: " + e.getMessage());
			return FAILED;
		} catch (IOException e) {
			err.println("twinworks gateway: cannot open the audit log " + auditFile + ": " + e.getMessage());
			return FAILED;
		}
	}

	private static BrokerOptions brokerOptions(Options options, boolean lab) {
		BrokerOptions broker = BrokerOptions.of(BrokerAddress.parse(options.value("--broker", ""))).withLabMode(lab);
		if (options.has("--broker-trust")) {
			broker = broker.withTrust(LiveArguments.brokerTrust(options.value("--broker-trust", "")));
		}
		if (options.has("--broker-user")) {
			String user = options.value("--broker-user", "");
			BrokerAddress address = broker.address();
			char[] password = Passwords.headless(address.toString(), user).orElseThrow(
					() -> new IllegalArgumentException("no password for broker user '" + user + "' in secure storage"
							+ " (for " + address + ") or in $" + Passwords.ENVIRONMENT_VARIABLE));
			broker = broker.withCredentials(new Credentials(user, password));
		}
		return broker;
	}

	/** The plant's name as an edge node id (topic levels may not hold '/', '+' or '#'). */
	private static String nodeName(Plant plant) {
		String name = plant.getName() == null || plant.getName().isBlank() ? "gateway" : plant.getName();
		return name.replaceAll("[/+#\\p{Cntrl}]", "_");
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
}
