// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.lifecycle.Mqtt3ClientReconnector;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3Connect;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3ConnectBuilder;

/**
 * One MQTT 3.1.1 connection (HiveMQ async client) with a clean session: subscriptions are made again after every
 * reconnect, the will is asked of a supplier at every connect (Sparkplug's bdSeq changes per connect), and a lost
 * connection is retried with doubling back-off. Handlers and listeners run on one delivery thread, in order.
 */
public final class MqttConnection implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);
	/**
	 * Messages received and not yet handled: beyond this the handlers do not keep up, and waiting longer would only
	 * grow the latency without bound; further messages are dropped and counted (Sparkplug hosts see a seq gap).
	 */
	public static final int MAX_DELIVERY_BACKLOG = 20_000;

	private final BrokerOptions options;
	private final String clientId;
	private final Supplier<@Nullable Will> will;
	private final @Nullable RecordingTrustManager trustManager;
	private final Mqtt3AsyncClient client;
	private final ExecutorService delivery;
	private final Map<String, MessageHandler> subscriptions = new ConcurrentHashMap<>();
	private final Map<String, Long> subscribedInGeneration = new ConcurrentHashMap<>();
	private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
	private final AtomicLong generation = new AtomicLong();
	private final AtomicLong droppedDeliveries = new AtomicLong();
	private final LinkedBlockingQueue<Runnable> backlog = new LinkedBlockingQueue<>(MAX_DELIVERY_BACKLOG);
	private volatile boolean connected;
	private final CompletableFuture<Void> firstSubscriptions = new CompletableFuture<>();
	private volatile boolean everConnected;
	private volatile boolean closing;

	private MqttConnection(BrokerOptions options, String clientId, Supplier<@Nullable Will> will) {
		this.options = options;
		this.clientId = clientId;
		this.will = will;
		// after close the client still ends its subscription flows on this executor: discard, do not throw
		this.delivery = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, backlog, runnable -> {
			Thread thread = new Thread(runnable, "mqtt-delivery " + clientId);
			thread.setDaemon(true);
			return thread;
		}, (runnable, executor) -> {
			if (!executor.isShutdown() && droppedDeliveries.getAndIncrement() == 0) {
				LOG.warn("{}: the message handlers fall {} messages behind; dropping messages (counted)", clientId,
						MAX_DELIVERY_BACKLOG);
			}
		});
		Mqtt3ClientBuilder builder = Mqtt3Client.builder().identifier(clientId).serverHost(options.address().host())
				.serverPort(options.address().port()).addConnectedListener(context -> onConnected())
				.addDisconnectedListener(this::onDisconnected);
		if (options.address().tls()) {
			trustManager = new RecordingTrustManager(options.trust());
			builder.sslConfig(MqttClientSslConfig.builder().trustManagerFactory(trustManager.asFactory()).build());
		} else {
			trustManager = null;
		}
		this.client = builder.buildAsync();
	}

	/**
	 * A connection to {@code options.address()}, not yet connected. Refuses plain TCP without lab mode; with lab
	 * mode it logs the lab banner.
	 */
	public static MqttConnection create(BrokerOptions options, String clientId, Supplier<@Nullable Will> will)
			throws BrokerConnectionException {
		options.checkSafe();
		if (!options.address().tls()) {
			LOG.warn("{} ({})", LabMode.BANNER, options.address());
		}
		return new MqttConnection(options, clientId, will);
	}

	public BrokerAddress address() {
		return options.address();
	}

	public String clientId() {
		return clientId;
	}

	public boolean isConnected() {
		return connected;
	}

	/** Messages (and connection events) waiting for the delivery thread. */
	public int deliveryBacklog() {
		return backlog.size();
	}

	/** Messages dropped because {@link #MAX_DELIVERY_BACKLOG} were waiting for the delivery thread. */
	public long droppedDeliveries() {
		return droppedDeliveries.get();
	}

	public void addListener(ConnectionListener listener) {
		listeners.add(listener);
	}

	/**
	 * Connects, waiting at most {@code timeout}. Only this first connect reports failure to the caller; later losses
	 * are retried in the background.
	 *
	 * @throws UntrustedBrokerException when the broker's certificate is not trusted (the message gives its thumbprint)
	 * @throws BrokerConnectionException when the broker cannot be reached or refuses us
	 */
	public void connect(Duration timeout) throws BrokerConnectionException {
		try {
			long deadline = System.nanoTime() + timeout.toNanos();
			client.connect(connectMessage()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			everConnected = true;
			// a subscriber must not miss what is published right after connect() returns
			firstSubscriptions.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		} catch (ExecutionException e) {
			throw failure(e.getCause() == null ? e : e.getCause());
		} catch (TimeoutException e) {
			client.disconnect();
			throw new BrokerConnectionException(
					"no answer from the broker at " + options.address() + " within " + timeout.toMillis() + " ms", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BrokerConnectionException("interrupted while connecting to " + options.address(), e);
		}
	}

	/** Subscribes (now if connected, and again after every reconnect); QoS 0 as Sparkplug hosts do for data. */
	public void subscribe(String topicFilter, MessageHandler handler) {
		subscriptions.put(topicFilter, handler);
		delivery.execute(() -> {
			if (connected) {
				sendSubscribe(topicFilter, generation.get());
			}
		});
	}

	/** Publishes; completes exceptionally when not connected (the caller decides whether that matters). */
	public CompletableFuture<Void> publish(String topic, byte[] payload, int qos) {
		return client.publishWith().topic(topic).qos(qos(qos)).payload(payload).send().thenApply(published -> null);
	}

	/** Disconnects cleanly (no will is published) and stops reconnecting. */
	@Override
	public void close() {
		closing = true;
		try {
			if (client.getState().isConnectedOrReconnect()) {
				client.disconnect().get(5, TimeUnit.SECONDS);
			}
		} catch (ExecutionException | TimeoutException e) {
			LOG.debug("disconnect from {} did not complete cleanly: {}", options.address(), e.toString());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			connected = false;
			delivery.shutdown();
		}
	}

	private Mqtt3Connect connectMessage() {
		Mqtt3ConnectBuilder builder = Mqtt3Connect.builder().cleanSession(true).keepAlive(options.keepAliveSeconds());
		Credentials credentials = options.credentials();
		if (credentials != null) {
			builder = builder.simpleAuth().username(credentials.user())
					.password(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(credentials.password())))
					.applySimpleAuth();
		}
		Will next = will.get();
		if (next != null) {
			builder = builder.willPublish().topic(next.topic()).qos(qos(next.qos())).payload(next.payload())
					.retain(false).applyWillPublish();
		}
		return builder.build();
	}

	private void onConnected() {
		connected = true;
		long current = generation.incrementAndGet();
		delivery.execute(() -> {
			List<CompletableFuture<?>> acks = new java.util.ArrayList<>();
			subscriptions.keySet().forEach(filter -> acks.add(sendSubscribe(filter, current)));
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
					.whenComplete((done, failure) -> firstSubscriptions.complete(null));
			for (ConnectionListener listener : listeners) {
				listener.onConnected();
			}
		});
	}

	private CompletableFuture<?> sendSubscribe(String filter, long inGeneration) {
		MessageHandler handler = subscriptions.get(filter);
		Long done = subscribedInGeneration.put(filter, inGeneration);
		if (handler == null || (done != null && done == inGeneration)) {
			return CompletableFuture.completedFuture(null);
		}
		return client.subscribeWith().topicFilter(filter).qos(MqttQos.AT_MOST_ONCE)
				.callback(publish -> handler.onMessage(publish.getTopic().toString(), publish.getPayloadAsBytes()))
				.executor(delivery).send().whenComplete((ack, failure) -> {
					if (failure != null) {
						LOG.warn("subscribing to {} on {} failed: {}", filter, options.address(), failure.toString());
					}
				});
	}

	private void onDisconnected(MqttClientDisconnectedContext context) {
		connected = false;
		if (closing || context.getSource() == MqttDisconnectSource.USER || !everConnected) {
			return;
		}
		Mqtt3ClientReconnector reconnector = (Mqtt3ClientReconnector) context.getReconnector();
		long delay = backoffMillis(reconnector.getAttempts());
		String cause = describe(context.getCause());
		LOG.warn("connection to {} lost ({}); reconnecting in {} ms", options.address(), cause, delay);
		reconnector.reconnect(true).connect(connectMessage()).delay(delay, TimeUnit.MILLISECONDS);
		delivery.execute(() -> listeners.forEach(listener -> listener.onDisconnected(cause, delay)));
	}

	private long backoffMillis(int attempts) {
		long initial = Math.max(1, options.initialBackoff().toMillis());
		long delay = initial << Math.min(attempts, 20);
		return Math.min(delay, Math.max(initial, options.maxBackoff().toMillis()));
	}

	private BrokerConnectionException failure(Throwable cause) {
		X509Certificate refused = trustManager == null ? null : trustManager.refused();
		if (refused != null && hasCause(cause, SSLException.class)) {
			String thumbprint = BrokerTrust.thumbprint(refused);
			return new UntrustedBrokerException("the broker at " + options.address()
					+ " presented a certificate we do not trust: subject '" + refused.getSubjectX500Principal()
					+ "', issuer '" + refused.getIssuerX500Principal() + "', SHA-256 thumbprint " + thumbprint
					+ ". Check it out of band, then trust its CA (--broker-trust ca.pem) or pin it (--broker-trust "
					+ thumbprint + ")", thumbprint, refused, cause);
		}
		if (cause instanceof Mqtt3ConnAckException refusedConnect) {
			return new BrokerConnectionException("the broker at " + options.address() + " refused the connection: "
					+ refusedConnect.getMqttMessage().getReturnCode(), cause);
		}
		return new BrokerConnectionException(
				"cannot connect to the broker at " + options.address() + ": " + describe(cause), cause);
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

	private static MqttQos qos(int qos) {
		MqttQos value = MqttQos.fromCode(qos);
		if (value == null) {
			throw new IllegalArgumentException("QoS " + qos + " outside 0..2");
		}
		return value;
	}
}
