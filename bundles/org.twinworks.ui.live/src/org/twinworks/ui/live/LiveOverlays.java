// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.diagram.overlay.Overlay;
import org.twinworks.diagram.overlay.OverlayListener;
import org.twinworks.diagram.overlay.OverlayProvider;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;

/**
 * The diagram's live overlays: each equipment node shows its primary signal. Overlays are computed once per
 * UI batch for the equipment whose signal changed (all of them on a connection change or a clock tick) and
 * cached, so painting only reads the cache; listeners hear only of nodes whose overlay actually changed, and
 * the viewer repaints just those. UI thread only.
 */
public final class LiveOverlays implements OverlayProvider, LiveModelListener {
	private final LiveModel model;
	private Set<Signal> bound;
	private final Map<Equipment, Signal> primaries = new HashMap<>();
	private final Map<Signal, Equipment> owners = new HashMap<>();
	private final Map<Equipment, Overlay> shown = new HashMap<>();
	private final List<OverlayListener> listeners = new CopyOnWriteArrayList<>();

	public LiveOverlays(LiveModel model) {
		this.model = model;
		this.bound = model.boundSignals();
		model.addListener(this);
	}

	@Override
	public Overlay overlayFor(EObject element) {
		if (!(element instanceof Equipment equipment)) {
			return null;
		}
		if (!shown.containsKey(equipment)) {
			shown.put(equipment, compute(equipment, model.now()));
		}
		return shown.get(equipment);
	}

	@Override
	public void liveChanged(LiveUpdate update) {
		Instant now = model.now();
		List<Equipment> changed = new ArrayList<>();
		if (update.everything()) {
			if (bound != model.boundSignals()) {
				// bound or unbound while open: each node's primary signal is chosen again
				bound = model.boundSignals();
				primaries.clear();
				owners.clear();
			}
			for (Equipment equipment : List.copyOf(shown.keySet())) {
				recompute(equipment, now, changed);
			}
		} else {
			for (Signal signal : update.values()) {
				Equipment owner = owners.get(signal);
				if (owner != null && shown.containsKey(owner)) {
					recompute(owner, now, changed);
				}
			}
		}
		if (!changed.isEmpty()) {
			listeners.forEach(l -> l.overlaysChanged(changed));
		}
	}

	@Override
	public void addListener(OverlayListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(OverlayListener listener) {
		listeners.remove(listener);
	}

	public void dispose() {
		model.removeListener(this);
		listeners.clear();
	}

	private void recompute(Equipment equipment, Instant now, List<Equipment> changed) {
		Overlay overlay = compute(equipment, now);
		if (!Objects.equals(overlay, shown.put(equipment, overlay))) {
			changed.add(equipment);
		}
	}

	private Overlay compute(Equipment equipment, Instant now) {
		Signal primary = primaries.computeIfAbsent(equipment, e -> PrimarySignals.of(e, bound::contains));
		if (primary == null) {
			return null;
		}
		owners.put(primary, equipment);
		return LiveEmphasis.of(primary, model.signal(primary), now);
	}
}
