// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.preferences;

import java.util.Arrays;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.twinworks.events.Severity;
import org.twinworks.events.ui.EventSettings;

/**
 * Window > Preferences > Twinworks > Events: what the Events view shows and the event engines' settings. Applying
 * restarts the engines running on connected plants with the new settings (their open frames close and are found
 * again by the new engines); no workbench restart is needed.
 */
public final class EventsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.twinworks.ui.preferences.events";

	public EventsPreferencePage() {
		super(GRID);
		setDescription("Events deduced from the connected plants. Applying restarts the running event engines"
				+ " with the new settings.");
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, EventPreferences.QUALIFIER);
		EventSettings d = EventSettings.DEFAULT;
		store.setDefault(EventPreferences.VIEW_MINIMUM_SEVERITY, Severity.INFO.name());
		store.setDefault(EventPreferences.QUALITY_THRESHOLD_SECONDS, (int) d.qualityThreshold().toSeconds());
		store.setDefault(EventPreferences.NOTIFY_HIGH_SEVERITY, d.notifyHighSeverity());
		store.setDefault(EventPreferences.DRIFT, d.drift());
		store.setDefault(EventPreferences.DRIFT_WINDOW_SECONDS, (int) d.driftWindow().toSeconds());
		store.setDefault(EventPreferences.DRIFT_BASELINE_MINUTES, (int) d.driftBaseline().toMinutes());
		store.setDefault(EventPreferences.FLOOD_ALARMS, d.floodAlarms());
		store.setDefault(EventPreferences.FLOOD_MINUTES, (int) d.floodWindow().toMinutes());
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		String[][] severities = Arrays.stream(Severity.values()).map(s -> new String[]{s.name(), s.name()})
				.toArray(String[][]::new);
		addField(new ComboFieldEditor(EventPreferences.VIEW_MINIMUM_SEVERITY, "Events view shows from severity:",
				severities, getFieldEditorParent()));
		addField(new BooleanFieldEditor(EventPreferences.NOTIFY_HIGH_SEVERITY,
				"Bring the Events view up when a HIGH or CRITICAL event opens", getFieldEditorParent()));
		addField(integer(EventPreferences.QUALITY_THRESHOLD_SECONDS, "A Bad signal is an event after (seconds):", 1,
				3600));
		addField(new BooleanFieldEditor(EventPreferences.DRIFT, "Watch analog signals for drift (CUSUM)",
				getFieldEditorParent()));
		addField(integer(EventPreferences.DRIFT_WINDOW_SECONDS, "Drift: window (seconds):", 1, 3600));
		addField(
				integer(EventPreferences.DRIFT_BASELINE_MINUTES, "Drift: baseline learnt over (minutes):", 1, 24 * 60));
		addField(integer(EventPreferences.FLOOD_ALARMS, "Alarm flood: more than N alarms in an area, N:", 1, 10_000));
		addField(integer(EventPreferences.FLOOD_MINUTES, "Alarm flood: within M minutes, M:", 1, 24 * 60));
	}

	private IntegerFieldEditor integer(String key, String label, int min, int max) {
		IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent());
		editor.setValidRange(min, max);
		return editor;
	}
}
