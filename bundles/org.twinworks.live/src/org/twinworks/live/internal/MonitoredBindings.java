// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.live.BindingStatus;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;

/**
 * One subscription with a monitored item per binding; the report lists the bindings in the order they were given,
 * each with its item's own result ({@link ItemCreation}). Items whose creation failed as a whole (a request that
 * timed out: the nodes were not refused) are created again with back-off ({@link CreationRetry}) and the report
 * follows. The data listener only hands the value to the store's bounded inbox.
 */
public final class MonitoredBindings {
	private static final Logger LOG = LoggerFactory.getLogger(MonitoredBindings.class);

	private final OpcUaClient client;
	private final OpcUaSubscription subscription;
	private final Resubscriber resubscriber;
	private final CreationRetry retry;
	private final ValueStore store;
	private final double requestedInterval;
	// guarded by this. Per binding, in subscription order: its item (null when its node id never resolved), what
	// it was subscribed as, and the server's answer
	private final Map<Binding, Subscribed> subscribed = new LinkedHashMap<>();
	private volatile SubscriptionReport report;

	private MonitoredBindings(OpcUaClient client, OpcUaSubscription subscription, Resubscriber resubscriber,
			ValueStore store, double requestedInterval) {
		this.client = client;
		this.subscription = subscription;
		this.retry = new CreationRetry(client, this::createFailedAgain);
		this.resubscriber = resubscriber;
		this.store = store;
		this.requestedInterval = requestedInterval;
	}

	/** @param lifetime how long the server keeps the subscription without Publish requests; null: the session's */
	public static MonitoredBindings create(OpcUaClient client, double publishingInterval, @Nullable Duration lifetime,
			Collection<Binding> bindings, ValueStore store) throws UaException {
		OpcUaSubscription subscription = new OpcUaSubscription(client, publishingInterval);
		SubscriptionCounts counts = SubscriptionCounts.of(publishingInterval,
				lifetime != null ? lifetime.toMillis() : client.getConfig().getSessionTimeout().doubleValue());
		subscription.setMaxKeepAliveCount(uint(counts.maxKeepAliveCount()));
		subscription.setLifetimeCount(uint(counts.lifetimeCount()));
		Resubscriber resubscriber = new Resubscriber(client);
		subscription.setSubscriptionListener(resubscriber);
		client.addSessionActivityListener(resubscriber);
		try {
			subscription.create();
		} catch (UaException e) {
			resubscriber.close();
			throw e;
		}
		resubscriber.created(subscription);
		MonitoredBindings monitored = new MonitoredBindings(client, subscription, resubscriber, store,
				publishingInterval);
		synchronized (monitored) {
			monitored.add(List.copyOf(bindings));
			monitored.updateReport();
		}
		return monitored;
	}

	/**
	 * Makes the subscription monitor exactly {@code wanted}: items of bindings no longer wanted, or whose node,
	 * signal, sampling, queue or deadband changed, are deleted; new and changed ones are created, in one call
	 * each. Unchanged items keep running untouched. Returns the new report.
	 */
	public synchronized SubscriptionReport update(Collection<Binding> wanted) {
		Set<Binding> keep = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Binding> added = new ArrayList<>();
		for (Binding binding : wanted) {
			Subscribed current = subscribed.get(binding);
			if (current != null && current.key().equals(SubscribedKey.of(binding))) {
				keep.add(binding);
			} else {
				added.add(binding);
			}
		}
		List<OpcUaMonitoredItem> removed = new ArrayList<>();
		for (var it = subscribed.entrySet().iterator(); it.hasNext();) {
			Map.Entry<Binding, Subscribed> entry = it.next();
			if (!keep.contains(entry.getKey())) {
				if (entry.getValue().item() != null) {
					removed.add(entry.getValue().item());
				}
				it.remove();
			}
		}
		if (!removed.isEmpty()) {
			subscription.removeMonitoredItems(removed);
			subscription.deleteMonitoredItems();
		}
		if (!added.isEmpty()) {
			add(added);
		}
		// the report keeps the order the caller gave
		Map<Binding, Subscribed> ordered = new LinkedHashMap<>();
		for (Binding binding : wanted) {
			Subscribed entry = subscribed.get(binding);
			if (entry != null) {
				ordered.put(binding, entry);
			}
		}
		subscribed.clear();
		subscribed.putAll(ordered);
		updateReport();
		return report;
	}

