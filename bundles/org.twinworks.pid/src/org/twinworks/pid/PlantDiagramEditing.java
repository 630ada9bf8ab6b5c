// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.pid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.twinworks.diagram.commands.DeferredCommand;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.description.ClipboardSupport;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.DiagramEditing;
import org.twinworks.diagram.description.EdgeReconnector;
import org.twinworks.diagram.description.EditContext;
import org.twinworks.diagram.description.LabelEditor;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.PaletteEntry;
import org.twinworks.diagram.description.PaletteGroup;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.sync.DiagramSynchronizer;
import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Medium;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.PortDirection;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.TwinPackage.Literals;
import org.twinworks.model.rules.ConnectionRules;
import org.twinworks.model.rules.UniqueTags;
import org.twinworks.model.edit.commands.PasteWithUniqueTags;

/**
 * How the P&ID is edited, declared with its description: one creation tool per equipment kind (the element goes
 * into the area, work centre or unit under the click), connection tools for pipes, signal lines and cables between
 * nozzles, reconnecting a connection's end to another nozzle, renaming a tag in place, copy and paste with unique
 * tags, and deleting from the model. Semantic element
 * and view are created by one command, so one undo removes both.
 */
public final class PlantDiagramEditing {

	private PlantDiagramEditing() {
	}

	/** Kinds in the order engineers look for them on the palette. */
	public static final List<EquipmentKind> KINDS = List.of(EquipmentKind.PUMP, EquipmentKind.VALVE,
			EquipmentKind.CONTROL_VALVE, EquipmentKind.TANK, EquipmentKind.HEAT_EXCHANGER, EquipmentKind.MOTOR,
			EquipmentKind.FAN, EquipmentKind.COMPRESSOR, EquipmentKind.FILTER, EquipmentKind.CONVEYOR,
			EquipmentKind.MIXER, EquipmentKind.INSTRUMENT, EquipmentKind.ANALYZER, EquipmentKind.CONTROLLER,
			EquipmentKind.OTHER);

	/** Connection kinds on the palette (a plain line is drawn as a pipe). */
	public static final List<ConnectionKind> CONNECTION_KINDS = List.of(ConnectionKind.PIPE, ConnectionKind.SIGNAL,
			ConnectionKind.CABLE);

	/** The P&ID's editing: a 10-unit grid, equipment and connection tools, tag renaming, clipboard, deletion. */
	static DiagramEditing editing() {
		List<PaletteEntry> equipment = KINDS.stream().<PaletteEntry>map(PlantDiagramEditing::creation).toList();
		List<PaletteEntry> connections = CONNECTION_KINDS.stream().<PaletteEntry>map(PlantDiagramEditing::connection)
				.toList();
		return DiagramEditing.VIEWS_ONLY.withGrid(10)
				.withPalette(
						List.of(new PaletteGroup("Equipment", equipment), new PaletteGroup("Connections", connections)))
				.withLabels(LABELS).withDeletion(DeleteCommand::create).withClipboard(CLIPBOARD)
				.withReconnection(PlantDiagramEditing::reconnect);
	}

	public static PaletteEntry.Creation creation(EquipmentKind kind) {
		return new PaletteEntry.Creation(label(kind), PidSymbols.idOf(kind),
				(context, at, container) -> create(context, kind, at, container));
	}

	public static PaletteEntry.Connection connection(ConnectionKind kind) {
		return new PaletteEntry.Connection(switch (kind) {
		case PIPE -> "Pipe";
		case LINE -> "Line";
		case SIGNAL -> "Signal Line";
		case CABLE -> "Cable";
		}, (context, source, target) -> connect(context, kind, source, target));
	}

