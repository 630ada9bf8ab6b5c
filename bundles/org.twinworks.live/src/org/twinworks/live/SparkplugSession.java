// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.live.internal.MetricSignalValues;
import org.twinworks.live.internal.SparkplugFeed;
import org.twinworks.model.AuthenticationKind;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EndpointKind;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.rules.MetricRef;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.MessageType;
import org.twinworks.sparkplug.NodeControl;
import org.twinworks.sparkplug.PayloadCodec;
import org.twinworks.sparkplug.SparkplugPayload;
import org.twinworks.sparkplug.SparkplugTopic;
import org.twinworks.sparkplug.mqtt.BrokerAddress;
import org.twinworks.sparkplug.mqtt.BrokerConnectionException;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.sparkplug.mqtt.BrokerTrust;
import org.twinworks.sparkplug.mqtt.ConnectionListener;
import org.twinworks.sparkplug.mqtt.Credentials;
import org.twinworks.sparkplug.mqtt.MqttConnection;
import org.twinworks.sparkplug.mqtt.UntrustedBrokerException;

/**
 * A live source reading one Sparkplug B edge node (a gateway) through an MQTT broker instead of an OPC UA server:
 * subscribes to the node's topics, asks for a rebirth at once (a late subscriber has seen no birth) and whenever data
 * comes without a birth or after a seq gap, feeds each bound metric ({@code device/metric} in the binding's node id)
 * into the {@link ValueStore} with its quality and timestamps, and turns the node's signals Bad_NoCommunication on
 * its NDEATH or a lost broker connection until the next birth. States go to the options' listeners like an OPC UA
 * session's (RECONNECTING while the node is dead or the broker gone), with the messages lost by seq.
 */
public final class SparkplugSession implements LiveSource {
	private static final Logger LOG = LoggerFactory.getLogger(SparkplugSession.class);

	private final EdgeNodeId node;
	private final String url;
	private final LiveOptions options;
	private final StateReporter reporter;
	private final SparkplugFeed feed;
	private final MqttConnection connection;
	private final String security;
	private volatile boolean closed;

	private SparkplugSession(Endpoint endpoint, EdgeNodeId node, BrokerOptions broker, LiveOptions options,
			StateReporter reporter) throws BrokerConnectionException {
		this.node = node;
		this.url = endpoint.getUrl();
		this.options = options;
		this.reporter = reporter;
		this.security = broker.address().tls() ? "TLS" : "None (lab mode)";
		this.feed = new SparkplugFeed(node, new FeedEvents());
		this.connection = MqttConnection.create(broker, clientId(node), () -> null);
		String base = SparkplugTopic.NAMESPACE + "/" + node.group() + "/+/" + node.node();
		// one subscription for node and device topics ('#' matches its parent level too): the messages come in the
		// order the node published them; two subscriptions could hand a DBIRTH over before its NBIRTH (a false gap)
		connection.subscribe(base + "/#", feed::accept);
		connection.addListener(new ConnectionListener() {
			private boolean first = true;

			@Override
			public void onConnected() {
				if (first) {
					first = false;
					return;
				}
				feed.reconnected();
				report(ConnectionState.RECONNECTING, "the broker is back; waiting for the edge node's birth");
				requestRebirth();
			}

			@Override
			public void onDisconnected(String cause, long retryInMillis) {
				if (!closed) {
					feed.brokerLost(cause + "; retrying in " + retryInMillis + " ms");
				}
			}
		});
	}

	/**
	 * Connects to the endpoint's broker and asks its edge node for a rebirth.
	 *
	 * @throws LiveConnectionException when the endpoint is not a valid Sparkplug B endpoint, or the broker cannot be
	 *                                 reached, refuses us or presents a certificate we do not trust (the message
	 *                                 names the broker and the certificate's thumbprint)
	 */
	public static SparkplugSession connect(Endpoint endpoint, LiveOptions options) throws LiveConnectionException {
		StateReporter reporter = new StateReporter(endpoint.getUrl(), options.listeners());
		reporter.report(ConnectionState.CONNECTING, null, null, null);
		try {
			if (endpoint.getKind() != EndpointKind.SPARKPLUG_B) {
				throw new LiveConnectionException("endpoint " + endpoint.getName() + " (" + endpoint.getUrl()
						+ ") is not a Sparkplug B endpoint");
			}
			EdgeNodeId node;
			BrokerAddress address;
			try {
				node = new EdgeNodeId(endpoint.getGroupId(), endpoint.getEdgeNodeId());
				address = BrokerAddress.parse(endpoint.getUrl() == null ? "" : endpoint.getUrl());
			} catch (IllegalArgumentException | NullPointerException e) {
				throw new LiveConnectionException(
						"endpoint " + endpoint.getName() + " is not a usable Sparkplug B endpoint: " + e.getMessage(),
						e);
			}
			BrokerOptions broker = BrokerOptions.of(address).withLabMode(endpoint.isLabMode())
					.withTrust(options.brokerTrust()).withCredentials(credentials(endpoint, options))
					.withBackoff(java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(10));
			try {
				return open(endpoint, node, broker, options, reporter);
			} catch (UntrustedBrokerException refused) {
				BrokerTrust trusted = ask(refused, endpoint.getUrl(), options);
				if (trusted == null) {
					throw refused;
				}
				return open(endpoint, node, broker.withTrust(trusted), options, reporter);
			}
		} catch (BrokerConnectionException e) {
			String message = e.getMessage() + kept(e, options);
			reporter.report(ConnectionState.FAILED, null, null, message);
			throw new LiveConnectionException(message, e);
		} catch (LiveConnectionException e) {
			reporter.report(ConnectionState.FAILED, null, null, e.getMessage());
			throw e;
		}
	}

