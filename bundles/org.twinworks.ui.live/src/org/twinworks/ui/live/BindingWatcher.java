// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.swt.widgets.Display;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.Twin;

/**
 * Hears the model's binding and endpoint edits (added, removed, re-pointed, (de)activated; undo and redo alike) and tells
 * the live model once per command: a command's notifications all arrive in one UI-thread turn, so one
 * {@code asyncExec} after the first of them sees the command's whole effect. Adapts the plant, its twin and
 * each binding, not the whole containment tree: signal and equipment edits cost nothing here. UI thread.
 */
final class BindingWatcher extends AdapterImpl {
	private final Plant plant;
	private final Display display;
	private final Runnable changed;
	private final Set<Binding> hooked = Collections.newSetFromMap(new IdentityHashMap<>());
	private Twin twin;
	private boolean scheduled;
	private boolean disposed;

	BindingWatcher(Plant plant, Display display, Runnable changed) {
		this.plant = plant;
		this.display = display;
		this.changed = changed;
		plant.eAdapters().add(this);
		rehook();
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.isTouch() || disposed) {
			return;
		}
		Object notifier = notification.getNotifier();
		boolean relevant = notifier instanceof Binding || notifier == twin
				&& (notification.getFeatureID(Twin.class) == org.twinworks.model.TwinPackage.TWIN__BINDINGS
						|| notification.getFeatureID(Twin.class) == org.twinworks.model.TwinPackage.TWIN__ENDPOINTS)
				|| notifier == plant
						&& notification.getFeatureID(Plant.class) == org.twinworks.model.TwinPackage.PLANT__TWIN;
		if (!relevant || scheduled || display.isDisposed()) {
			return;
		}
		scheduled = true;
		display.asyncExec(() -> {
			scheduled = false;
			if (!disposed) {
				rehook();
				changed.run();
			}
		});
	}

	/** Adapts the current twin and exactly its bindings (a removed binding is let go, so it can be collected). */
	private void rehook() {
		Twin current = plant.getTwin();
		if (current != twin) {
			if (twin != null) {
				twin.eAdapters().remove(this);
			}
			twin = current;
			if (twin != null) {
				twin.eAdapters().add(this);
			}
		}
		Set<Binding> now = Collections.newSetFromMap(new IdentityHashMap<>());
		if (twin != null) {
			now.addAll(twin.getBindings());
		}
		for (Binding gone : hooked) {
			if (!now.contains(gone)) {
				gone.eAdapters().remove(this);
			}
		}
		for (Binding binding : now) {
			if (!hooked.contains(binding)) {
				binding.eAdapters().add(this);
			}
		}
		hooked.clear();
		hooked.addAll(now);
	}

	void dispose() {
		disposed = true;
		plant.eAdapters().remove(this);
		if (twin != null) {
			twin.eAdapters().remove(this);
		}
		hooked.forEach(b -> b.eAdapters().remove(this));
		hooked.clear();
	}
}
