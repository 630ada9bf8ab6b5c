// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.badges;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.Severity;
import org.twinworks.events.ui.WorkbenchEvents;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.editor.participant.PlantEditorContext;
import org.twinworks.ui.editor.participant.PlantEditorContribution;
import org.twinworks.ui.iolist.IoListTable;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.Replay;

/**
 * One plant editor's event badges while its plant is loaded: the worst open severity per equipment, worked out
 * again when the workbench's events change (coalesced there), and only the badges that changed repainted. While the
 * editor plays a recording back, the badges are the replay's frames open at the playback position, followed as it
 * moves (looked at a few times a second: the playback has no listener, and a seek or play moves it).
 */
final class EventBadgeContribution implements PlantEditorContribution {
	private static final int PLAYBACK_MILLIS = 200;

	private final PlantEditorContext context;
	private WorkbenchEvents events;
	private final List<EventDiagramBadges> diagrams = new CopyOnWriteArrayList<>();
	private final List<EventIoListBadges> ioLists = new CopyOnWriteArrayList<>();
	private final Runnable eventsChanged = this::update;
	private final Runnable followPlayback = this::followPlayback;
	private Map<EObject, Severity> worst;
	/** The playback position the badges show; null while they show the live frames. */
	private @Nullable Instant shownAt;
	private boolean closed;

	EventBadgeContribution(PlantEditorContext context, WorkbenchEvents events) {
		this.context = context;
		this.events = events;
		this.worst = events.book().worstOpen(context.plant());
		events.addListener(eventsChanged);
		Display.getCurrent().timerExec(PLAYBACK_MILLIS, followPlayback);
	}

	private void followPlayback() {
		if (closed) {
			return;
		}
		WorkbenchEvents current = WorkbenchEvents.get();
		if (current != events) {
			// the workbench's events were started anew (tests do): follow the new ones
			events.removeListener(eventsChanged);
			events = current;
			events.addListener(eventsChanged);
			update();
		}
		Replay replay = replay();
		Instant position = replay == null ? null : replay.position();
		if (!Objects.equals(position, shownAt)) {
			update();
		}
		Display.getCurrent().timerExec(PLAYBACK_MILLIS, followPlayback);
	}

	private @Nullable Replay replay() {
		LiveModel model = Adapters.adapt(context.part(), LiveModel.class);
		return model == null ? null : model.replay();
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
		Replay replay = replay();
		shownAt = replay == null ? null : replay.position();
		Map<EObject, Severity> now = shownAt == null
				? events.book().worstOpen(context.plant())
				: events.replayBook().worstAt(context.plant(), shownAt);
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
		closed = true;
		events.removeListener(eventsChanged);
	}
}