	private static SparkplugSession open(Endpoint endpoint, EdgeNodeId node, BrokerOptions broker, LiveOptions options,
			StateReporter reporter) throws BrokerConnectionException {
		SparkplugSession session = new SparkplugSession(endpoint, node, broker, options, reporter);
		try {
			session.connection.connect(options.requestTimeout());
		} catch (BrokerConnectionException e) {
			session.connection.close();
			throw e;
		}
		session.report(ConnectionState.CONNECTED, null);
		session.feed.rebirthDue();
		session.requestRebirth();
		return session;
	}

	/**
	 * Asks the options' {@link ServerTrust} about a refused broker certificate, as an OPC UA server's is asked about
	 * (the workbench shows it to the user): the trust to connect with when it is trusted, once (pinned for this
	 * connection) or always (also kept in the PKI's broker trust list); null when it is rejected.
	 */
	private static @Nullable BrokerTrust ask(UntrustedBrokerException refused, String url, LiveOptions options) {
		X509Certificate certificate = refused.certificate();
		if (certificate == null) {
			return null;
		}
		TrustDecision decision = options.serverTrust().decide(new UntrustedCertificate(url, refused.thumbprint(),
				certificate.getSubjectX500Principal().getName(), refused.getMessage(), certificate));
		if (decision == TrustDecision.REJECT) {
			return null;
		}
		if (decision == TrustDecision.TRUST_ALWAYS) {
			try {
				BrokerPki.trustAlways(options.pkiDirectory(), certificate);
			} catch (IOException e) {
				LOG.warn("cannot add the broker certificate {} to the trust list: {}", refused.thumbprint(),
						e.toString());
			}
		}
		LOG.info("broker certificate {} of {} trusted {}", refused.thumbprint(), url,
				decision == TrustDecision.TRUST_ALWAYS ? "always" : "for this connection");
		return options.brokerTrust().pin(refused.thumbprint());
	}

	@Override
	public synchronized SubscriptionReport subscribe(Collection<Binding> bindings, ValueStore store)
			throws LiveConnectionException {
		return resubscribe(bindings, store);
	}

	/** Feeds exactly {@code bindings} from now on; a binding's metric counts as fine before its birth arrives. */
	@Override
	public synchronized SubscriptionReport resubscribe(Collection<Binding> bindings, ValueStore store)
			throws LiveConnectionException {
		if (closed) {
			throw new LiveConnectionException("the Sparkplug source " + url + " (" + node + ") is closed");
		}
		Map<Binding, @Nullable String> problems = feed.bind(bindings, store);
		List<BindingStatus> statuses = new ArrayList<>();
		problems.forEach((binding,
				problem) -> statuses.add(problem == null
						? new BindingStatus(binding, true, "Good", null, null)
						: new BindingStatus(binding, false, problem, null, null)));
		return new SubscriptionReport(statuses, 0);
	}

	/** The latest value the edge node published for {@code device/metric} (no round trip: Sparkplug has no read). */
	@Override
	public SignalValue read(String nodeId) throws LiveConnectionException {
		String key;
		try {
			key = MetricRef.parse(nodeId).toString();
		} catch (IllegalArgumentException e) {
			throw new LiveConnectionException("cannot read " + nodeId + ": " + e.getMessage(), e);
		}
		SignalValue value = feed.latest(key);
		if (value == null) {
			throw new LiveConnectionException("no value for " + key + " from edge node " + node
					+ " (not in its births, or no birth received yet)");
		}
		return value;
	}

