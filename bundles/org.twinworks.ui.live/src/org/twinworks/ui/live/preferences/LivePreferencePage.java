// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.twinworks.ui.live.LiveWrites;

/** Window > Preferences > Twinworks > Live: how long Arm Writes arms writing to a plant. */
public final class LivePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.twinworks.ui.preferences.live";

	public LivePreferencePage() {
		super(GRID);
		setDescription("Writes to a plant are allowed only while armed; arming ends by itself after this time.");
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, LivePreferences.QUALIFIER);
		store.setDefault(LivePreferences.ARMING_MINUTES, (int) LiveWrites.DEFAULT_ARMING.toMinutes());
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor minutes = new IntegerFieldEditor(LivePreferences.ARMING_MINUTES, "Arm writes for (minutes):",
				getFieldEditorParent());
		minutes.setValidRange(LivePreferences.MIN_ARMING_MINUTES, LivePreferences.MAX_ARMING_MINUTES);
		addField(minutes);
	}
}
