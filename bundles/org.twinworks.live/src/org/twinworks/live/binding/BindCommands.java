// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.binding;

import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.TwinPackage;

/**
 * Binding signals to browsed nodes as EMF commands on the editor's stack: a signal's existing binding is
 * re-pointed (endpoint, node id, active), otherwise a new binding is added to the twin. Undo restores exactly
 * what was there.
 */
public final class BindCommands {
	private static final TwinPackage P = TwinPackage.eINSTANCE;

	private BindCommands() {
	}

	/** Binds one signal to {@code nodeId} (model form, {@code nsu=...;s=...}) on {@code endpoint}. */
	public static Command bind(EditingDomain domain, Signal signal, Endpoint endpoint, String nodeId) {
		CompoundCommand command = new CompoundCommand("Bind " + signal.getTag() + " to " + nodeId);
		append(command, domain, signal, endpoint, nodeId);
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/** Binds every signal of {@code nodeIds} as one command (one undo). */
	public static Command bindAll(EditingDomain domain, Map<Signal, String> nodeIds, Endpoint endpoint) {
		CompoundCommand command = new CompoundCommand("Bind " + nodeIds.size() + " signals");
		nodeIds.forEach((signal, nodeId) -> append(command, domain, signal, endpoint, nodeId));
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/** The binding a signal has: its active one, else any, else null. */
	public static @Nullable Binding bindingOf(Signal signal) {
		Plant plant = plantOf(signal);
		if (plant == null || plant.getTwin() == null) {
			return null;
		}
		Binding any = null;
		for (Binding binding : plant.getTwin().getBindings()) {
			if (binding.getSignal() == signal) {
				if (binding.isActive()) {
					return binding;
				}
				any = any == null ? binding : any;
			}
		}
		return any;
	}

	private static void append(CompoundCommand command, EditingDomain domain, Signal signal, Endpoint endpoint,
			String nodeId) {
		Plant plant = plantOf(signal);
		if (plant == null || plant.getTwin() == null || plantOf(endpoint) != plant) {
			command.append(UnexecutableCommand.INSTANCE);
			return;
		}
		Binding existing = bindingOf(signal);
		if (existing == null) {
			Binding binding = TwinFactory.eINSTANCE.createBinding();
			binding.setSignal(signal);
			binding.setEndpoint(endpoint);
			binding.setNodeId(nodeId);
			command.append(AddCommand.create(domain, plant.getTwin(), P.getTwin_Bindings(), binding));
			return;
		}
		if (existing.getEndpoint() != endpoint) {
			command.append(SetCommand.create(domain, existing, P.getBinding_Endpoint(), endpoint));
		}
		if (!nodeId.equals(existing.getNodeId())) {
			command.append(SetCommand.create(domain, existing, P.getBinding_NodeId(), nodeId));
		}
		if (!existing.isActive()) {
			command.append(SetCommand.create(domain, existing, P.getBinding_Active(), Boolean.TRUE));
		}
	}

	/**
	 * The endpoint of {@code plant} a browsed node's server stands for: the connection's own endpoint when the
	 * plant is the connection's model, else the plant's endpoint with the same URL, else null.
	 */
	public static @Nullable Endpoint endpointIn(@Nullable Plant plant, BindableNode node) {
		Endpoint browsed = node.endpoint();
		if (plantOf(browsed) == plant) {
			return browsed;
		}
		if (plant == null || plant.getTwin() == null) {
			return null;
		}
		return plant.getTwin().getEndpoints().stream()
				.filter(e -> e.getUrl() != null && e.getUrl().equals(browsed.getUrl())).findFirst().orElse(null);
	}

	/** The plant an element belongs to, or null. */
	public static @Nullable Plant plantOf(org.eclipse.emf.ecore.@Nullable EObject element) {
		return element != null && EcoreUtil.getRootContainer(element) instanceof Plant plant ? plant : null;
	}
}