	/**
	 * Publishes a DCMD setting the metric, then waits up to the request timeout for the edge node to publish that
	 * metric again, so that a read right after shows what the node made of it; throws when it does not within the
	 * request timeout. Use {@link GuardedWriter}.
	 */
	@Override
	public void write(String nodeId, SignalDataType type, Object value) throws LiveConnectionException {
		MetricRef ref;
		try {
			ref = MetricRef.parse(nodeId);
		} catch (IllegalArgumentException e) {
			throw new LiveConnectionException("cannot write " + nodeId + ": " + e.getMessage(), e);
		}
		long now = System.currentTimeMillis();
		SignalValue before = feed.latest(ref.toString());
		SparkplugPayload payload = new SparkplugPayload(now, null,
				List.of(MetricSignalValues.command(ref.metric(), type, value, now)));
		try {
			connection
					.publish(SparkplugTopic.device(node.device(ref.device()), MessageType.DCMD).text(),
							PayloadCodec.encode(payload), 1)
					.get(options.requestTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		} catch (Exception e) {
			throw new LiveConnectionException("the DCMD for " + ref + " was not published to " + url + ": " + e, e);
		}
		long deadline = System.nanoTime() + options.requestTimeout().toNanos();
		while (feed.latest(ref.toString()) == before) {
			if (System.nanoTime() >= deadline) {
				// Sparkplug has no answer to a DCMD: silence is all a refusing edge node gives
				throw new LiveConnectionException("edge node " + node + " did not confirm the write of " + ref
						+ " within " + options.requestTimeout().toMillis() + " ms (it may not accept writes: a"
						+ " Twinworks gateway takes them only when started with --allow-writes; see its audit log)");
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new LiveConnectionException("interrupted while waiting for the write of " + ref, e);
			}
		}
	}

	/** Publishes NCMD {@code Node Control/Rebirth = true} to the edge node. */
	public void requestRebirth() {
		LOG.info("asking edge node {} on {} for a rebirth", node, url);
		connection.publish(SparkplugTopic.node(node, MessageType.NCMD).text(),
				PayloadCodec.encode(NodeControl.rebirthRequest(System.currentTimeMillis())), 0);
	}

	/** Messages received from the broker and waiting to be decoded into the store. */
	public int deliveryBacklog() {
		return connection.deliveryBacklog();
	}

	/** Messages dropped because decoding fell too far behind (the feed counts them lost by seq as well). */
	public long droppedDeliveries() {
		return connection.droppedDeliveries();
	}

	/** Where the source stands now. */
	public SparkplugStatus status() {
		return new SparkplugStatus(node.group(), node.node(), connection.isConnected(), feed.isAlive(), feed.bdSeq(),
				feed.births(), feed.gaps(), feed.lostMessages());
	}

	@Override
	public String endpointUrl() {
		return url;
	}

	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		reporter.closing();
		connection.close();
		reporter.report(ConnectionState.DISCONNECTED, null, null, null);
	}

	private void report(ConnectionState state, @Nullable String reason) {
		reporter.report(new ConnectionEvent(state, url, security, "Sparkplug B " + node, reason, feed.lostMessages()));
	}

	/** Keeps a refused broker certificate in the PKI for review; the note says where. */
	private static String kept(BrokerConnectionException failure, LiveOptions options) {
		if (!(failure instanceof UntrustedBrokerException refused)) {
			return "";
		}
		try {
			Path file = BrokerPki.reject(options.pkiDirectory(), refused);
			return file == null
					? ""
					: "; it was put in " + file.getParent() + ": move it to "
							+ BrokerPki.trustedDirectory(options.pkiDirectory()) + " to trust it";
		} catch (IOException e) {
			LOG.warn("cannot keep the refused broker certificate {}: {}", refused.thumbprint(), e.toString());
			return "";
		}
	}

	private static @Nullable Credentials credentials(Endpoint endpoint, LiveOptions options) {
		char[] password = options.password();
		if (endpoint.getAuthentication() != AuthenticationKind.USERNAME || endpoint.getUsername() == null) {
			return null;
		}
		return new Credentials(endpoint.getUsername(), password == null ? new char[0] : password);
	}

	private static String clientId(EdgeNodeId node) {
		return "twinworks-source-" + node.group() + "-" + node.node() + "-" + Long.toHexString(System.nanoTime());
	}

	/** The feed's news, on the connection's delivery thread. */
	private final class FeedEvents implements SparkplugFeed.Events {
		@Override
		public void nodeBorn(int bdSeq) {
			report(ConnectionState.CONNECTED, "edge node " + node + " born (bdSeq " + bdSeq + ")");
		}

		@Override
		public void nodeLost(String reason) {
			if (!closed) {
				report(ConnectionState.RECONNECTING, reason + "; its signals are stale until its next birth");
			}
		}

		@Override
		public void rebirthWanted(String reason) {
			if (feed.rebirthDue()) {
				LOG.info("edge node {}: {}", node, reason);
				requestRebirth();
			}
		}
	}
}
