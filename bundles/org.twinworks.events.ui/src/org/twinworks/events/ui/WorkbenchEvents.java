// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.builtin.FleetStatistics;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.SignalQualityDetector;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Plant;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * The workbench's events, one service per workbench: an event engine with the standard deductions runs on each
 * open plant while it is connected (started and stopped as its connections come and go), its frames are kept in one
 * bounded {@link EventBook}, and listeners hear of new frames on the UI thread, coalesced: one runnable at a time
 * however many frames a flood brings.
 */
public final class WorkbenchEvents {
	private static @Nullable WorkbenchEvents instance;

	private final EventBook book = new EventBook();
	private final Map<LiveModel, PlantEvents> running = new LinkedHashMap<>();
	private final CoalescedNotice notice;
	private final Runnable connectionsChanged = this::followConnections;
	private Duration qualityThreshold = SignalQualityDetector.DEFAULT_THRESHOLD;

	WorkbenchEvents(Display display) {
		this.notice = new CoalescedNotice(display);
	}

	/** The workbench's service, made on first use (UI thread); it follows the live connections from then on. */
	public static synchronized WorkbenchEvents get() {
		WorkbenchEvents current = instance;
		if (current == null) {
			IWorkbench workbench = PlatformUI.getWorkbench();
			WorkbenchEvents created = new WorkbenchEvents(workbench.getDisplay());
			LiveConnections.get().addListener(created.connectionsChanged);
			workbench.addWorkbenchListener(new IWorkbenchListener() {
				@Override
				public boolean preShutdown(IWorkbench w, boolean forced) {
					return true;
				}

				@Override
				public void postShutdown(IWorkbench w) {
					created.stopAll();
				}
			});
			instance = created;
			created.followConnections();
			current = created;
		}
		return current;
	}

	public EventBook book() {
		return book;
	}

	/** How long a signal stays Bad before it is an event, for engines started from now on (default 5 s). */
	public void setQualityThreshold(Duration threshold) {
		this.qualityThreshold = threshold;
	}

	public Duration qualityThreshold() {
		return qualityThreshold;
	}

	/** The engine running on {@code plant}, while it is connected. UI thread. */
	public Optional<EventEngine> engine(Plant plant) {
		return running.values().stream().filter(p -> p.model().plant() == plant).map(PlantEvents::engine).findFirst();
	}

	/**
	 * The fleet comparison's results of the engine running on {@code store} (a connected model's), while one runs:
	 * the Fleet view reads these rather than running a second engine on the same store. UI thread.
	 */
	public Optional<FleetStatistics> fleetStatistics(ValueStore store) {
		return running.values().stream().filter(p -> p.model().store() == store).map(PlantEvents::fleet).findFirst();
	}

	/** Marks the entries acknowledged; listeners hear of it. */
	public void acknowledge(Iterable<Long> keys) {
		if (book.acknowledge(keys) > 0) {
			changed();
		}
	}

	/** Hears that frames opened, closed or were acknowledged; on the UI thread, coalesced. */
	public void addListener(Runnable listener) {
		notice.addListener(listener);
	}

	public void removeListener(Runnable listener) {
		notice.removeListener(listener);
	}

	/** Any thread: one asyncExec at a time carries the news to the listeners. */
	void changed() {
		notice.changed();
	}

	/** UI thread: an engine for each connected model, none for the others. */
	private void followConnections() {
		Set<LiveModel> live = new HashSet<>();
		for (EndpointConnection connection : LiveConnections.get().connections()) {
			LiveModel model = connection.model();
			if (model.live() && model.replay() == null) {
				live.add(model);
			}
		}
		for (LiveModel model : List.copyOf(running.keySet())) {
			if (!live.contains(model)) {
				running.remove(model).close();
			}
		}
		for (LiveModel model : live) {
			running.computeIfAbsent(model, m -> new PlantEvents(m, book, qualityThreshold, this::changed));
		}
	}

	private void stopAll() {
		LiveConnections.get().removeListener(connectionsChanged);
		running.values().forEach(PlantEvents::close);
		running.clear();
	}
}
