// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.preferences;

import java.time.Duration;
import java.util.Set;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.twinworks.events.Severity;
import org.twinworks.events.ui.EventSettings;

/**
 * The events' settings in the workspace's instance scope of {@code org.twinworks.events.ui}: the engines' (read
 * into {@link EventSettings}) and the Events view's filter (minimum severity, open only, text), which the view
 * saves as it changes so it comes back as it was left.
 */
public final class EventPreferences {
	public static final String QUALIFIER = "org.twinworks.events.ui";
	public static final String QUALITY_THRESHOLD_SECONDS = "qualityThresholdSeconds";
	public static final String NOTIFY_HIGH_SEVERITY = "notifyHighSeverity";
	public static final String DRIFT = "drift";
	public static final String DRIFT_WINDOW_SECONDS = "driftWindowSeconds";
	public static final String DRIFT_BASELINE_MINUTES = "driftBaselineMinutes";
	public static final String FLOOD_ALARMS = "floodAlarms";
	public static final String FLOOD_MINUTES = "floodMinutes";
	/** The keys read into {@link EventSettings}: a change is applied to the running engines. */
	public static final Set<String> ENGINE_KEYS = Set.of(QUALITY_THRESHOLD_SECONDS, NOTIFY_HIGH_SEVERITY, DRIFT,
			DRIFT_WINDOW_SECONDS, DRIFT_BASELINE_MINUTES, FLOOD_ALARMS, FLOOD_MINUTES);
	public static final String VIEW_MINIMUM_SEVERITY = "viewMinimumSeverity";
	public static final String VIEW_OPEN_ONLY = "viewOpenOnly";
	public static final String VIEW_TEXT = "viewText";

	private EventPreferences() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(QUALIFIER);
	}

	/** The engines' settings as saved; a value out of its range falls back to its default, with a warning. */
	public static EventSettings settings() {
		IEclipsePreferences node = node();
		EventSettings d = EventSettings.DEFAULT;
		try {
			return new EventSettings(
					Duration.ofSeconds(node.getInt(QUALITY_THRESHOLD_SECONDS, seconds(d.qualityThreshold()))),
					node.getBoolean(NOTIFY_HIGH_SEVERITY, d.notifyHighSeverity()), node.getBoolean(DRIFT, d.drift()),
					Duration.ofSeconds(node.getInt(DRIFT_WINDOW_SECONDS, seconds(d.driftWindow()))),
					Duration.ofMinutes(node.getInt(DRIFT_BASELINE_MINUTES, (int) d.driftBaseline().toMinutes())),
					node.getInt(FLOOD_ALARMS, d.floodAlarms()),
					Duration.ofMinutes(node.getInt(FLOOD_MINUTES, (int) d.floodWindow().toMinutes())));
		} catch (IllegalArgumentException e) {
			ILog.of(EventPreferences.class).warn(
					"The event settings in the preferences are out of range (" + e.getMessage() + "): defaults used");
			return d;
		}
	}

	/** Saves the engines' settings (the preference page's store writes the same keys). */
	public static void save(EventSettings settings) {
		IEclipsePreferences node = node();
		node.putInt(QUALITY_THRESHOLD_SECONDS, seconds(settings.qualityThreshold()));
		node.putBoolean(NOTIFY_HIGH_SEVERITY, settings.notifyHighSeverity());
		node.putBoolean(DRIFT, settings.drift());
		node.putInt(DRIFT_WINDOW_SECONDS, seconds(settings.driftWindow()));
		node.putInt(DRIFT_BASELINE_MINUTES, (int) settings.driftBaseline().toMinutes());
		node.putInt(FLOOD_ALARMS, settings.floodAlarms());
		node.putInt(FLOOD_MINUTES, (int) settings.floodWindow().toMinutes());
		flush();
	}

	/** The minimum severity the Events view shows. */
	public static Severity minimumSeverity() {
		try {
			return Severity.valueOf(node().get(VIEW_MINIMUM_SEVERITY, Severity.INFO.name()));
		} catch (IllegalArgumentException e) {
			return Severity.INFO;
		}
	}

	public static void flush() {
		try {
			node().flush();
		} catch (BackingStoreException e) {
			ILog.of(EventPreferences.class).warn("Could not save the event preferences", e);
		}
	}

	private static int seconds(Duration duration) {
		return (int) Math.max(1, duration.toSeconds());
	}
}
