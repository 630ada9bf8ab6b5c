// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.logging;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.event.Level;

/** Writes one formatted SLF4J event as an IStatus into the platform log. */
final class EclipseLogSink {
	private final Bundle bundle;
	private volatile ILog log;

	private EclipseLogSink(Bundle bundle) {
		this.bundle = bundle;
	}

	static EclipseLogSink forBundleOf(Class<?> type) {
		return new EclipseLogSink(FrameworkUtil.getBundle(type));
	}

	void write(String loggerName, Level level, String message, Throwable throwable) {
		// The logger name stands where a plug-in id would, so .log entries say which class logged.
		log().log(new Status(severity(level), loggerName, message, throwable));
	}

	/** Looked up at the first message, not at start-up, so the start order of bundles does not matter. */
	private ILog log() {
		ILog current = log;
		if (current == null) {
			current = ILog.of(bundle);
			log = current;
		}
		return current;
	}

	private static int severity(Level level) {
		return switch (level) {
		case ERROR -> IStatus.ERROR;
		case WARN -> IStatus.WARNING;
		case INFO -> IStatus.INFO;
		case DEBUG, TRACE -> IStatus.OK;
		};
	}
}
