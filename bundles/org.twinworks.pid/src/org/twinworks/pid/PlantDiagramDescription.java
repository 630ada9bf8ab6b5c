// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.pid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.diagram.geometry.Rgb;
import org.twinworks.diagram.description.ConditionalStyle;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.EdgeMapping;
import org.twinworks.diagram.description.LabelPosition;
import org.twinworks.diagram.description.Layer;
import org.twinworks.diagram.description.LineStyle;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.PortMapping;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.notation.Side;
import org.twinworks.diagram.ui.render.SymbolLibrary;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Medium;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.PortDirection;
import org.twinworks.model.Signal;

import org.twinworks.model.WorkCenter;

/**
 * The P&ID overview: areas, work centres and units as containers, equipment as ISA/ISO symbols with their
 * nozzles as border ports, pipes, signal lines, cables and control loops as edges, on the layers process,
 * instrumentation, signals, electrical and live values; edited as {@link PlantDiagramEditing} declares.
 */
public final class PlantDiagramDescription {
	public static final String ID = "twinworks.pid";
	public static final String PROCESS = "process";
	public static final String INSTRUMENTATION = "instrumentation";
	public static final String SIGNALS = "signals";
	public static final String ELECTRICAL = "electrical";
	public static final String LIVE = "live";
	public static final String PORT = "port";

	static final Set<EquipmentKind> INSTRUMENT_KINDS = Set.of(EquipmentKind.INSTRUMENT, EquipmentKind.ANALYZER,
			EquipmentKind.CONTROLLER);
	private static final Rgb LINE = new Rgb(34, 40, 49);
	private static final Rgb UNBOUND = new Rgb(200, 120, 0);
	private static final StyleSpec EQUIPMENT = new StyleSpec(StyleSpec.WHITE, LINE, new Rgb(20, 24, 30), 1.6f,
			LineStyle.SOLID, 11);
	private static final StyleSpec INSTRUMENT = EQUIPMENT.withLineWidth(1.2f).withFontSize(10);

	private static final DiagramDescription INSTANCE = create();

	private PlantDiagramDescription() {
	}

	public static DiagramDescription get() {
		return INSTANCE;
	}

	private static DiagramDescription create() {
		NodeMapping unit = container("unit", "Unit", new Rgb(255, 255, 255), new Rgb(196, 202, 212), LineStyle.SOLID,
				parent -> ((WorkCenter) parent).getUnits()).child(process("unit")).child(instrument("unit")).build();
		NodeMapping workCenter = container("workcenter", "Work Centre", new Rgb(251, 251, 252), new Rgb(176, 184, 196),
				LineStyle.DASHED, parent -> ((Area) parent).getWorkCenters()).child(process("workcenter"))
				.child(instrument("workcenter")).child(unit).build();
		NodeMapping area = container("area", "Area", new Rgb(244, 246, 249), new Rgb(150, 160, 176), LineStyle.SOLID,
				parent -> ((Plant) parent).getAreas()).child(process("area")).child(instrument("area"))
				.child(workCenter).build();
		List<Layer> layers = List.of(new Layer(PROCESS, "Process", true),
				new Layer(INSTRUMENTATION, "Instrumentation", true), new Layer(SIGNALS, "Signal lines", true),
				new Layer(ELECTRICAL, "Electrical (cables)", false), new Layer(LIVE, "Live values", true));
		List<EdgeMapping> edges = List.of(
				connection("pipe", "Pipe", PROCESS, Set.of(ConnectionKind.PIPE, ConnectionKind.LINE),
						EQUIPMENT.withFill(null).withLineWidth(2.2f), true),
				connection("signal", "Signal Line", SIGNALS, Set.of(ConnectionKind.SIGNAL),
						EQUIPMENT.withFill(null).withLineWidth(1f).withLine(LineStyle.DASHED), false),
				connection("cable", "Cable", ELECTRICAL, Set.of(ConnectionKind.CABLE),
						EQUIPMENT.withFill(null).withLineWidth(1f).withLine(LineStyle.DASH_DOT)
								.withStroke(new Rgb(120, 96, 40)),
						false),
				// the controller is where the loop's setpoint lives (its output may be a drive's speed reference)
				loop("loop.measurement", "Measurement", l -> equipmentOf(l.getMeasuredValue()),
						l -> equipmentOf(l.getSetpoint())),
				loop("loop.output", "Control Output", l -> equipmentOf(l.getSetpoint()), ControlLoop::getFinalElement));
		return new DiagramDescription(ID, "P&ID Overview", Plant.class::isInstance, layers, List.of(area), edges, LIVE,
				PlantDiagramEditing.editing());
	}

	private static NodeMapping.Builder container(String id, String label, Rgb fill, Rgb stroke, LineStyle line,
			java.util.function.Function<EObject, List<? extends EObject>> candidates) {
		return NodeMapping.builder(id).label(label).layer(PROCESS).candidates(candidates)
				.symbol(SymbolLibrary.CONTAINER).size(400, 240)
				.labelText(e -> ((org.twinworks.model.Named) e).getName()).labelPosition(LabelPosition.TOP_LEFT)
				.style(new StyleSpec(fill, stroke, new Rgb(60, 68, 80), 1.2f, line, 12));
	}

