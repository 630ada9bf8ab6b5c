// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.badges;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.Severity;
import org.twinworks.events.ui.WorkbenchEvents;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.editor.participant.PlantEditorContext;
import org.twinworks.ui.editor.participant.PlantEditorContribution;
import org.twinworks.ui.iolist.IoListTable;

/**
 * One plant editor's event badges while its plant is loaded: the worst open severity per equipment, worked out
 * again when the workbench's events change (coalesced there), and only the badges that changed repainted.
 */
final class EventBadgeContribution implements PlantEditorContribution {
	private final PlantEditorContext context;
	private final WorkbenchEvents events;
	private final List<EventDiagramBadges> diagrams = new CopyOnWriteArrayList<>();
	private final List<EventIoListBadges> ioLists = new CopyOnWriteArrayList<>();
	private final Runnable eventsChanged = this::update;
	private Map<EObject, Severity> worst;

	EventBadgeContribution(PlantEditorContext context, WorkbenchEvents events) {
		this.context = context;
		this.events = events;
		this.worst = events.book().worstOpen(context.plant());
		events.addListener(eventsChanged);
	}

	Map<EObject, Severity> worst() {
		return worst;
	}

	@Override
	public void ioListCreated(IoListTable table) {
		EventIoListBadges badges = new EventIoListBadges(table, this::worst);
		ioLists.add(badges);
		table.control().addDisposeListener(e -> ioLists.remove(badges));
	}

	@Nullable
	EventIoListBadges firstIoList() {
		return ioLists.isEmpty() ? null : ioLists.get(0);
	}

	@Override
	public void diagramPageCreated(DiagramPage page) {
		EventDiagramBadges badges = new EventDiagramBadges(page.viewer(), this::worst);
		diagrams.add(badges);
		page.control().addDisposeListener(e -> diagrams.remove(badges));
	}

	/** UI thread: the badges as the book has them now; those that changed are repainted. */
	void update() {
		Map<EObject, Severity> now = events.book().worstOpen(context.plant());
		Set<EObject> changed = new HashSet<>(now.keySet());
		changed.addAll(worst.keySet());
		changed.removeIf(element -> Objects.equals(now.get(element), worst.get(element)));
		worst = now;
		if (!changed.isEmpty()) {
			diagrams.forEach(d -> d.redraw(changed));
			ioLists.forEach(EventIoListBadges::redraw);
		}
	}

	@Nullable
	EventDiagramBadges firstDiagram() {
		return diagrams.isEmpty() ? null : diagrams.get(0);
	}

	@Override
	public <T> @Nullable T getAdapter(Class<T> type) {
		return type == EventBadges.class ? type.cast(new EventBadges(this)) : null;
	}

	@Override
	public void close() {
		events.removeListener(eventsChanged);
	}
}
