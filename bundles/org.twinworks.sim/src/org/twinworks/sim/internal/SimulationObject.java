// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.List;

import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNodeContext;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;

/**
 * The object {@code nsu=<plant namespace>;s=Simulation} under Objects, with the methods a headless commissioning
 * run uses to drive inputs as an engineer with a calibrator would: Force(tag, value), Release(tag), ReleaseAll()
 * and SetTripFails(interlockTag, fails). Each method is put on the server's method allow-list.
 */
final class SimulationObject {
	static final String ID = "Simulation";

	private SimulationObject() {
	}

	/** The node ids the object and its methods take; the object is not added when one of them is taken. */
	static List<NodeId> nodeIds(int namespaceIndex) {
		return List.of(new NodeId(namespaceIndex, ID), new NodeId(namespaceIndex, ID + "/Force"),
				new NodeId(namespaceIndex, ID + "/Release"), new NodeId(namespaceIndex, ID + "/ReleaseAll"),
				new NodeId(namespaceIndex, ID + "/SetTripFails"));
	}

	static void add(UaNodeContext context, int namespaceIndex, PlantStimulation stimulation,
			MethodAllowList allowList) {
		UaObjectNode object = UaObjectNode.builder(context).setNodeId(new NodeId(namespaceIndex, ID))
				.setBrowseName(new QualifiedName(namespaceIndex, ID)).setDisplayName(LocalizedText.english(ID))
				.setDescription(LocalizedText.english("Stimulation of the virtual plant: force and release signals,"
						+ " make interlock trips fail (for commissioning drills)"))
				.build();
		context.getNodeManager().addNode(object);
		object.addReference(new Reference(object.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(),
				Reference.Direction.INVERSE));
		Argument tag = StimulusMethod.argument("tag", NodeIds.String, "the tag of a simulated signal");
		method(context, namespaceIndex, object, allowList, "Holds the signal's true value at value until released",
				new StimulusMethod("Force",
						List.of(tag,
								StimulusMethod.argument("value", NodeIds.Double,
										"the true value to hold (beyond the range shows as Uncertain)")),
						a -> stimulation.force((String) a[0], (Double) a[1])));
		method(context, namespaceIndex, object, allowList, "Lets the simulation move the signal again",
				new StimulusMethod("Release", List.of(tag), a -> stimulation.release((String) a[0])));
		method(context, namespaceIndex, object, allowList, "Releases every forced signal",
				new StimulusMethod("ReleaseAll", List.of(), a -> stimulation.releaseAll()));
		method(context, namespaceIndex, object, allowList,
				"Makes an interlock's trip fail (condition evaluated, nothing forced) or act again",
				new StimulusMethod("SetTripFails",
						List.of(StimulusMethod.argument("interlockTag", NodeIds.String, "the tag of an interlock"),
								StimulusMethod.argument("fails", NodeIds.Boolean, "true: the trip does not act")),
						a -> stimulation.failTrip((String) a[0], (Boolean) a[1])));
	}

	private static void method(UaNodeContext context, int namespaceIndex, UaObjectNode object,
			MethodAllowList allowList, String description, StimulusMethod handler) {
		UaMethodNode method = UaMethodNode.builder(context)
				.setNodeId(new NodeId(namespaceIndex, ID + "/" + handler.name()))
				.setBrowseName(new QualifiedName(namespaceIndex, handler.name()))
				.setDisplayName(LocalizedText.english(handler.name()))
				.setDescription(LocalizedText.english(description)).setExecutable(true).setUserExecutable(true).build();
		context.getNodeManager().addNode(method);
		if (handler.inputArguments().length > 0) {
			method.setInputArguments(handler.inputArguments());
		}
		method.setOutputArguments(new Argument[0]);
		method.setInvocationHandler(handler);
		object.addComponent(method);
		allowList.allow(method.getNodeId());
	}
}
