// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.model.Access;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.sim.dynamics.PipeNetwork;
import org.twinworks.sim.dynamics.PumpFlows;

/**
 * A shadow for everything of the plant the virtual plant gives dynamics to: each tank level (mass balance), each
 * loop's measurement that is not a tank level (setpoint response), each analog feedback beside its reference
 * (POS/OUT, X/X_SP). Boolean feedbacks (RUN/CMD) are judged by the built-in feedback-follows-command.
 */
public final class ShadowProvider implements DetectorProvider {
	private final ShadowSettings settings;

	public ShadowProvider() {
		this(ShadowSettings.DEFAULTS);
	}

	public ShadowProvider(ShadowSettings settings) {
		this.settings = settings;
	}

	@Override
	public List<Detector> detectorsFor(Plant plant) {
		return List.copyOf(shadowsOf(plant));
	}

	/** The shadows of a plant, typed, for those that want their curves. */
	public List<ShadowDetector> shadowsOf(Plant plant) {
		List<ShadowDetector> shadows = new ArrayList<>();
		Set<Signal> compared = new HashSet<>();
		PipeNetwork pipes = PipeNetwork.of(plant);
		PumpFlows flows = new PumpFlows(pipes, e -> () -> true, e -> 1, e -> true, () -> 0);
		Map<Signal, ControlLoop> loopOf = new HashMap<>();
		Set<Signal> outputs = new HashSet<>();
		for (ControlLoop l : plant.getControlLoops()) {
			if (l.getMeasuredValue() != null && l.getSetpoint() != null && l.getOutput() != null) {
				loopOf.putIfAbsent(l.getMeasuredValue(), l);
				outputs.add(l.getOutput());
			}
		}
		for (Signal signal : signals(plant)) {
			if (!ShadowRoles.numeric(signal) || !ShadowRoles.ranged(signal) || outputs.contains(signal)
					|| compared.contains(signal)) {
				continue;
			}
			@Nullable
			ControlLoop loop = loopOf.get(signal);
			Equipment owner = ModelPaths.owningEquipment(signal);
			Equipment tank = PumpFlows.isLevel(signal) ? flows.tankOf(owner) : null;
			ShadowInputs inputs = new ShadowInputs();
			@Nullable
			ShadowModel model = null;
			if (tank != null && (loop != null || !ShadowRoles.temperature(signal))
					&& signal.getAccess() != Access.READ_WRITE) {
				model = new TankShadow(pipes, signal, tank, loop == null ? null : new LoopResponse(loop), inputs);
			} else if (loop != null) {
				model = new LoopShadow(loop);
			} else if (owner != null) {
				Signal reference = referenceOf(signal, owner);
				if (reference != null && ShadowRoles.numeric(reference)) {
					model = new FeedbackShadow(signal, reference);
				}
			}
			if (model != null) {
				compared.add(signal);
				shadows.add(new ShadowDetector(model, inputs, settings));
			}
		}
		return shadows;
	}

	private static @Nullable Signal referenceOf(Signal feedback, Equipment owner) {
		String suffix = ShadowRoles.suffix(feedback);
		if (suffix.equals("POS")) {
			return ShadowRoles.sibling(owner, "OUT");
		}
		return suffix.isEmpty() || suffix.endsWith("_SP") ? null : ShadowRoles.sibling(owner, suffix + "_SP");
	}

	private static List<Signal> signals(Plant plant) {
		List<Signal> signals = new ArrayList<>();
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal signal && signal.eContainer() instanceof Equipment) {
				signals.add(signal);
			}
		}
		return signals;
	}
}
