// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Whether the "Check States" layer is shown, for every plant editor of the workbench at once (as a layer a
 * commissioning engineer turns on for the day, not per page). UI thread only.
 */
public final class CheckStatesLayer {
	private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
	private static boolean visible = true;

	private CheckStatesLayer() {
	}

	public static boolean visible() {
		return visible;
	}

	/** Shows or hides the badges; every open diagram and I/O list repaints its badges. */
	public static void setVisible(boolean shown) {
		if (visible != shown) {
			visible = shown;
			LISTENERS.forEach(Runnable::run);
		}
	}

	static void addListener(Runnable listener) {
		LISTENERS.add(listener);
	}

	static void removeListener(Runnable listener) {
		LISTENERS.remove(listener);
	}
}
