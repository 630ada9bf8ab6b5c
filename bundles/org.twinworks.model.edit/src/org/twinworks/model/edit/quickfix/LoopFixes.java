// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.edit.quickfix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.ProblemCode;
import org.twinworks.model.rules.SignalRules;

/**
 * A loop without its measured value or output: pick a signal of the loop's equipment (the final element and the
 * equipment of the signals it already has; when it has none, the plant's signals of the right direction); without
 * its final element: pick the equipment of its signals; or delete the loop.
 */
final class LoopFixes {

	private LoopFixes() {
	}

	static final QuickFix MEASURED_VALUE = new ChooseSignal("Choose the measured value (PV)...",
			TwinPackage.Literals.CONTROL_LOOP__MEASURED_VALUE, SignalDirection.INPUT);
	static final QuickFix OUTPUT = new ChooseSignal("Choose the output (MV)...",
			TwinPackage.Literals.CONTROL_LOOP__OUTPUT, SignalDirection.OUTPUT);

	static final QuickFix FINAL_ELEMENT = new ChooseFinalElement();

	static final QuickFix DELETE = new QuickFix() {
		@Override
		public ProblemCode code() {
			return ProblemCode.LOOP_INCOMPLETE;
		}

		@Override
		public String label() {
			return "Delete the loop";
		}

		@Override
		public boolean appliesTo(EObject element) {
			return element instanceof ControlLoop && element.eContainer() != null;
		}

		@Override
		public Command create(EditingDomain domain, Collection<? extends EObject> elements, @Nullable Object choice) {
			List<EObject> loops = elements.stream().filter(this::appliesTo).map(EObject.class::cast).toList();
			return loops.isEmpty() ? UnexecutableCommand.INSTANCE : DeleteCommand.create(domain, loops);
		}
	};

	private static final class ChooseSignal implements QuickFix {
		private final String label;
		private final EReference feature;
		private final SignalDirection direction;

		ChooseSignal(String label, EReference feature, SignalDirection direction) {
			this.label = label;
			this.feature = feature;
			this.direction = direction;
		}

		@Override
		public ProblemCode code() {
			return ProblemCode.LOOP_INCOMPLETE;
		}

		@Override
		public String label() {
			return label;
		}

		@Override
		public boolean appliesTo(EObject element) {
			return element instanceof ControlLoop loop && loop.eGet(feature) == null && !choices(loop).isEmpty();
		}

		@Override
		public boolean needsChoice() {
			return true;
		}

		@Override
		public boolean fixesSeveral() {
			return false; // one signal measures one loop
		}

		@Override
		public List<Object> choices(EObject element) {
			if (!(element instanceof ControlLoop loop)) {
				return List.of();
			}
			Set<Equipment> equipment = new LinkedHashSet<>();
			for (Object known : List.of(optional(loop.getFinalElement()), optional(loop.getMeasuredValue()),
					optional(loop.getSetpoint()), optional(loop.getOutput()))) {
				if (known instanceof Equipment e) {
					equipment.add(e);
				} else if (known instanceof Signal s && ModelPaths.owningEquipment(s) != null) {
					equipment.add(ModelPaths.owningEquipment(s));
				}
			}
			List<Object> choices = new ArrayList<>();
			equipment.forEach(e -> e.getSignals().stream().filter(LoopFixes::numeric).forEach(choices::add));
			if (choices.isEmpty()) {
				Plant plant = ModelPaths.plantOf(loop);
				if (plant != null) {
					plant.eAllContents().forEachRemaining(e -> {
						if (e instanceof Signal s && s.getDirection() == direction && numeric(s)
								&& ModelPaths.owningEquipment(s) != null) {
							choices.add(s);
						}
					});
				}
			}
			return choices;
		}

		@Override
		public String choiceLabel(Object choice) {
			return choice instanceof Signal signal
					? ModelPaths.label(signal) + (signal.getName() == null ? "" : " (" + signal.getName() + ")")
					: String.valueOf(choice);
		}

		@Override
		public Command create(EditingDomain domain, Collection<? extends EObject> elements, @Nullable Object choice) {
			if (!(choice instanceof Signal signal)) {
				return UnexecutableCommand.INSTANCE;
			}
			CompoundCommand command = new CompoundCommand(label.replace("Choose", "Set").replace("...", ""));
			for (EObject element : elements) {
				if (appliesTo(element)) {
					command.append(SetCommand.create(domain, element, feature, signal));
				}
			}
			return command;
		}
	}

	/**
	 * A loop without its final element: the equipment of its output first (what the output drives), then of its
	 * measured value and setpoint; when it has no signals, the plant's equipment that has an output signal.
	 */
	private static final class ChooseFinalElement implements QuickFix {
		@Override
		public ProblemCode code() {
			return ProblemCode.LOOP_INCOMPLETE;
		}

		@Override
		public String label() {
			return "Choose the final element...";
		}

		@Override
		public boolean appliesTo(EObject element) {
			return element instanceof ControlLoop loop && loop.getFinalElement() == null && !choices(loop).isEmpty();
		}

		@Override
		public boolean needsChoice() {
			return true;
		}

		@Override
		public boolean fixesSeveral() {
			return false; // one valve or drive is the final element of one loop
		}

		@Override
		public List<Object> choices(EObject element) {
			if (!(element instanceof ControlLoop loop)) {
				return List.of();
			}
			Set<Object> choices = new LinkedHashSet<>();
			for (Signal signal : new Signal[]{loop.getOutput(), loop.getMeasuredValue(), loop.getSetpoint()}) {
				Equipment owner = signal == null ? null : ModelPaths.owningEquipment(signal);
				if (owner != null) {
					choices.add(owner);
				}
			}
			if (choices.isEmpty()) {
				Plant plant = ModelPaths.plantOf(loop);
				if (plant != null) {
					plant.eAllContents().forEachRemaining(e -> {
						if (e instanceof Equipment equipment && equipment.getSignals().stream()
								.anyMatch(s -> s.getDirection() == SignalDirection.OUTPUT)) {
							choices.add(equipment);
						}
					});
				}
			}
			return List.copyOf(choices);
		}

		@Override
		public String choiceLabel(Object choice) {
			return choice instanceof Equipment equipment
					? ModelPaths.label(equipment)
							+ (equipment.getName() == null ? "" : " (" + equipment.getName() + ")")
					: String.valueOf(choice);
		}

		@Override
		public Command create(EditingDomain domain, Collection<? extends EObject> elements, @Nullable Object choice) {
			if (!(choice instanceof Equipment equipment)) {
				return UnexecutableCommand.INSTANCE;
			}
			CompoundCommand command = new CompoundCommand("Set the final element");
			for (EObject element : elements) {
				if (appliesTo(element)) {
					command.append(SetCommand.create(domain, element, TwinPackage.Literals.CONTROL_LOOP__FINAL_ELEMENT,
							equipment));
				}
			}
			return command;
		}
	}

	private static Object optional(@Nullable Object value) {
		return value == null ? "" : value;
	}

	private static boolean numeric(Signal signal) {
		return SignalRules.isNumeric(signal.getDataType());
	}
}
