// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.edit.quickfix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.ProblemCode;
import org.twinworks.model.rules.UneceUnits;

/**
 * A signal that needs a unit gets the one the user picks: the plant's units first (its type's unit at the top),
 * then the UNECE codes the plant does not list yet, given as their code; picking one adds it to the plant.
 */
final class ChooseUnit implements QuickFix {

	@Override
	public ProblemCode code() {
		return ProblemCode.SIGNAL_WITHOUT_UNIT;
	}

	@Override
	public String label() {
		return "Choose the unit...";
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof Signal signal && signal.getUnit() == null && ModelPaths.plantOf(signal) != null;
	}

	@Override
	public List<Object> choices(EObject element) {
		Plant plant = ModelPaths.plantOf(element);
		if (plant == null) {
			return List.of();
		}
		List<Object> choices = new ArrayList<>();
		if (element instanceof Signal signal && signal.getTemplate() != null
				&& plant.getEngineeringUnits().contains(signal.getTemplate().getUnit())) {
			choices.add(signal.getTemplate().getUnit());
		}
		for (EngineeringUnit unit : plant.getEngineeringUnits()) {
			if (!choices.contains(unit)) {
				choices.add(unit);
			}
		}
		for (String code : UneceUnits.all().keySet()) {
			if (plant.getEngineeringUnits().stream().noneMatch(u -> code.equals(u.getCode()))) {
				choices.add(code);
			}
		}
		return choices;
	}

	@Override
	public boolean needsChoice() {
		return true;
	}

	@Override
	public String choiceLabel(Object choice) {
		if (choice instanceof EngineeringUnit unit) {
			return (unit.getSymbol() == null ? unit.getCode() : unit.getSymbol()) + " (" + unit.getCode() + ")";
		}
		return UneceUnits.symbol(String.valueOf(choice)) + " (" + choice + ", added to the plant's units)";
	}

	@Override
	public Command create(EditingDomain domain, Collection<? extends EObject> elements, @Nullable Object choice) {
		List<Signal> signals = elements.stream().filter(this::appliesTo).map(Signal.class::cast).toList();
		if (choice == null || signals.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand("Set the unit");
		EngineeringUnit unit;
		if (choice instanceof EngineeringUnit existing) {
			unit = existing;
		} else if (UneceUnits.isKnown(String.valueOf(choice))) {
			unit = TwinFactory.eINSTANCE.createEngineeringUnit();
			unit.setCode(String.valueOf(choice));
			unit.setSymbol(UneceUnits.symbol(unit.getCode()));
			command.append(AddCommand.create(domain, ModelPaths.plantOf(signals.get(0)),
					TwinPackage.Literals.PLANT__ENGINEERING_UNITS, unit));
		} else {
			return UnexecutableCommand.INSTANCE;
		}
		for (Signal signal : signals) {
			command.append(SetCommand.create(domain, signal, TwinPackage.Literals.SIGNAL__UNIT, unit));
		}
		return command;
	}
}