	private static NodeMapping process(String prefix) {
		return NodeMapping.builder(prefix + ".process").label("Equipment").layer(PROCESS)
				.candidates(parent -> equipmentOf((EquipmentHolder) parent, false))
				.symbol(e -> PidSymbols.idOf(((Equipment) e).getKind())).size(48, 48)
				.labelText(PlantDiagramDescription::tagOrName).labelPosition(LabelPosition.BELOW).style(EQUIPMENT)
				.conditionalStyle(new ConditionalStyle("vessels drawn with contents", e -> isVessel((Equipment) e),
						s -> s.withFill(PidSymbols.VESSEL)))
				.conditionalStyle(new ConditionalStyle("signals without an active binding",
						e -> hasUnbound((Equipment) e), s -> s.withStroke(UNBOUND)))
				.port(new PortMapping(prefix + ".port", e -> ((Equipment) e).getPorts(), p -> sideOf((Port) p), 8,
						EQUIPMENT.withFill(StyleSpec.WHITE).withLineWidth(1f)))
				.build();
	}

	private static NodeMapping instrument(String prefix) {
		return NodeMapping.builder(prefix + ".instrument").label("Instrument").layer(INSTRUMENTATION)
				.candidates(parent -> equipmentOf((EquipmentHolder) parent, true))
				.symbol(e -> PidSymbols.idOf(((Equipment) e).getKind())).size(40, 40)
				.labelText(PlantDiagramDescription::tagOrName).labelPosition(LabelPosition.CENTER).style(INSTRUMENT)
				.conditionalStyle(new ConditionalStyle("signals without an active binding",
						e -> hasUnbound((Equipment) e), s -> s.withStroke(UNBOUND)))
				.port(new PortMapping(prefix + ".instrument.port", e -> ((Equipment) e).getPorts(),
						p -> sideOf((Port) p), 7, INSTRUMENT.withFill(StyleSpec.WHITE).withLineWidth(1f)))
				.build();
	}

	private static EdgeMapping connection(String id, String label, String layer, Set<ConnectionKind> kinds,
			StyleSpec style, boolean arrow) {
		return EdgeMapping.builder(id).label(label).layer(layer)
				.candidates(root -> ((Plant) root).getConnections().stream().filter(c -> kinds.contains(c.getKind()))
						.toList())
				.ends(c -> ((Connection) c).getSource(), c -> ((Connection) c).getTarget()).style(style).arrow(arrow)
				.build();
	}

	private static EdgeMapping loop(String id, String label, java.util.function.Function<ControlLoop, EObject> from,
			java.util.function.Function<ControlLoop, EObject> to) {
		return EdgeMapping.builder(id).label(label).layer(SIGNALS).candidates(root -> ((Plant) root).getControlLoops())
				.ends(l -> from.apply((ControlLoop) l), l -> to.apply((ControlLoop) l)).style(INSTRUMENT.withFill(null)
						.withLineWidth(1f).withLine(LineStyle.DASHED).withStroke(new Rgb(70, 90, 140)))
				.arrow(true).build();
	}

	/** Equipment shown under a holder: its own, with nested equipment (motors of pumps) beside it. */
	static List<Equipment> equipmentOf(EquipmentHolder holder, boolean instruments) {
		List<Equipment> result = new ArrayList<>();
		collect(holder.getEquipment(), instruments, result);
		return result;
	}

	private static void collect(List<Equipment> equipment, boolean instruments, List<Equipment> result) {
		for (Equipment e : equipment) {
			if (INSTRUMENT_KINDS.contains(e.getKind()) == instruments) {
				result.add(e);
			}
			collect(e.getEquipment(), instruments, result);
		}
	}

	private static Equipment equipmentOf(Signal signal) {
		return signal == null ? null : signal.getEquipment();
	}

	static String tagOrName(EObject element) {
		Equipment e = (Equipment) element;
		return e.getTag() == null || e.getTag().isBlank() ? e.getName() : e.getTag();
	}

	private static boolean isVessel(Equipment e) {
		return e.getKind() == EquipmentKind.TANK || e.getKind() == EquipmentKind.MIXER;
	}

	private static boolean hasUnbound(Equipment e) {
		Plant plant = e.eContainer() == null
				? null
				: org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(e) instanceof Plant p ? p : null;
		if (plant == null || plant.getTwin() == null || e.getSignals().isEmpty()) {
			return false;
		}
		for (Signal s : e.getSignals()) {
			boolean bound = false;
			for (Binding b : plant.getTwin().getBindings()) {
				if (b.getSignal() == s && b.isActive()) {
					bound = true;
					break;
				}
			}
			if (!bound) {
				return true;
			}
		}
		return false;
	}

	/** Process nozzles: in on the left, out on the right (flow reads left to right); power and signals top/bottom. */
	static Side sideOf(Port port) {
		boolean process = port.getMedium() == Medium.PROCESS_FLUID || port.getMedium() == Medium.MATERIAL;
		if (process) {
			return switch (port.getDirection()) {
			case IN -> Side.WEST;
			case OUT -> Side.EAST;
			case BIDIRECTIONAL -> Side.SOUTH;
			};
		}
		return port.getDirection() == PortDirection.OUT ? Side.SOUTH : Side.NORTH;
	}

}
