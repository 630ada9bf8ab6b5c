// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.live.BindingStatus;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;

/**
 * One subscription with a monitored item per binding. Milo splits the creation into calls of at most the
 * server's MaxMonitoredItemsPerCall; here each item's own result is kept, so a bad node id costs only its
 * binding, a refused deadband filter costs it only its deadband ({@link DeadbandFallback}), and the report lists
 * the bindings in the order they were given. The data listener only hands the value to the store's bounded inbox.
 */
public final class MonitoredBindings {
	private static final Logger LOG = LoggerFactory.getLogger(MonitoredBindings.class);

	private final OpcUaSubscription subscription;
	private final Resubscriber resubscriber;
	private final ValueStore store;
	private final double requestedInterval;
	// per binding, in subscription order: its item (null when its node id never resolved), what it was
	// subscribed as, and the server's answer
	private final Map<Binding, Subscribed> subscribed = new LinkedHashMap<>();
	private SubscriptionReport report;

	private MonitoredBindings(OpcUaSubscription subscription, Resubscriber resubscriber, ValueStore store,
			double requestedInterval) {
		this.subscription = subscription;
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
		MonitoredBindings monitored = new MonitoredBindings(subscription, resubscriber, store, publishingInterval);
		monitored.add(client, List.copyOf(bindings));
		monitored.updateReport();
		return monitored;
	}

	/**
	 * Makes the subscription monitor exactly {@code wanted}: items of bindings no longer wanted, or whose node,
	 * signal, sampling, queue or deadband changed, are deleted; new and changed ones are created, in one call
	 * each. Unchanged items keep running untouched. Returns the new report.
	 */
	public SubscriptionReport update(OpcUaClient client, Collection<Binding> wanted) {
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
			add(client, added);
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

	private void add(OpcUaClient client, List<Binding> ordered) {
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
		String[] fallbacks = new String[ordered.size()];
		// only this batch: items refused earlier stay INITIAL and must not be retried behind the caller's back
		List<MonitoredItemServiceOperationResult> results = items.isEmpty()
				? List.of()
				: subscription.createMonitoredItems(fresh::contains);
		// Percent → absolute → none: at most two weaker filters, so at most two more calls for the refused ones
		for (int round = 0; round < 2; round++) {
			List<MonitoredItemServiceOperationResult> settled = new ArrayList<>();
			Set<OpcUaMonitoredItem> retry = Collections.newSetFromMap(new IdentityHashMap<>());
			for (MonitoredItemServiceOperationResult result : results) {
				OpcUaMonitoredItem item = result.monitoredItem();
				BoundItem bound = BoundItem.of(item);
				long code = result.operationResult().orElse(result.serviceResult()).getValue();
				DeadbandFallback.Fallback fallback = result.isGood() || !DeadbandFallback.refusedFilter(code)
						? null
						: DeadbandFallback.after(bound.binding(), (DataChangeFilter) item.getFilter(),
								MiloValues.statusName(code));
				if (fallback == null) {
					settled.add(result);
				} else {
					item.setFilter(fallback.filter());
					fallbacks[bound.position()] = fallback.description();
					retry.add(item);
				}
			}
			if (retry.isEmpty()) {
				break;
			}
			settled.addAll(subscription.createMonitoredItems(retry::contains));
			results = settled;
		}
		for (MonitoredItemServiceOperationResult result : results) {
			BoundItem bound = BoundItem.of(result.monitoredItem());
			statuses[bound.position()] = status(bound.binding(), result, fallbacks[bound.position()]);
		}
		for (int i = 0; i < statuses.length; i++) {
			if (statuses[i] == null) {
				// Milo answers every item it sent; should it not, the binding is reported, not lost in a null
				statuses[i] = new BindingStatus(ordered.get(i), false, "no result from the server", null, null);
			}
			subscribed.put(ordered.get(i), new Subscribed(created[i], SubscribedKey.of(ordered.get(i)), statuses[i]));
		}
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

	private static BindingStatus status(Binding binding, MonitoredItemServiceOperationResult result, String fallback) {
		OpcUaMonitoredItem item = result.monitoredItem();
		if (result.isGood()) {
			return new BindingStatus(binding, true, "Good", item.getRevisedSamplingInterval().orElse(null),
					item.getRevisedQueueSize().map(q -> q.longValue()).orElse(null), fallback);
		}
		StatusCode code = result.operationResult().orElse(result.serviceResult());
		return new BindingStatus(binding, false,
				MiloValues.statusName(code.getValue()) + " (" + binding.getNodeId() + ")", null, null);
	}

	/** One binding's monitored item, what it was made from, and the server's answer. */
	private record Subscribed(OpcUaMonitoredItem item, SubscribedKey key, BindingStatus status) {
	}
}
