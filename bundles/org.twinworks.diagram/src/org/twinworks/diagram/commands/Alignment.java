// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.notation.Node;

/** Align and distribute, relative to the first node (the primary selection), as Visio and GEF editors do. */
public enum Alignment {
	LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM;

	public Command command(EditingDomain domain, List<Node> nodes) {
		if (nodes.size() < 2) {
			return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
		}
		Node reference = nodes.get(0);
		Map<Node, Point> positions = new LinkedHashMap<>();
		for (Node n : nodes) {
			int x = n.getX(), y = n.getY();
			switch (this) {
			case LEFT -> x = reference.getX();
			case CENTER -> x = reference.getX() + reference.getWidth() / 2 - n.getWidth() / 2;
			case RIGHT -> x = reference.getX() + reference.getWidth() - n.getWidth();
			case TOP -> y = reference.getY();
			case MIDDLE -> y = reference.getY() + reference.getHeight() / 2 - n.getHeight() / 2;
			case BOTTOM -> y = reference.getY() + reference.getHeight() - n.getHeight();
			}
			positions.put(n, new Point(x, y));
		}
		return NotationCommands.move(domain, positions);
	}

	/** Equal gaps between the nodes, keeping the outermost two where they are. */
	public static Command distribute(EditingDomain domain, List<Node> nodes, boolean horizontally) {
		if (nodes.size() < 3) {
			return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
		}
		List<Node> sorted = new ArrayList<>(nodes);
		sorted.sort(Comparator.comparingInt(n -> horizontally ? n.getX() : n.getY()));
		Node first = sorted.get(0), last = sorted.get(sorted.size() - 1);
		int start = horizontally ? first.getX() : first.getY();
		int end = horizontally ? last.getX() + last.getWidth() : last.getY() + last.getHeight();
		int total = 0;
		for (Node n : sorted) {
			total += horizontally ? n.getWidth() : n.getHeight();
		}
		double gap = (end - start - total) / (double) (sorted.size() - 1);
		Map<Node, Point> positions = new LinkedHashMap<>();
		double at = start;
		for (Node n : sorted) {
			int v = (int) Math.round(at);
			positions.put(n, horizontally ? new Point(v, n.getY()) : new Point(n.getX(), v));
			at += (horizontally ? n.getWidth() : n.getHeight()) + gap;
		}
		return NotationCommands.move(domain, positions);
	}
}