	private void add(List<Binding> ordered) {
		BindingStatus[] statuses = new BindingStatus[ordered.size()];
		OpcUaMonitoredItem[] created = new OpcUaMonitoredItem[ordered.size()];
		List<OpcUaMonitoredItem> items = new ArrayList<>(ordered.size());
		NodeIdResolver.Batch resolver = NodeIdResolver.batch(client.getNamespaceTable());
		for (int i = 0; i < ordered.size(); i++) {
			try {
				created[i] = item(resolver, new BoundItem(i, ordered.get(i), store));
				items.add(created[i]);
			} catch (InvalidNodeIdException | NodeIdResolver.UnknownNamespaceException e) {
				statuses[i] = new BindingStatus(ordered.get(i), false, e.getMessage(), null, null);
			}
		}
		subscription.addMonitoredItems(items);
		Set<OpcUaMonitoredItem> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
		fresh.addAll(items);
		boolean[] failedAsAWhole = new boolean[ordered.size()];
		for (ItemCreation.Outcome outcome : resubscriber.whileIdle(() -> ItemCreation.create(subscription, fresh))) {
			statuses[outcome.bound().position()] = outcome.status();
			failedAsAWhole[outcome.bound().position()] = outcome.failedAsAWhole();
		}
		int toRetry = 0;
		for (int i = 0; i < statuses.length; i++) {
			if (statuses[i] == null) {
				// Milo answers every item it sent; should it not, the binding is reported, not lost in a null
				statuses[i] = new BindingStatus(ordered.get(i), false, "no result from the server", null, null);
			}
			if (failedAsAWhole[i]) {
				toRetry++;
				showNotCreated(BoundItem.of(created[i]));
			}
			subscribed.put(ordered.get(i),
					new Subscribed(created[i], SubscribedKey.of(ordered.get(i)), statuses[i], failedAsAWhole[i]));
		}
		if (toRetry > 0) {
			LOG.warn("{} monitored items not created, e.g. {}", toRetry, statuses[firstTrue(failedAsAWhole)].status());
			retry.request();
		}
	}

