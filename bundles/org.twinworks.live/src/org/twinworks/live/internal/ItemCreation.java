// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.twinworks.live.BindingStatus;
import org.twinworks.model.Binding;

/**
 * Creates monitored items on the server and says per item what came of it. Milo splits the creation into calls of
 * at most the server's MaxMonitoredItemsPerCall; each item's own result is kept, so a bad node id costs only its
 * binding, and a refused deadband filter costs it only its deadband ({@link DeadbandFallback}). A call that failed
 * as a whole (Bad_Timeout, the session lost...) refuses none of its nodes: its items are marked to be created again.
 */
final class ItemCreation {
	private ItemCreation() {
	}

	/**
	 * One item's outcome.
	 *
	 * @param failedAsAWhole its call failed (service result), so it is not created and should be tried again
	 */
	record Outcome(BoundItem bound, BindingStatus status, boolean failedAsAWhole) {
	}

	/** Creates those of {@code items} that are not created yet (Milo's INITIAL); one outcome for each of them. */
	static List<Outcome> create(OpcUaSubscription subscription, Set<OpcUaMonitoredItem> items) {
		// only these: items refused earlier stay INITIAL and must not be retried behind the caller's back
		List<MonitoredItemServiceOperationResult> results = items.isEmpty()
				? List.of()
				: subscription.createMonitoredItems(items::contains);
		// Percent → absolute → none: at most two weaker filters, so at most two more calls for the refused ones
		for (int round = 0; round < 2; round++) {
			List<MonitoredItemServiceOperationResult> settled = new ArrayList<>();
			Set<OpcUaMonitoredItem> retry = Collections.newSetFromMap(new IdentityHashMap<>());
			for (MonitoredItemServiceOperationResult result : results) {
				OpcUaMonitoredItem item = result.monitoredItem();
				BoundItem bound = BoundItem.of(item);
				long code = result.operationResult().orElse(result.serviceResult()).getValue();
				DeadbandFallback.Fallback fallback = result.isGood() || !result.serviceResult().isGood()
						|| !DeadbandFallback.refusedFilter(code)
								? null
								: DeadbandFallback.after(bound.binding(), (DataChangeFilter) item.getFilter(),
										MiloValues.statusName(code));
				if (fallback == null) {
					settled.add(result);
				} else {
					item.setFilter(fallback.filter());
					bound.fellBackTo(fallback.description());
					retry.add(item);
				}
			}
			if (retry.isEmpty()) {
				break;
			}
			settled.addAll(subscription.createMonitoredItems(retry::contains));
			results = settled;
		}
		List<Outcome> outcomes = new ArrayList<>(results.size());
		for (MonitoredItemServiceOperationResult result : results) {
			BoundItem bound = BoundItem.of(result.monitoredItem());
			boolean failedAsAWhole = !result.serviceResult().isGood();
			outcomes.add(new Outcome(bound, status(bound, result), failedAsAWhole));
		}
		return outcomes;
	}

	/** The status of an item created on the server (by us or by a recreation of its subscription). */
	static BindingStatus created(BoundItem bound, OpcUaMonitoredItem item) {
		return new BindingStatus(bound.binding(), true, "Good", item.getRevisedSamplingInterval().orElse(null),
				item.getRevisedQueueSize().map(q -> q.longValue()).orElse(null), bound.fallback());
	}

	private static BindingStatus status(BoundItem bound, MonitoredItemServiceOperationResult result) {
		if (result.isGood()) {
			return created(bound, result.monitoredItem());
		}
		Binding binding = bound.binding();
		StatusCode code = result.operationResult().orElse(result.serviceResult());
		String text = MiloValues.statusName(code.getValue()) + " (" + binding.getNodeId() + ")";
		if (!result.serviceResult().isGood()) {
			text += ": the request failed as a whole; creating it again";
		}
		return new BindingStatus(binding, false, text, null, null);
	}
}
