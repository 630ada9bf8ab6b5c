// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.dynamics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;

/**
 * A plant's pipes indexed by the equipment at their ends, read once: walking from a tank visits only the pipes at
 * the equipment it reaches, not every pipe of the plant at every step (which made setting up the shadows of a
 * large plant grow with tanks × pipes). Each list keeps the plant's order of its pipes.
 */
public final class PipeNetwork {
	private final Map<Equipment, List<Connection>> into = new HashMap<>();
	private final Map<Equipment, List<Connection>> outOf = new HashMap<>();
	private final Map<Equipment, List<Connection>> touching = new HashMap<>();

	private PipeNetwork() {
	}

	/** The pipes of {@code plant} with equipment at both ends (other connections and loose ends left out). */
	public static PipeNetwork of(Plant plant) {
		PipeNetwork network = new PipeNetwork();
		for (Connection c : plant.getConnections()) {
			if (c.getKind() != ConnectionKind.PIPE || c.getSource() == null || c.getTarget() == null) {
				continue;
			}
			Equipment from = c.getSource().getEquipment();
			Equipment to = c.getTarget().getEquipment();
			if (from == null || to == null) {
				continue;
			}
			network.outOf.computeIfAbsent(from, e -> new ArrayList<>()).add(c);
			network.into.computeIfAbsent(to, e -> new ArrayList<>()).add(c);
			network.touching.computeIfAbsent(from, e -> new ArrayList<>()).add(c);
			if (to != from) {
				network.touching.computeIfAbsent(to, e -> new ArrayList<>()).add(c);
			}
		}
		return network;
	}

	/** The pipes whose target is {@code equipment}. */
	public List<Connection> into(Equipment equipment) {
		return into.getOrDefault(equipment, List.of());
	}

	/** The pipes whose source is {@code equipment}. */
	public List<Connection> outOf(Equipment equipment) {
		return outOf.getOrDefault(equipment, List.of());
	}

	/** The pipes with {@code equipment} at either end. */
	public List<Connection> touching(Equipment equipment) {
		return touching.getOrDefault(equipment, List.of());
	}
}