	static String label(EquipmentKind kind) {
		String words = kind.getLiteral().replaceAll("([a-z])([A-Z])", "$1 $2");
		return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1).toLowerCase(Locale.ROOT);
	}

	/** Tag prefixes after ISA-5.1 practice; instruments start as transmitters of an unknown variable. */
	static String tagPrefix(EquipmentKind kind) {
		return switch (kind) {
		case PUMP -> "P-";
		case VALVE -> "XV-";
		case CONTROL_VALVE -> "CV-";
		case TANK -> "TK-";
		case HEAT_EXCHANGER -> "E-";
		case MOTOR -> "M-";
		case FAN -> "FN-";
		case COMPRESSOR -> "K-";
		case FILTER -> "F-";
		case CONVEYOR -> "CV-";
		case MIXER -> "MX-";
		case INSTRUMENT -> "XT-";
		case ANALYZER -> "AT-";
		case CONTROLLER -> "XIC-";
		case OTHER -> "EQ-";
		};
	}

	private static Command create(EditContext context, EquipmentKind kind, Point at, Node container) {
		if (container == null) {
			context.showStatus("Place equipment inside an area, work centre or unit");
			return null;
		}
		EObject holderElement = context.resolver().resolve(container.getElement());
		if (!(holderElement instanceof EquipmentHolder holder) || holderElement instanceof Equipment) {
			return null;
		}
		Plant plant = (Plant) EcoreUtil.getRootContainer(holder);
		Equipment equipment = TwinFactory.eINSTANCE.createEquipment();
		equipment.setKind(kind);
		equipment.setName("New " + label(kind).toLowerCase(Locale.ROOT));
		equipment.setTag(UniqueTags.nextFree(tagPrefix(kind) + "001", usedTags(plant)));
		defaultPorts(kind).forEach(equipment.getPorts()::add);
		EditingDomain domain = context.domain();
		Diagram diagram = context.diagram();
		DiagramDescription description = context.description();
		NodeMapping containerMapping = description.nodeMapping(container.getMapping()).orElseThrow();
		CompoundCommand create = new CompoundCommand("Create " + label(kind)) {
			@Override
			public Collection<?> getAffectedObjects() {
				return List.of(equipment);
			}
		};
		create.append(new AddCommand(domain, holder, Literals.EQUIPMENT_HOLDER__EQUIPMENT, equipment));
		create.append(new DeferredCommand("Show", () -> {
			DiagramSynchronizer sync = new DiagramSynchronizer(description, context.resolver());
			NodeMapping mapping = null;
			for (NodeMapping child : containerMapping.children()) {
				if (child.isCandidate(holder, equipment)) {
					mapping = child;
				}
			}
			if (mapping == null) {
				return null;
			}
			var bounds = NotationCommands.absoluteBounds(container);
			Node node = sync.createNode(equipment, mapping, at.x() - bounds.x() - mapping.width() / 2,
					at.y() - bounds.y() - mapping.height() / 2);
			return NotationCommands.addNodes(domain, container, List.of(node));
		}));
		return create;
	}

	private static List<Port> defaultPorts(EquipmentKind kind) {
		List<Port> ports = new ArrayList<>();
		switch (kind) {
		case INSTRUMENT, ANALYZER, CONTROLLER -> {
		}
		case MOTOR, FAN -> ports.add(port("Power", PortDirection.IN, Medium.ELECTRICAL));
		default -> {
			ports.add(port("Inlet", PortDirection.IN, Medium.PROCESS_FLUID));
			ports.add(port("Outlet", PortDirection.OUT, Medium.PROCESS_FLUID));
		}
		}
		return ports;
	}

	private static Port port(String name, PortDirection direction, Medium medium) {
		Port port = TwinFactory.eINSTANCE.createPort();
		port.setName(name);
		port.setDirection(direction);
		port.setMedium(medium);
		return port;
	}

	static Set<String> usedTags(Plant plant) {
		Set<String> used = new HashSet<>();
		plant.eAllContents().forEachRemaining(o -> {
			if (o instanceof Equipment e && e.getTag() != null) {
				used.add(e.getTag());
			} else if (o instanceof Connection c && c.getTag() != null) {
				used.add(c.getTag());
			}
		});
		return used;
	}

	/** Connects two nozzles (port views) with a new connection and its edge; null when that makes no sense. */
	private static Command connect(EditContext context, ConnectionKind kind, View source, View target) {
		EObject from = context.resolver().resolve(source.getElement());
		EObject to = context.resolver().resolve(target.getElement());
		if (!(from instanceof Port sourcePort) || !(to instanceof Port targetPort)) {
			context.showStatus("Connect nozzles (the small squares on equipment), not whole symbols");
			return null;
		}
		if (sourcePort.getEquipment() == targetPort.getEquipment()) {
			return null;
		}
		Plant plant = (Plant) EcoreUtil.getRootContainer(sourcePort);
		Connection connection = TwinFactory.eINSTANCE.createConnection();
		connection.setKind(kind);
		connection.setSource(sourcePort);
		connection.setTarget(targetPort);
		connection.setName(tag(sourcePort.getEquipment()) + " to " + tag(targetPort.getEquipment()));
		connection.setTag(UniqueTags.nextFree("L-001", usedTags(plant)));
		EditingDomain domain = context.domain();
		Diagram diagram = context.diagram();
		String mapping = switch (kind) {
		case PIPE, LINE -> "pipe";
		case SIGNAL -> "signal";
		case CABLE -> "cable";
		};
		CompoundCommand connect = new CompoundCommand("Connect");
		connect.append(new AddCommand(domain, plant, Literals.PLANT__CONNECTIONS, connection));
		connect.append(new DeferredCommand("Draw Connection", () -> NotationCommands.addEdges(domain, diagram,
				List.of(NotationCommands.edge(context.resolver().idOf(connection), mapping, source, target)))));
		return connect;
	}

	/**
	 * Drags a connection's end to another nozzle: the connection's port and the edge's end change in one command,
	 * refused (with the rule's reason on the status line) where {@link ConnectionRules} forbid the result.
	 */
	static Command reconnect(EditContext context, Edge edge, EdgeReconnector.End end, View newEnd) {
		if (!(context.resolver().resolve(edge.getElement()) instanceof Connection connection)) {
			return null;
		}
		if (!(context.resolver().resolve(newEnd.getElement()) instanceof Port port)) {
			context.showStatus("Reconnect to a nozzle (the small squares on equipment), not a whole symbol");
			return null;
		}
		boolean source = end == EdgeReconnector.End.SOURCE;
		Port other = source ? connection.getTarget() : connection.getSource();
		if (other != null && other.getEquipment() == port.getEquipment()) {
			context.showStatus("A connection cannot join two nozzles of " + tag(port.getEquipment()));
			return null;
		}
		// the rules judge a connection, so they judge a detached copy with the new end before anything changes
		Connection probe = TwinFactory.eINSTANCE.createConnection();
		probe.setKind(connection.getKind());
		probe.setSource(source ? port : connection.getSource());
		probe.setTarget(source ? connection.getTarget() : port);
		BasicDiagnostic problems = new BasicDiagnostic();
		if (!ConnectionRules.compatiblePorts(probe, problems, null)) {
			String message = problems.getChildren().get(0).getMessage();
			context.showStatus(
					"Cannot reconnect " + tag(connection) + ": " + message.substring(message.indexOf(": ") + 2));
			return null;
		}
		EditingDomain domain = context.domain();
		CompoundCommand reconnect = new CompoundCommand("Reconnect " + tag(connection));
		reconnect.append(SetCommand.create(domain, connection,
				source ? Literals.CONNECTION__SOURCE : Literals.CONNECTION__TARGET, port));
		reconnect.append(NotationCommands.reconnect(domain, edge, source, newEnd));
		return reconnect;
	}

	private static String tag(Connection c) {
		return c.getTag() == null || c.getTag().isBlank() ? String.valueOf(c.getName()) : c.getTag();
	}

	private static String tag(Equipment e) {
		return e.getTag() == null || e.getTag().isBlank() ? e.getName() : e.getTag();
	}

	/** F2 on the diagram: equipment labels show tags, so F2 edits the tag; containers edit their names. */
	private static final LabelEditor LABELS = new LabelEditor() {
		@Override
		public String textOf(EObject element) {
			if (element instanceof Equipment e) {
				return tag(e);
			}
			return element instanceof Named n ? n.getName() : null;
		}

		@Override
		public Command rename(EditingDomain domain, EObject element, String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			if (element instanceof Equipment e && e.getTag() != null && !e.getTag().isBlank()) {
				return SetCommand.create(domain, e, Literals.EQUIPMENT__TAG, text.strip());
			}
			return SetCommand.create(domain, element, Literals.NAMED__NAME, text.strip());
		}
	};

	/**
	 * Ctrl+C / Ctrl+V on the P&ID: equipment is copied with its nozzles and signals, pasted into the unit under
	 * the mouse with fresh unique tags, and shown where the mouse is.
	 */
	private static final ClipboardSupport CLIPBOARD = new ClipboardSupport() {
		@Override
		public Command copy(EditContext context, List<EObject> elements) {
			List<EObject> equipment = elements.stream().filter(Equipment.class::isInstance).toList();
			return equipment.isEmpty() ? null : CopyToClipboardCommand.create(context.domain(), equipment);
		}

		@Override
		public Command paste(EditContext context, Node container, Point at) {
			EditingDomain domain = context.domain();
			if (domain.getClipboard() == null || domain.getClipboard().isEmpty()) {
				return null;
			}
			EObject holder = container == null ? null : context.resolver().resolve(container.getElement());
			if (!(holder instanceof EquipmentHolder) || holder instanceof Equipment) {
				context.showStatus("Paste equipment into an area, work centre or unit");
				return null;
			}
			Command paste = PasteWithUniqueTags.create(domain, holder);
			CompoundCommand pasteAndShow = new CompoundCommand("Paste") {
				@Override
				public Collection<?> getAffectedObjects() {
					return paste.getAffectedObjects();
				}
			};
			pasteAndShow.append(paste);
			pasteAndShow.append(new DeferredCommand("Show Pasted", () -> {
				List<EObject> pasted = new ArrayList<>();
				paste.getAffectedObjects().forEach(o -> pasted.add((EObject) o));
				var bounds = NotationCommands.absoluteBounds(container);
				return new DiagramSynchronizer(context.description(), context.resolver()).show(domain,
						context.diagram(), container, pasted, new Point(at.x() - bounds.x(), at.y() - bounds.y()));
			}));
			return pasteAndShow;
		}
	};
}
