// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.preferences;

import java.time.Duration;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.twinworks.ui.live.LiveWrites;

/** The live workbench's settings, in the workspace's instance scope of {@code org.twinworks.ui.live}. */
public final class LivePreferences {
	public static final String QUALIFIER = "org.twinworks.ui.live";
	/** How long "Arm Writes" arms writing, in minutes. */
	public static final String ARMING_MINUTES = "armingMinutes";
	public static final int MIN_ARMING_MINUTES = 1;
	/** An hour and more of an armed plant is a setting someone forgot, not a choice. */
	public static final int MAX_ARMING_MINUTES = 60;

	private LivePreferences() {
	}

	/** How long Arm Writes arms: the preference, within its bounds, else {@link LiveWrites#DEFAULT_ARMING}. */
	public static Duration arming() {
		int minutes = Platform.getPreferencesService().getInt(QUALIFIER, ARMING_MINUTES,
				(int) LiveWrites.DEFAULT_ARMING.toMinutes(), null);
		return Duration.ofMinutes(Math.clamp(minutes, MIN_ARMING_MINUTES, MAX_ARMING_MINUTES));
	}

	/** Sets the arming time and saves it (the preference page's store does the same). */
	public static void setArming(Duration duration) {
		var node = InstanceScope.INSTANCE.getNode(QUALIFIER);
		node.putInt(ARMING_MINUTES, (int) duration.toMinutes());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			org.eclipse.core.runtime.ILog.of(LivePreferences.class).warn("Could not save the arming time", e);
		}
	}
}