	/**
	 * Creates the items whose creation failed as a whole again; true when none is left to create. The request
	 * that failed may have been carried out: the server's copies the client never learnt of are deleted after.
	 */
	private synchronized boolean createFailedAgain() {
		Set<OpcUaMonitoredItem> again = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Subscribed entry : subscribed.values()) {
			if (entry.failedAsAWhole()) {
				again.add(entry.item());
			}
		}
		if (again.isEmpty()) {
			return true;
		}
		boolean done = resubscriber.whileIdle(() -> {
			boolean none = settle(again, ItemCreation.create(subscription, again));
			if (none) {
				try {
					OrphanedItems.delete(client, subscription);
				} catch (UaException e) {
					LOG.debug("could not look for orphaned monitored items", e);
				}
			}
			return none;
		});
		updateReport();
		return done;
	}

	/** Records the outcomes of a creation again; true when none of {@code again} failed as a whole once more. */
	private boolean settle(Set<OpcUaMonitoredItem> again, List<ItemCreation.Outcome> outcomes) {
		Map<Binding, ItemCreation.Outcome> byBinding = new IdentityHashMap<>();
		for (ItemCreation.Outcome outcome : outcomes) {
			byBinding.put(outcome.bound().binding(), outcome);
		}
		boolean none = true;
		for (Map.Entry<Binding, Subscribed> entry : subscribed.entrySet()) {
			Subscribed current = entry.getValue();
			if (!current.failedAsAWhole() || !again.contains(current.item())) {
				continue;
			}
			ItemCreation.Outcome outcome = byBinding.get(entry.getKey());
			BoundItem bound = BoundItem.of(current.item());
			if (outcome != null) {
				entry.setValue(
						new Subscribed(current.item(), current.key(), outcome.status(), outcome.failedAsAWhole()));
				none &= !outcome.failedAsAWhole();
			} else if (current.item().getSyncState() != OpcUaMonitoredItem.SyncState.INITIAL) {
				// created meanwhile with its subscription (Resubscriber): no longer ours to create
				entry.setValue(new Subscribed(current.item(), current.key(),
						ItemCreation.created(bound, current.item()), false));
			}
		}
		return none;
	}

	/** No value will come until the item is created: an old one of the signal must not look current. */
	private static void showNotCreated(BoundItem bound) {
		bound.showNotCreated(MiloValues.bad(StatusCodes.Bad_WaitingForInitialData, Instant.now()));
	}

	private static int firstTrue(boolean[] flags) {
		for (int i = 0; i < flags.length; i++) {
			if (flags[i]) {
				return i;
			}
		}
		return -1;
	}

	private void updateReport() {
		double revised = subscription.getRevisedPublishingInterval().orElse(requestedInterval);
		report = new SubscriptionReport(subscribed.values().stream().map(Subscribed::status).toList(), revised);
	}

	public SubscriptionReport report() {
		return report;
	}

	/**
	 * Asks the server to send every item's current value again (OPC UA ResendData), without waiting. After a
	 * session came back on the same server, its subscription simply goes on: items whose value did not change
	 * while the connection was down would get no value, and stay stale for good.
	 */
	public void resendData(OpcUaClient client) {
		subscription.getSubscriptionId().ifPresent(id -> client.callAsync(List
				.of(new CallMethodRequest(NodeIds.Server, NodeIds.Server_ResendData, new Variant[]{new Variant(id)})))
				.whenComplete((response, failure) -> {
					StatusCode status = failure != null || response.getResults() == null
							|| response.getResults().length == 0 ? null : response.getResults()[0].getStatusCode();
					if (status != null && status.getValue() == StatusCodes.Bad_SubscriptionIdInvalid) {
						// the session came back, its subscription did not (its lifetime ran out, or the server
						// revised it below the session timeout): Milo recreates only after a failed transfer
						resubscriber.recreateUnlessReported(subscription, id,
								"the server no longer knows subscription " + id);
					} else if (status == null || !status.isGood()) {
						// a recreated subscription (transfer failed) sends its values as its items are created
						LOG.debug("ResendData for subscription {} after a reconnect: {}", id,
								failure != null ? failure.getMessage() : status);
					}
				}));
	}

	public void delete() {
		retry.close();
		resubscriber.close();
		try {
			subscription.delete();
		} catch (UaException e) {
			LOG.debug("subscription already gone", e);
		}
	}

	private static OpcUaMonitoredItem item(NodeIdResolver.Batch resolver, BoundItem bound)
			throws InvalidNodeIdException {
		Binding binding = bound.binding();
		OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(resolver.resolve(binding.getNodeId()));
		item.setSamplingInterval(binding.getSamplingInterval());
		item.setQueueSize(uint(Math.max(1, binding.getQueueSize())));
		item.setDiscardOldest(true);
		item.setFilter(DeadbandFallback.requested(binding));
		item.setUserObject(bound);
		item.setDataValueListener(bound);
		return item;
	}

	/**
	 * One binding's monitored item, what it was made from, the server's answer, and whether the item is still to be
	 * created because its request failed as a whole.
	 */
	private record Subscribed(OpcUaMonitoredItem item, SubscribedKey key, BindingStatus status,
			boolean failedAsAWhole) {
	}
}
