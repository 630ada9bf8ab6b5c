// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.live.binding.BindCommands;

/**
 * Dropping variables dragged from the OPC UA browser onto a signal (model tree, I/O list) or an equipment (tree,
 * diagram) binds them: onto a signal, the one variable dragged; onto an equipment, each variable to the
 * equipment's signal of the same tag (or the same last tag segment: {@code PV} onto {@code PT-101.PV}). One
 * undoable command per drop.
 */
public final class BindDrop {

	private BindDrop() {
	}

	/** The bindable browser nodes a drag carries; empty when it carries anything else. */
	public static List<BrowserNode> dragged(ISelection selection) {
		if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
			return List.of();
		}
		List<BrowserNode> nodes = new ArrayList<>();
		for (Object o : s.toList()) {
			if (!(o instanceof BrowserNode node) || !node.bindable()) {
				return List.of();
			}
			nodes.add(node);
		}
		return nodes;
	}

	/** What the current drag carries, as {@link #dragged(ISelection)}. */
	public static List<BrowserNode> dragged() {
		return dragged(LocalSelectionTransfer.getTransfer().getSelection());
	}

	/** The command that binds {@code nodes} dropped on {@code target} (a Signal or an Equipment). */
	public static Command command(EditingDomain domain, Object target, List<BrowserNode> nodes) {
		if (nodes.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		if (target instanceof Signal signal) {
			return nodes.size() == 1 ? bind(domain, signal, nodes.get(0)) : UnexecutableCommand.INSTANCE;
		}
		if (!(target instanceof Equipment equipment)) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand all = new CompoundCommand("Bind " + nodes.size() + " signals of " + equipment.getTag());
		for (BrowserNode node : nodes) {
			Signal signal = signalFor(equipment, node, nodes.size() == 1);
			if (signal == null) {
				return UnexecutableCommand.INSTANCE;
			}
			all.append(bind(domain, signal, node));
		}
		return all.unwrap();
	}

	private static Command bind(EditingDomain domain, Signal signal, BrowserNode node) {
		Endpoint endpoint = BindCommands.endpointIn(BindCommands.plantOf(signal), node);
		return endpoint == null
				? UnexecutableCommand.INSTANCE
				: BindCommands.bind(domain, signal, endpoint, node.node().nodeId());
	}

	/** The equipment's signal a variable stands for, by tag; the only signal when {@code alone} and no tag matches. */
	static Signal signalFor(Equipment equipment, BrowserNode node, boolean alone) {
		String name = node.node().browseName();
		for (Signal signal : equipment.getSignals()) {
			if (name.equals(signal.getTag())) {
				return signal;
			}
		}
		String last = lastSegment(name);
		List<Signal> bySuffix = equipment.getSignals().stream().filter(s -> last.equals(lastSegment(s.getTag())))
				.toList();
		if (bySuffix.size() == 1) {
			return bySuffix.get(0);
		}
		return alone && equipment.getSignals().size() == 1 ? equipment.getSignals().get(0) : null;
	}

	private static String lastSegment(String tag) {
		if (tag == null) {
			return "";
		}
		int cut = Math.max(tag.lastIndexOf('.'), tag.lastIndexOf('/'));
		return tag.substring(cut + 1);
	}
}
