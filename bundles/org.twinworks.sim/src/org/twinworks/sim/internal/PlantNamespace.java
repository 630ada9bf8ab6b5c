// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.Lifecycle;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.twinworks.model.Binding;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.NodeIds.ParsedNodeId;
import org.twinworks.sim.Fault;
import org.twinworks.sim.ServerBehaviour;
import org.twinworks.sim.VirtualPlantConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plant's namespace: folders Objects/plant/area/.../equipment with one variable per served binding, and
 * the ticker that steps the simulation and pushes changed values (sampled for subscriptions by Milo's
 * SubscriptionModel, which is cheap at the scale of a plant model; with {@code pushTickValues}, items sampling at
 * the tick's rate get the values from the tick instead, see {@link PushedItems}).
 */
final class PlantNamespace extends ManagedNamespaceWithLifecycle {
	private static final Logger LOG = LoggerFactory.getLogger(PlantNamespace.class);

	private final SubscriptionModel sampling;
	private final Plant plant;
	private final ServedBindings bindings;
	private final PlantDynamics dynamics;
	private final Duration tick;
	private final boolean counting;
	private final ServerBehaviour behaviour;
	private final Map<String, ServedSignal> servedByTag = new HashMap<>();
	// read by Milo's threads when items are created, filled when the namespace starts
	private final Map<NodeId, ServedSignal> servedByNode = new ConcurrentHashMap<>();
	private final PushedItems pushed;
	private final List<ServedSignal> served = new ArrayList<>();
	private final Map<String, UaFolderNode> folders = new HashMap<>();
	private final PlantStimulation stimulation;
	private final MethodAllowList allowedMethods;
	private volatile ScheduledFuture<?> ticker;
	private volatile long ticks;

	/** @param stimulation null to serve no Simulation object */
	PlantNamespace(OpcUaServer server, Plant plant, ServedBindings bindings, PlantDynamics dynamics,
			VirtualPlantConfig config, PlantStimulation stimulation, MethodAllowList allowedMethods) {
		super(server, plant.getNamespaceUri());
		this.stimulation = stimulation;
		this.allowedMethods = allowedMethods;
		Duration tick = config.tickInterval();
		this.behaviour = config.behaviour();
		this.counting = config.countingValues();
		this.pushed = config.pushTickValues() ? new PushedItems(tick.toMillis(), servedByNode::get) : null;
		this.plant = plant;
		this.bindings = bindings;
		this.dynamics = dynamics;
		this.tick = tick;
		sampling = new SubscriptionModel(server, this);
		getLifecycleManager().addLifecycle(sampling);
		getLifecycleManager().addLifecycle(new Lifecycle() {
			@Override
			public void startup() {
				addNodes();
				addSimulationObject();
				ticker = server.getScheduledExecutorService().scheduleAtFixedRate(PlantNamespace.this::tick,
						tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
			}

			@Override
			public void shutdown() {
				ScheduledFuture<?> running = ticker;
				if (running != null) {
					running.cancel(false);
				}
			}
		});
	}

	/** Puts a fault on a served signal; false when no served signal has that tag. */
	boolean inject(String tag, Fault fault) {
		ServedSignal signal = servedByTag.get(tag);
		if (signal != null) {
			signal.setFault(fault == null ? null : new FaultedValue(fault, ticks));
			dynamics.block(tag, fault instanceof Fault.Blocked);
		}
		return signal != null;
	}

	int servedCount() {
		return served.size();
	}

	long ticks() {
		return ticks;
	}

	private void addNodes() {
		UaFolderNode root = folder(null, plant.getName() == null ? "Plant" : plant.getName(), plant.getName());
		root.addReference(new Reference(root.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(),
				Reference.Direction.INVERSE));
		SignalNodeFactory factory = new SignalNodeFactory(this, getNodeContext(),
				behaviour.minimumSamplingInterval() > 0 ? behaviour.minimumSamplingInterval() : tick.toMillis(),
				behaviour.analogProperties());
		for (Map.Entry<Binding, ParsedNodeId> entry : bindings.served().entrySet()) {
			Signal signal = entry.getKey().getSignal();
			NodeId nodeId = factory.nodeId(entry.getValue());
			if (getNodeManager().containsNode(nodeId)) {
				LOG.warn("Virtual plant: {} not served, its node id names a folder", ModelPaths.describe(signal));
				continue;
			}
			SimulatedSignal simulated = dynamics.signal(signal.getTag());
			UaVariableNode node = factory.create(nodeId, simulated);
			getNodeManager().addNode(node);
			factory.addProperties(node, simulated);
			folderOf(signal, root).addOrganizes(node);
			ServedSignal servedSignal = new ServedSignal(simulated, node);
			if (counting) {
				// counting from the start: an item created before the first tick sees 0, then 1, not the simulation
				servedSignal.publishCount(0, DateTime.now());
			}
			served.add(servedSignal);
			servedByTag.putIfAbsent(signal.getTag(), servedSignal);
			servedByNode.put(nodeId, servedSignal);
		}
	}

	private void addSimulationObject() {
		if (stimulation == null) {
			return;
		}
		int ns = getNamespaceIndex().intValue();
		if (SimulationObject.nodeIds(ns).stream().anyMatch(getNodeManager()::containsNode)) {
			LOG.warn("Virtual plant: no Simulation object, a served signal's node id takes its place");
			return;
		}
		SimulationObject.add(getNodeContext(), ns, stimulation, allowedMethods);
	}

	/** The folder of the signal's equipment, created along the model's hierarchy below the plant's folder. */
	private UaFolderNode folderOf(Signal signal, UaFolderNode root) {
		List<EObject> chain = new ArrayList<>();
		for (EObject e = signal.eContainer(); e != null && !(e instanceof Plant); e = e.eContainer()) {
			chain.add(0, e);
		}
		UaFolderNode parent = root;
		String path = root.getBrowseName().name();
		for (EObject level : chain) {
			String label = ModelPaths.label(level);
			path = path + "/" + label;
			parent = folderAt(parent, path, label, level instanceof Named named ? named.getName() : label);
		}
		return parent;
	}

	private UaFolderNode folderAt(UaFolderNode parent, String path, String label, String description) {
		UaFolderNode existing = folders.get(path);
		if (existing != null) {
			return existing;
		}
		UaFolderNode created = folder(path, label, description);
		parent.addOrganizes(created);
		return created;
	}

	private UaFolderNode folder(String path, String label, String description) {
		String id = path == null ? label : path;
		UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId(id), newQualifiedName(label),
				LocalizedText.english(label));
		if (description != null) {
			folder.setDescription(LocalizedText.english(description));
		}
		getNodeManager().addNode(folder);
		folders.put(id, folder);
		return folder;
	}

	private void tick() {
		try {
			double seconds = tick.toMillis() / 1000.0;
			served.forEach(ServedSignal::adoptWrite);
			dynamics.step(seconds);
			long now = ++ticks;
			DateTime time = DateTime.now();
			for (ServedSignal signal : served) {
				if (counting) {
					signal.publishCount(now, time);
				} else {
					signal.publish(now, seconds, time);
				}
			}
		} catch (RuntimeException e) {
			// a failing tick must not cancel the schedule: the plant would silently freeze
			LOG.error("Virtual plant: simulation step failed", e);
		}
	}

	@Override
	public RevisedDataItemParameters onCreateDataItem(ReadValueId item, Double samplingInterval, UInteger queueSize) {
		return new RevisedDataItemParameters(samplingInterval, cappedQueue(queueSize));
	}

	@Override
	public RevisedDataItemParameters onModifyDataItem(ReadValueId item, Double samplingInterval, UInteger queueSize) {
		return new RevisedDataItemParameters(samplingInterval, cappedQueue(queueSize));
	}

	private UInteger cappedQueue(UInteger requested) {
		int cap = behaviour.maxQueueSize();
		return cap > 0 && requested.longValue() > cap ? UInteger.valueOf(cap) : requested;
	}

	@Override
	public void onDataItemsCreated(List<DataItem> items) {
		sampling.onDataItemsCreated(pushed == null ? items : pushed.adopt(items));
	}

	@Override
	public void onDataItemsModified(List<DataItem> items) {
		if (pushed == null) {
			sampling.onDataItemsModified(items);
			return;
		}
		// a new sampling interval can move an item between the tick's push and the sampler: route them afresh
		pushed.drop(items);
		sampling.onDataItemsDeleted(items);
		sampling.onDataItemsCreated(pushed.adopt(items));
	}

	@Override
	public void onDataItemsDeleted(List<DataItem> items) {
		if (pushed != null) {
			pushed.drop(items);
		}
		sampling.onDataItemsDeleted(items);
	}

	@Override
	public void onMonitoringModeChanged(List<MonitoredItem> items) {
		if (pushed != null) {
			pushed.refresh(items);
		}
		sampling.onMonitoringModeChanged(items);
	}
}
