// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.binding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;
import org.twinworks.live.Mismatch;
import org.twinworks.live.NodeDetails;
import org.twinworks.live.NodeDetails.ServerUnit;
import org.twinworks.live.Reconciler;
import org.twinworks.model.Access;
import org.twinworks.model.Binding;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.TwinPackage;

/**
 * "Update Model from Server": the model takes what the server's node says (DataType, EURange, EngineeringUnits,
 * AccessLevel) as one command, so one undo puts every mismatch back. A missing node has nothing to take.
 */
public final class ModelFromServer {
	private static final TwinPackage P = TwinPackage.eINSTANCE;

	private ModelFromServer() {
	}

	/** Whether the server has something the model can take for this mismatch. */
	public static boolean updatable(Mismatch mismatch) {
		// monitoring is what the server made of our request: nothing in the node for the model to take
		return mismatch.aspect() != Mismatch.Aspect.NODE && mismatch.aspect() != Mismatch.Aspect.MONITORING
				&& mismatch.signal() != null;
	}

	/**
	 * One command for all {@code mismatches}, each read against its binding's node as last read ({@code nodes});
	 * unexecutable when none can be updated.
	 */
	public static Command command(EditingDomain domain, List<Mismatch> mismatches,
			Function<Binding, @Nullable NodeDetails> nodes) {
		CompoundCommand command = new CompoundCommand("Update Model from Server");
		// a unit the catalogue lacks is created once even when several signals need it
		Map<Integer, EngineeringUnit> created = new HashMap<>();
		for (Mismatch m : mismatches) {
			NodeDetails node = updatable(m) ? nodes.apply(m.binding()) : null;
			if (node != null) {
				append(command, domain, m, node, created);
			}
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	private static void append(CompoundCommand command, EditingDomain domain, Mismatch m, NodeDetails node,
			Map<Integer, EngineeringUnit> created) {
		Signal signal = m.signal();
		switch (m.aspect()) {
		case DATA_TYPE -> {
			SignalDataType type = dataType(node.dataType());
			if (type != null) {
				command.append(SetCommand.create(domain, signal, P.getSignal_DataType(), type));
			}
		}
		case EU_RANGE -> {
			NodeDetails.EuRange range = node.euRange();
			command.append(
					SetCommand.create(domain, signal, P.getSignal_RangeLow(), range == null ? null : range.low()));
			command.append(
					SetCommand.create(domain, signal, P.getSignal_RangeHigh(), range == null ? null : range.high()));
		}
		case ENGINEERING_UNITS -> command.append(
				SetCommand.create(domain, signal, P.getSignal_Unit(), unit(command, domain, signal, node, created)));
		case ACCESS_LEVEL -> command.append(SetCommand.create(domain, signal, P.getSignal_Access(),
				node.writable() ? Access.READ_WRITE : Access.READ));
		case NODE, MONITORING -> {
			// nothing on the server to take
		}
		}
	}

	/** The signal type a server DataType name stands for; a server's own Enumeration subtype is an enumeration. */
	static @Nullable SignalDataType dataType(@Nullable String served) {
		return Reconciler.signalType(served);
	}

	/** The catalogue's unit with the server's UNECE id (else its symbol), or a new one added to the catalogue. */
	private static @Nullable EngineeringUnit unit(CompoundCommand command, EditingDomain domain, Signal signal,
			NodeDetails node, Map<Integer, EngineeringUnit> created) {
		ServerUnit served = node.engineeringUnits();
		EObject root = EcoreUtil.getRootContainer(signal);
		if (served == null || !(root instanceof Plant plant)) {
			return null;
		}
		EngineeringUnit byId = plant.getEngineeringUnits().stream().filter(u -> u.getUnitId() == served.unitId())
				.findFirst().orElse(null);
		if (byId != null) {
			return byId;
		}
		EngineeringUnit bySymbol = plant.getEngineeringUnits().stream()
				.filter(u -> served.symbol() != null && served.symbol().equals(u.getSymbol())).findFirst().orElse(null);
		if (bySymbol != null) {
			return bySymbol;
		}
		return created.computeIfAbsent(served.unitId(), id -> {
			EngineeringUnit unit = TwinFactory.eINSTANCE.createEngineeringUnit();
			unit.setCode(code(id));
			unit.setSymbol(served.symbol());
			unit.setDescription(served.description());
			command.append(AddCommand.create(domain, plant, P.getPlant_EngineeringUnits(), unit));
			return unit;
		});
	}

	/** OPC UA Part 8 packs a UNECE code's ASCII characters into the unitId, first one highest. */
	static String code(int unitId) {
		return ServerUnit.code(unitId);
	}
}
