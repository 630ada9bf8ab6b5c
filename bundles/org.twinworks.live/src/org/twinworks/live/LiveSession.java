// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.jspecify.annotations.Nullable;
import org.twinworks.live.internal.AddressSpaceReads;
import org.twinworks.live.internal.ClientAssembly;
import org.twinworks.live.internal.EndpointSelector;
import org.twinworks.live.internal.FailureText;
import org.twinworks.live.internal.MethodCalls;
import org.twinworks.live.internal.MiloValues;
import org.twinworks.live.internal.MiloWrites;
import org.twinworks.live.internal.MonitoredBindings;
import org.twinworks.live.internal.NodeIdResolver;
import org.twinworks.live.internal.SecurityPolicies;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;

/**
 * A live connection to one model {@link Endpoint}: discovery, a secure channel to the endpoint the model asks
 * for, the server's certificate validated against our trust list, then subscriptions of its bindings.
 * States go to the options' {@link ConnectionListener}s. Close it when done.
 */
public final class LiveSession implements LiveSource {
	private final ClientAssembly assembly;
	private final OpcUaClient client;
	private final String url;
	private final String policy;
	private final String mode;
	private final LiveOptions options;
	private final StateReporter reporter;
	private final X509Certificate serverCertificate;
	// read by Milo's session thread after a reconnect
	private volatile MonitoredBindings monitored;
	private volatile boolean closed;

	private LiveSession(ClientAssembly assembly, OpcUaClient client, EndpointDescription chosen, LiveOptions options,
			StateReporter reporter) {
		this.assembly = assembly;
		this.client = client;
		this.url = chosen.getEndpointUrl();
		this.policy = SecurityPolicies.name(chosen.getSecurityPolicyUri());
		this.mode = chosen.getSecurityMode().name();
		this.serverCertificate = leafCertificate(chosen);
		this.options = options;
		this.reporter = reporter;
	}

	public static LiveSession connect(Endpoint endpoint, LiveOptions options) throws LiveConnectionException {
		StateReporter reporter = new StateReporter(endpoint.getUrl(), options.listeners());
		reporter.report(ConnectionState.CONNECTING, null, null, null);
		ClientAssembly assembly = null;
		try {
			assembly = ClientAssembly.open(options.pkiDirectory());
			EndpointDescription chosen = EndpointSelector.choose(endpoint, discover(endpoint.getUrl(), options));
			URI wanted = URI.create(endpoint.getUrl());
			// connect to the host the model names, not to whatever name the server advertises
			chosen = EndpointUtil.updateUrl(chosen, wanted.getHost(), wanted.getPort());
			assembly.gate().admit(chosen, options.serverTrust());
			OpcUaClient client = assembly.client(chosen, endpoint, options.password(), options.requestTimeout());
			LiveSession session = new LiveSession(assembly, client, chosen, options, reporter);
			session.open();
			return session;
		} catch (LiveConnectionException e) {
			if (assembly != null) {
				assembly.close();
			}
			reporter.report(ConnectionState.FAILED, null, null, e.getMessage());
			throw e;
		} catch (IOException e) {
			if (assembly != null) {
				assembly.close();
			}
			reporter.report(ConnectionState.FAILED, null, null, e.getMessage());
			throw new LiveConnectionException(e.getMessage(), e);
		}
	}

	/** Subscribes {@code bindings} into {@code store}; bad bindings are reported, the rest are monitored. */
	@Override
	public synchronized SubscriptionReport subscribe(Collection<Binding> bindings, ValueStore store)
			throws LiveConnectionException {
		if (monitored != null) {
			throw new IllegalStateException("this session already subscribes its bindings");
		}
		try {
			monitored = MonitoredBindings.create(client, options.publishingInterval().toMillis(),
					options.subscriptionLifetime(), bindings, store);
			return monitored.report();
		} catch (UaException e) {
			throw new LiveConnectionException("the server refused the subscription: " + FailureText.of(e), e);
		}
	}

	/**
	 * The subscription's outcome per binding now, or null before {@link #subscribe}. It changes after the call
	 * returned when items whose creation failed as a whole (a timeout) are created again.
	 */
	public SubscriptionReport report() {
		MonitoredBindings current = monitored;
		return current == null ? null : current.report();
	}

	/**
	 * Makes this session's subscription monitor exactly {@code bindings} (the model changed while connected):
	 * bindings no longer listed, or edited, stop being monitored; new ones start; the others run on untouched.
	 * Subscribes them when nothing is subscribed yet. Blocking service calls: not on the UI thread.
	 *
	 * @return the report of every binding now subscribed, in the order given
	 * @throws LiveConnectionException when the session is closed or the server refused the subscription
	 */
	@Override
	public synchronized SubscriptionReport resubscribe(Collection<Binding> bindings, ValueStore store)
			throws LiveConnectionException {
		if (closed) {
			throw new LiveConnectionException("the session to " + url + " is closed");
		}
		if (monitored == null) {
			return subscribe(bindings, store);
		}
		return monitored.update(bindings);
	}

	/** Reads one node ({@code nsu=<uri>;s=...}) now. */
	@Override
	public SignalValue read(String nodeId) throws LiveConnectionException {
		try {
			return MiloValues.toSignalValue(client.readValue(0, TimestampsToReturn.Both,
					NodeIdResolver.resolve(nodeId, client.getNamespaceTable())));
		} catch (InvalidNodeIdException | NodeIdResolver.UnknownNamespaceException e) {
			throw new LiveConnectionException(e.getMessage(), e);
		} catch (UaException e) {
			throw new LiveConnectionException("reading " + nodeId + " failed: " + FailureText.of(e), e);
		}
	}

