// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

final class EclipseLoggerFactory implements ILoggerFactory {
	private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
	private final LogLevels levels;
	private final EclipseLogSink sink;

	EclipseLoggerFactory(LogLevels levels, EclipseLogSink sink) {
		this.levels = levels;
		this.sink = sink;
	}

	@Override
	public Logger getLogger(String name) {
		return loggers.computeIfAbsent(name, n -> new EclipseLogger(n, levels.levelFor(n), sink));
	}
}
