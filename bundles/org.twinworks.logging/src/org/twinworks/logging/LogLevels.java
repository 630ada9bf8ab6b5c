// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.logging;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.slf4j.event.Level;

/**
 * Which level each logger logs at: {@code -Dtwinworks.log.level=info} for all, and
 * {@code -Dtwinworks.log.level.<logger-prefix>=debug} per prefix (the longest prefix wins). By default our
 * own code logs INFO and libraries WARN, so Milo's and Netty's chatter stays out of the log.
 */
public final class LogLevels {
	static final String PROPERTY = "twinworks.log.level";

	private final Level rootLevel;
	private final TreeMap<String, Level> byPrefix;

	LogLevels(Level rootLevel, Map<String, Level> byPrefix) {
		this.rootLevel = rootLevel;
		this.byPrefix = new TreeMap<>(byPrefix);
	}

	public static LogLevels fromSystemProperties(Properties properties) {
		Level root = parse(properties.getProperty(PROPERTY), Level.WARN);
		Map<String, Level> prefixes = new TreeMap<>();
		prefixes.put("org.twinworks", Level.INFO);
		for (String name : properties.stringPropertyNames()) {
			if (name.startsWith(PROPERTY + ".")) {
				prefixes.put(name.substring(PROPERTY.length() + 1), parse(properties.getProperty(name), root));
			}
		}
		return new LogLevels(root, prefixes);
	}

	/** The most verbose level at which {@code loggerName} still logs. */
	public Level levelFor(String loggerName) {
		String best = null;
		for (String prefix : byPrefix.keySet()) {
			boolean matches = loggerName.equals(prefix) || loggerName.startsWith(prefix + ".");
			if (matches && (best == null || prefix.length() > best.length())) {
				best = prefix;
			}
		}
		return best == null ? rootLevel : byPrefix.get(best);
	}

	private static Level parse(String value, Level fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Level.valueOf(value.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			return fallback;
		}
	}
}