	/**
	 * Writes {@code value} to one node as the signal's data type. Prefer {@link GuardedWriter}, which arms,
	 * checks, reads back and audits; this is the bare service call.
	 *
	 * @throws LiveConnectionException when the server refuses the write (the message names its status)
	 */
	@Override
	public void write(String nodeId, SignalDataType type, Object value) throws LiveConnectionException {
		try {
			StatusCode status = client.writeValues(List.of(NodeIdResolver.resolve(nodeId, client.getNamespaceTable())),
					List.of(MiloWrites.valueOnly(type, value))).get(0);
			if (!status.isGood()) {
				throw new LiveConnectionException(MiloValues.statusName(status.getValue()));
			}
		} catch (InvalidNodeIdException | NodeIdResolver.UnknownNamespaceException e) {
			throw new LiveConnectionException(e.getMessage(), e);
		} catch (UaException e) {
			throw new LiveConnectionException(MiloValues.statusName(e.getStatusCode().getValue()), e);
		}
	}

	/**
	 * Calls a method of an object ({@code nsu=<uri>;s=...} node ids) with {@code inputs} (String, Double, Boolean,
	 * Integer... as OPC UA scalars) and returns its output arguments' values.
	 *
	 * @throws LiveConnectionException when the server refuses the call; the message names the method and the status
	 *                                 (name and text), and the server's own explanation when it sent one
	 */
	public List<@Nullable Object> call(String objectNodeId, String methodNodeId, @Nullable Object... inputs)
			throws LiveConnectionException {
		try {
			return MethodCalls.call(client, objectNodeId, methodNodeId, inputs);
		} catch (InvalidNodeIdException | NodeIdResolver.UnknownNamespaceException e) {
			throw new LiveConnectionException("cannot call " + methodNodeId + ": " + e.getMessage(), e);
		} catch (MethodCalls.RefusedCall e) {
			throw new LiveConnectionException(e.getMessage(), e);
		} catch (UaException e) {
			throw new LiveConnectionException("calling " + methodNodeId + " failed: " + FailureText.of(e), e);
		}
	}

	/** Browses this session's server; the browser lives as long as the session. */
	public AddressSpaceBrowser browser() {
		return new AddressSpaceBrowser(new AddressSpaceReads(client));
	}

	public String securityPolicy() {
		return policy;
	}

	public String securityMode() {
		return mode;
	}

	@Override
	public String endpointUrl() {
		return url;
	}

	/** The certificate the server presented (validated before the session opened), or null if it sent none. */
	public @Nullable X509Certificate serverCertificate() {
		return serverCertificate;
	}

	private static @Nullable X509Certificate leafCertificate(EndpointDescription endpoint) {
		try {
			List<X509Certificate> chain = CertificateUtil
					.decodeCertificates(endpoint.getServerCertificate().bytesOrEmpty());
			return chain.isEmpty() ? null : chain.get(0);
		} catch (UaException e) {
			// the gate decoded it already before admitting the server, so this cannot happen after a connect
			return null;
		}
	}

	@Override
	public synchronized void close() {
		closed = true;
		reporter.closing();
		if (monitored != null) {
			monitored.delete();
		}
		try {
			client.disconnect();
		} catch (UaException e) {
			// already gone: nothing to release
		}
		assembly.close();
		reporter.report(ConnectionState.DISCONNECTED, null, null, null);
	}

	private void open() throws LiveConnectionException {
		client.addSessionActivityListener(new SessionActivityListener() {
			@Override
			public void onSessionActive(UaSession session) {
				MonitoredBindings current = monitored;
				// after CONNECTED, so the values resent reach listeners that know the session is back
				if (reporter.sessionActive(policy, mode) && current != null && !closed) {
					current.resendData(client);
				}
			}

			@Override
			public void onSessionInactive(UaSession session) {
				reporter.sessionInactive();
			}
		});
		try {
			client.connect();
		} catch (UaException e) {
			try {
				client.disconnect();
			} catch (UaException ignored) {
				// never connected
			}
			throw new LiveConnectionException(connectFailure(e), e);
		}
		reporter.connected(policy, mode);
	}

	private String connectFailure(UaException e) {
		// the status text ends with a full stop; the advice below adds its own
		String message = ("cannot connect to " + url + " (" + policy + ", " + mode + "): " + FailureText.of(e))
				.replaceAll("\\.+$", "");
		if (e.getStatusCode().getValue() == StatusCodes.Bad_SecurityChecksFailed
				|| e.getStatusCode().getValue() == StatusCodes.Bad_CertificateUntrusted) {
			message += ". The server may not trust our certificate (SHA-256 " + Thumbprints.of(assembly.certificate())
					+ "): trust it on the server";
		}
		long code = e.getStatusCode().getValue();
		if (code == StatusCodes.Bad_IdentityTokenInvalid || code == StatusCodes.Bad_IdentityTokenRejected
				|| code == StatusCodes.Bad_UserAccessDenied) {
			// servers answer a wrong password with any of these (hardened ones always with the first)
			message += ". The server refused the user: check the user name and password";
		}
		return message;
	}

	private static List<EndpointDescription> discover(String url, LiveOptions options) throws LiveConnectionException {
		try {
			return DiscoveryClient.getEndpoints(url).get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LiveConnectionException("interrupted while asking " + url + " for its endpoints", e);
		} catch (ExecutionException | TimeoutException e) {
			throw new LiveConnectionException("cannot reach " + url + " for its endpoints: " + FailureText.of(e), e);
		} catch (RuntimeException e) {
			throw new LiveConnectionException("cannot ask " + url + " for its endpoints: " + FailureText.of(e), e);
		}
	}
}
