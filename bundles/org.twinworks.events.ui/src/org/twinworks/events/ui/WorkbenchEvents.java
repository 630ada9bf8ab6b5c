// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.jspecify.annotations.Nullable;
import org.osgi.framework.FrameworkUtil;
import org.twinworks.events.EventFrame;
import org.twinworks.events.builtin.FleetStatistics;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.ui.preferences.EventPreferences;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Plant;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * The workbench's events, one service per workbench: an event engine with the standard deductions runs on each
 * open plant while it is connected (started and stopped as its connections come and go), its frames are kept in one
 * bounded {@link EventBook}, and listeners hear of new frames on the UI thread, coalesced: one runnable at a time
 * however many frames a flood brings. A plant played back has its recording's frames in a second book, the
 * {@link #replayBook()}, never mixed with the live ones. Acknowledgements are saved per plant file and the engines'
 * {@link EventSettings} follow the preferences: a change restarts the running engines.
 */
public final class WorkbenchEvents {
	private static @Nullable WorkbenchEvents instance;

	private final EventBook book = new EventBook();
	private final EventBook replayBook = new EventBook();
	private final Map<LiveModel, PlantEvents> running = new LinkedHashMap<>();
	private final Map<String, Acknowledgements> acknowledgements = new HashMap<>();
	private final Path acknowledgementsFolder;
	private final CoalescedNotice notice;
	private final ReplayEvents replays;
	private final HighSeverityNotice highSeverity;
	private final Runnable connectionsChanged = this::followConnections;
	private final AtomicBoolean settingsScheduled = new AtomicBoolean();
	private final Display display;
	private final IPreferenceChangeListener preferencesChanged = event -> {
		if (EventPreferences.ENGINE_KEYS.contains(event.getKey())) {
			scheduleSettingsReload();
		}
	};
	private EventSettings settings;

	WorkbenchEvents(Display display, Path acknowledgementsFolder, EventSettings settings) {
		this.display = display;
		this.notice = new CoalescedNotice(display);
		this.acknowledgementsFolder = acknowledgementsFolder;
		this.settings = settings;
		this.replays = new ReplayEvents(replayBook, this::changed);
		this.highSeverity = new HighSeverityNotice(book, () -> this.settings.notifyHighSeverity());
		book.setAcknowledgedBefore(this::acknowledgedBefore);
		replayBook.setAcknowledgedBefore(this::acknowledgedBefore);
		notice.addListener(highSeverity::check);
	}

	/** The workbench's service, made on first use (UI thread); it follows the live connections from then on. */
	public static synchronized WorkbenchEvents get() {
		WorkbenchEvents current = instance;
		if (current == null) {
			IWorkbench workbench = PlatformUI.getWorkbench();
			Path state = Platform.getStateLocation(FrameworkUtil.getBundle(WorkbenchEvents.class)).toPath();
			WorkbenchEvents created = new WorkbenchEvents(workbench.getDisplay(), state.resolve("acknowledgements"),
					EventPreferences.settings());
			LiveConnections.get().addListener(created.connectionsChanged);
			EventPreferences.node().addPreferenceChangeListener(created.preferencesChanged);
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

	/**
	 * Stops the service as a workbench shutdown does (engines stopped, books forgotten); the next {@link #get()}
	 * starts a new one, reading the saved acknowledgements and preferences again. Views and editors opened before
	 * keep the service they found: close them first (tests restart it so). UI thread.
	 */
	public static synchronized void restart() {
		WorkbenchEvents current = instance;
		instance = null;
		if (current != null) {
			current.stopAll();
		}
	}

	public EventBook book() {
		return book;
	}

	/** The frames of the recordings being played back, at their recorded times. */
	public EventBook replayBook() {
		return replayBook;
	}

	/** Whether a recording is being played back on any open plant (the Events view then shows its frames). */
	public boolean replaying() {
		return replays.active();
	}

	/** The recordings played back now. */
	public List<Path> replayedFiles() {
		return replays.files();
	}

	/** The frames of the replays are still being read or found (a recording without a log is analysed). */
	public boolean replayLoading() {
		return replays.loading();
	}

	public EventSettings settings() {
		return settings;
	}

	/**
	 * Runs the engines with {@code changed} settings: those running now are restarted with them (the notice of HIGH
	 * frames is the workbench's, not the engines': it changes alone). UI thread.
	 */
	public void apply(EventSettings changed) {
		EventSettings before = settings;
		settings = changed;
		if (!changed.withNotifyHighSeverity(before.notifyHighSeverity()).equals(before) && !running.isEmpty()) {
			ILog.of(WorkbenchEvents.class)
					.info("Event settings changed: restarting " + running.size() + " event engine(s) with " + changed);
			running.values().forEach(PlantEvents::close);
			running.clear();
			// only the models connected now: one whose editor just closed may still be in the map, its store closing
			followConnections();
		}
	}

	/** How long a signal stays Bad before it is an event (default 5 s); engines running now restart with it. */
	public void setQualityThreshold(Duration threshold) {
		apply(settings.withQualityThreshold(threshold));
	}

	public Duration qualityThreshold() {
		return settings.qualityThreshold();
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

	/** Marks the live book's entries acknowledged, and saves them with their plant; listeners hear of it. */
	public void acknowledge(Iterable<Long> keys) {
		acknowledge(book, keys);
	}

	/** Marks entries of {@code inBook} (the live or the replay book) acknowledged and saves them with their plant. */
	public void acknowledge(EventBook inBook, Iterable<Long> keys) {
		Map<Plant, List<FrameIdentity>> byPlant = new LinkedHashMap<>();
		for (long key : keys) {
			EventEntry entry = inBook.entry(key);
			if (entry != null && !entry.acknowledged()) {
				byPlant.computeIfAbsent(entry.plant(), p -> new ArrayList<>()).add(FrameIdentity.of(entry.frame()));
			}
		}
		if (inBook.acknowledge(keys) > 0) {
			byPlant.forEach((plant, frames) -> {
				Acknowledgements saved = acknowledgements(plant);
				if (saved != null) {
					saved.add(frames);
				}
			});
			changed();
		}
	}

	/**
	 * The acknowledgements saved for {@code plant}'s file, loaded on first use (a file that cannot be read is
	 * reported and its readable lines kept), or null for a plant with no file.
	 */
	public synchronized @Nullable Acknowledgements acknowledgements(Plant plant) {
		String uri = uriOf(plant);
		if (uri == null) {
			return null;
		}
		return acknowledgements.computeIfAbsent(uri, u -> Acknowledgements.load(acknowledgementsFile(u), u));
	}

	/** Where the acknowledgements of {@code plant}'s file are kept (the workspace's state location), or null. */
	public @Nullable Path acknowledgementsFile(Plant plant) {
		String uri = uriOf(plant);
		return uri == null ? null : acknowledgementsFile(uri);
	}

	private static @Nullable String uriOf(Plant plant) {
		return plant.eResource() == null || plant.eResource().getURI() == null
				? null
				: plant.eResource().getURI().toString();
	}

	private Path acknowledgementsFile(String uri) {
		String name = uri.replaceAll(".*/", "").replaceAll("[^A-Za-z0-9._-]", "_");
		return acknowledgementsFolder.resolve(name + "-" + Integer.toHexString(uri.hashCode()) + ".acks");
	}

	private boolean acknowledgedBefore(Plant plant, EventFrame frame) {
		Acknowledgements saved = acknowledgements(plant);
		return saved != null && saved.contains(FrameIdentity.of(frame));
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

	/** Any thread: the preferences are read again once the burst of keys a page applies has passed. */
	private void scheduleSettingsReload() {
		if (display.isDisposed() || !settingsScheduled.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			settingsScheduled.set(false);
			if (instance == this) {
				apply(EventPreferences.settings());
			}
		});
	}

	/** UI thread: an engine for each connected model, none for the others; the replays' frames for the others. */
	private void followConnections() {
		Set<LiveModel> models = new LinkedHashSet<>();
		for (EndpointConnection connection : LiveConnections.get().connections()) {
			models.add(connection.model());
		}
		Set<LiveModel> live = new LinkedHashSet<>();
		for (LiveModel model : models) {
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
			running.computeIfAbsent(model, m -> new PlantEvents(m, book, settings, this::changed));
		}
		replays.follow(models, settings);
	}

	private void stopAll() {
		LiveConnections.get().removeListener(connectionsChanged);
		EventPreferences.node().removePreferenceChangeListener(preferencesChanged);
		running.values().forEach(PlantEvents::close);
		running.clear();
		replays.close();
	}
}
