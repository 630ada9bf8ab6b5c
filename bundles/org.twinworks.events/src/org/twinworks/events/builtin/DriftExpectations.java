// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Access;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.sim.dynamics.PumpFlows;
import org.twinworks.sim.dynamics.TimeConstants;

/**
 * Reads from the model which {@link DriftExpectation} explains each analog signal, as the virtual plant's planner
 * decides its behaviour (so the twin expects what the virtual plant does, as the shadow does): a loop's measurement
 * follows its setpoint (unless its controller's MODE is Manual); a feedback its reference (POS/OUT, X/X_SP) while its
 * machine runs; a ranged, read-only measurement with a nominal value in the model its nominal value (while its
 * machine runs; temperatures always); a level (by name or unit, beside a tank) is moved besides by the pumps that
 * fill and empty the tank through the pipes. A signal the model gives none of these (no loop, no reference, no
 * nominal value) has no expectation: its drift chart charts its window means against its own history, as before.
 */
public final class DriftExpectations {
	private static final Set<String> TEMPERATURE_UNITS = Set.of("CEL", "FAH", "KEL");

	private final Map<Signal, ControlLoop> measuredBy = new HashMap<>();
	private final Map<Signal, ControlLoop> outputOf = new HashMap<>();
	private final PumpFlows flows;

	public DriftExpectations(Plant plant) {
		for (ControlLoop loop : plant.getControlLoops()) {
			if (loop.getMeasuredValue() != null && loop.getSetpoint() != null && loop.getOutput() != null) {
				measuredBy.putIfAbsent(loop.getMeasuredValue(), loop);
				outputOf.putIfAbsent(loop.getOutput(), loop);
			}
		}
		flows = new PumpFlows(plant, e -> () -> true, e -> 1);
	}

	/** What the twin expects of {@code signal}, or null when it expects nothing in particular. */
	public @Nullable DriftExpectation of(Signal signal) {
		if (!SignalRoles.isNumeric(signal) || outputOf.containsKey(signal)) {
			return null;
		}
		Equipment owner = signal.getEquipment();
		List<Signal> context = new ArrayList<>();
		ControlLoop loop = measuredBy.get(signal);
		if (loop != null) {
			context.add(loop.getSetpoint());
			Equipment controller = loop.getSetpoint().getEquipment();
			Signal mode = controller == null ? null : SignalRoles.sibling(controller, "MODE");
			int modeSlot = -1;
			int manual = 0;
			if (mode != null && mode.getDataType() == SignalDataType.ENUMERATION) {
				modeSlot = add(context, mode);
				manual = manualIndex(mode);
			}
			List<DriftExpectation.Pump> pumps = pumps(signal, context);
			return new DriftExpectation(signal, DriftExpectation.Kind.LOOP, TimeConstants.LOOP, context, 0, Double.NaN,
					-1, modeSlot, manual, pumps, levelRate(signal));
		}
		Signal reference = owner == null ? null : referenceOf(signal, owner);
		if (reference != null) {
			context.add(reference);
			int run = runSlot(owner, context);
			return new DriftExpectation(signal, DriftExpectation.Kind.FOLLOW, TimeConstants.FOLLOW, context, 0,
					Double.NaN, run, -1, 0, List.of(), 0);
		}
		Double nominal = nominal(signal);
		if (nominal == null || SignalRoles.span(signal) <= 0 || signal.getAccess() == Access.READ_WRITE
				|| "HUR".equals(unitCode(signal))) {
			return null;
		}
		int run = TEMPERATURE_UNITS.contains(unitCode(signal)) ? -1 : runSlot(owner, context);
		List<DriftExpectation.Pump> pumps = pumps(signal, context);
		return new DriftExpectation(signal, DriftExpectation.Kind.WANDER, TimeConstants.WANDER, context, -1, nominal,
				run, -1, 0, pumps, levelRate(signal));
	}

	/** The pumps that move the level {@code signal} measures, their signals added to the context; none for others. */
	private List<DriftExpectation.Pump> pumps(Signal signal, List<Signal> context) {
		Equipment tank = PumpFlows.isLevel(signal) ? flows.tankOf(signal.getEquipment()) : null;
		if (tank == null) {
			return List.of();
		}
		List<DriftExpectation.Pump> pumps = new ArrayList<>();
		for (boolean filling : new boolean[]{true, false}) {
			for (Equipment pump : flows.pumps(tank, filling)) {
				int run = runSlot(pump, context);
				Signal speed = speedOf(pump);
				int speedSlot = speed == null || SignalRoles.span(speed) <= 0 ? -1 : add(context, speed);
				pumps.add(new DriftExpectation.Pump(run, speedSlot, speedSlot < 0 ? 0 : speed.getRangeLow(),
						speedSlot < 0 ? 1 : SignalRoles.span(speed), filling));
			}
		}
		return pumps;
	}

	private static double levelRate(Signal signal) {
		return PumpFlows.isLevel(signal) ? PumpFlows.SPAN_PER_SECOND_AT_FULL_FLOW * SignalRoles.span(signal) : 0;
	}

	/** The slot of the running feedback of the machine {@code equipment} belongs to, -1 when it has none. */
	private static int runSlot(@Nullable Equipment equipment, List<Signal> context) {
		for (EObject e = equipment; e instanceof Equipment candidate; e = e.eContainer()) {
			Signal run = SignalRoles.sibling(candidate, "RUN");
			if (run != null) {
				return add(context, run);
			}
		}
		return -1;
	}

	private static int add(List<Signal> context, Signal signal) {
		int index = context.indexOf(signal);
		if (index >= 0) {
			return index;
		}
		context.add(signal);
		return context.size() - 1;
	}

	/** A pump's speed feedback: its own SPD, else its drive's. */
	private static @Nullable Signal speedOf(Equipment pump) {
		Signal speed = SignalRoles.sibling(pump, "SPD");
		for (Equipment child : pump.getEquipment()) {
			speed = speed != null ? speed : SignalRoles.sibling(child, "SPD");
		}
		return speed;
	}

	/** POS follows OUT, X follows X_SP, as the virtual plant pairs them. */
	private static @Nullable Signal referenceOf(Signal feedback, Equipment owner) {
		String suffix = SignalRoles.suffix(feedback);
		String reference = suffix.equals("POS")
				? "OUT"
				: suffix.isEmpty() || suffix.endsWith("_SP") ? null : suffix + "_SP";
		Signal found = reference == null ? null : SignalRoles.sibling(owner, reference);
		return found != null && SignalRoles.isNumeric(found) ? found : null;
	}

	private static int manualIndex(Signal mode) {
		List<String> literals = mode.getEnumLiterals();
		for (int i = 0; i < literals.size(); i++) {
			if ("Manual".equalsIgnoreCase(literals.get(i))) {
				return i;
			}
		}
		return 0;
	}

	private static @Nullable Double nominal(Signal signal) {
		String text = signal.getNominalValue() == null ? "" : signal.getNominalValue().strip();
		try {
			double value = Double.parseDouble(text.toLowerCase(Locale.ROOT));
			return Double.isFinite(value) ? value : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static @Nullable String unitCode(Signal signal) {
		return signal.getUnit() == null ? null : signal.getUnit().getCode();
	}
}
