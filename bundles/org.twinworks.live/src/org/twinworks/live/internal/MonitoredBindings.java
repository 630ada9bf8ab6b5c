package org.twinworks.live.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.live.BindingStatus;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.DeadbandKind;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;

/**
 * One subscription with a monitored item per binding. Milo splits the creation into calls of at most the
 * server's MaxMonitoredItemsPerCall; here each item's own result is kept, so a bad node id costs only its
 * binding, and the report lists the bindings in the order they were given. The data listener only hands the
 * value to the store's bounded inbox.
 */
public final class MonitoredBindings {
	private static final Logger LOG = LoggerFactory.getLogger(MonitoredBindings.class);

	private final OpcUaSubscription subscription;
	private final SubscriptionReport report;

	private MonitoredBindings(OpcUaSubscription subscription, SubscriptionReport report) {
		this.subscription = subscription;
		this.report = report;
	}

	public static MonitoredBindings create(OpcUaClient client, double publishingInterval,
			Collection<Binding> bindings, ValueStore store) throws UaException {
		OpcUaSubscription subscription = new OpcUaSubscription(client, publishingInterval);
		subscription.setSubscriptionListener(new RecreateOnTransferFailure());
		subscription.create();
		List<Binding> ordered = List.copyOf(bindings);
		BindingStatus[] statuses = new BindingStatus[ordered.size()];
		List<OpcUaMonitoredItem> items = new ArrayList<>(ordered.size());
		NodeIdResolver.Batch resolver = NodeIdResolver.batch(client.getNamespaceTable());
		for (int i = 0; i < ordered.size(); i++) {
			try {
				items.add(item(resolver, new BoundItem(i, ordered.get(i), store)));
			} catch (InvalidNodeIdException | NodeIdResolver.UnknownNamespaceException e) {
				statuses[i] = new BindingStatus(ordered.get(i), false, e.getMessage(), null, null);
			}
		}
		subscription.addMonitoredItems(items);
		for (MonitoredItemServiceOperationResult result : subscription.createMonitoredItems()) {
			BoundItem bound = BoundItem.of(result.monitoredItem());
			statuses[bound.position()] = status(bound.binding(), result);
		}
		for (int i = 0; i < statuses.length; i++) {
			if (statuses[i] == null) {
				// Milo answers every item it sent; should it not, the binding is reported, not lost in a null
				statuses[i] = new BindingStatus(ordered.get(i), false, "no result from the server", null, null);
			}
		}
		double revised = subscription.getRevisedPublishingInterval().orElse(publishingInterval);
		return new MonitoredBindings(subscription, new SubscriptionReport(List.of(statuses), revised));
	}

	public SubscriptionReport report() {
		return report;
	}

	public void delete() {
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
		if (binding.getDeadbandKind() != DeadbandKind.NONE) {
			DeadbandType type = binding.getDeadbandKind() == DeadbandKind.PERCENT ? DeadbandType.Percent
					: DeadbandType.Absolute;
			item.setFilter(new DataChangeFilter(DataChangeTrigger.StatusValue, uint(type.getValue()),
					binding.getDeadbandValue()));
		}
		item.setUserObject(bound);
		item.setDataValueListener(bound);
		return item;
	}

	private static BindingStatus status(Binding binding, MonitoredItemServiceOperationResult result) {
		OpcUaMonitoredItem item = result.monitoredItem();
		if (result.isGood()) {
			return new BindingStatus(binding, true, "Good", item.getRevisedSamplingInterval().orElse(null),
					item.getRevisedQueueSize().map(q -> q.longValue()).orElse(null));
		}
		StatusCode code = result.operationResult().orElse(result.serviceResult());
		return new BindingStatus(binding, false, MiloValues.statusName(code.getValue()) + " (" + binding.getNodeId() + ")",
				null, null);
	}

	/** Milo tries to transfer a subscription once after a reconnect; when that fails, it is ours to recreate. */
	private static final class RecreateOnTransferFailure implements OpcUaSubscription.SubscriptionListener {
		@Override
		public void onTransferFailed(OpcUaSubscription subscription, StatusCode status) {
			LOG.info("subscription transfer failed ({}): recreating {} monitored items", MiloValues.statusName(
					status.getValue()), subscription.getMonitoredItems().size());
			Thread.ofVirtual().name("twinworks-resubscribe").start(() -> {
				try {
					subscription.create();
					subscription.createMonitoredItems();
				} catch (UaException e) {
					LOG.warn("could not recreate the subscription after a reconnect: {}", e.getMessage());
				}
			});
		}
	}
}
