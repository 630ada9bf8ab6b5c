// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;

final class EclipseLogger extends AbstractLogger {
	private static final long serialVersionUID = 1L;

	private final transient EclipseLogSink sink;
	private final int threshold;

	EclipseLogger(String name, Level threshold, EclipseLogSink sink) {
		this.name = name;
		this.threshold = threshold.toInt();
		this.sink = sink;
	}

	private boolean enabled(Level level) {
		return level.toInt() >= threshold;
	}

	@Override
	public boolean isTraceEnabled() {
		return enabled(Level.TRACE);
	}

	@Override
	public boolean isTraceEnabled(Marker marker) {
		return isTraceEnabled();
	}

	@Override
	public boolean isDebugEnabled() {
		return enabled(Level.DEBUG);
	}

	@Override
	public boolean isDebugEnabled(Marker marker) {
		return isDebugEnabled();
	}

	@Override
	public boolean isInfoEnabled() {
		return enabled(Level.INFO);
	}

	@Override
	public boolean isInfoEnabled(Marker marker) {
		return isInfoEnabled();
	}

	@Override
	public boolean isWarnEnabled() {
		return enabled(Level.WARN);
	}

	@Override
	public boolean isWarnEnabled(Marker marker) {
		return isWarnEnabled();
	}

	@Override
	public boolean isErrorEnabled() {
		return enabled(Level.ERROR);
	}

	@Override
	public boolean isErrorEnabled(Marker marker) {
		return isErrorEnabled();
	}

	@Override
	protected String getFullyQualifiedCallerName() {
		return null;
	}

	@Override
	protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
			Throwable throwable) {
		String message = MessageFormatter.basicArrayFormat(pattern, arguments);
		sink.write(name, level, message, throwable);
	}
}
