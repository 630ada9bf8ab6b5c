// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.time.Duration;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.LiveWrites;
import org.twinworks.ui.live.preferences.LivePreferences;

/**
 * The Connections view's "Arm Writes" toggle, for the model of the selected endpoint: checked arms writing for
 * the arming time of the preferences ({@link LivePreferences#arming()}), and its text counts down ("Writes armed 4:59") so nobody forgets the plant is
 * writable; unchecked, or expired, disarms. Enabled only while the model has a connected endpoint.
 */
final class ArmWritesAction extends Action {
	static final String ARM = "Arm Writes";
	static final String ARMED = "Writes armed ";

	private final Runnable update = this::update;
	private LiveModel model;

	ArmWritesAction() {
		super(ARM, IAction.AS_CHECK_BOX);
		setEnabled(false);
		updateToolTip();
	}

	/** Follows the model of the selected endpoint (null: none). */
	void target(LiveModel selected) {
		if (selected == model) {
			update();
			return;
		}
		if (model != null) {
			model.writes().removeListener(update);
		}
		model = selected;
		if (model != null) {
			model.writes().addListener(update);
		}
		update();
	}

	@Override
	public void run() {
		if (model == null) {
			return;
		}
		if (isChecked()) {
			model.writes().arm(LivePreferences.arming());
		} else {
			model.writes().disarm();
		}
		update();
	}

	private void updateToolTip() {
		setToolTipText("Allow writing values to the plant of the selected endpoint's model for "
				+ LivePreferences.arming().toMinutes() + " minutes (Preferences > Twinworks > Live)");
	}

	/** The countdown and the checked state as the model's arming says; UI thread. */
	void update() {
		updateToolTip();
		LiveWrites writes = model == null ? null : model.writes();
		boolean armed = writes != null && writes.isArmed();
		setChecked(armed);
		setText(armed ? ARMED + countdown(writes.remaining()) : ARM);
		setEnabled(armed || model != null && model.connections().stream().anyMatch(c -> c.hasSession()));
	}

	static String countdown(Duration left) {
		long seconds = (left.toMillis() + 999) / 1000;
		return seconds / 60 + ":" + String.format("%02d", seconds % 60);
	}

	void dispose() {
		target(null);
	}
}
