// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.view;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.twinworks.events.ui.preferences.EventPreferences;

/**
 * The Events view's filter kept in the preferences as it changes, so a view reopened (or a restarted workbench)
 * shows what it showed; the minimum severity is also the one Preferences > Twinworks > Events sets.
 */
final class SavedFilter {

	private SavedFilter() {
	}

	static EventFilter load() {
		IEclipsePreferences node = EventPreferences.node();
		return new EventFilter(EventPreferences.minimumSeverity(),
				node.getBoolean(EventPreferences.VIEW_OPEN_ONLY, false), node.get(EventPreferences.VIEW_TEXT, ""));
	}

	static void save(EventFilter filter) {
		if (filter.equals(load())) {
			return;
		}
		IEclipsePreferences node = EventPreferences.node();
		node.put(EventPreferences.VIEW_MINIMUM_SEVERITY, filter.minimum().name());
		node.putBoolean(EventPreferences.VIEW_OPEN_ONLY, filter.openOnly());
		node.put(EventPreferences.VIEW_TEXT, filter.text());
		EventPreferences.flush();
	}
}
