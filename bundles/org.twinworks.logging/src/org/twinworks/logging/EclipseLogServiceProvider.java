// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Routes SLF4J (used by Milo, Netty and NatTable) into the Eclipse platform log, so their messages land in
 * the workspace's .metadata/.log and, with -consoleLog, on the console. SPI Fly hands this provider to
 * slf4j-api through the OSGi service-loader mediator (see the manifest's capabilities).
 */
public final class EclipseLogServiceProvider implements SLF4JServiceProvider {

	private final IMarkerFactory markerFactory = new BasicMarkerFactory();
	private final MDCAdapter mdcAdapter = new BasicMDCAdapter();
	private ILoggerFactory loggerFactory;

	@Override
	public ILoggerFactory getLoggerFactory() {
		return loggerFactory;
	}

	@Override
	public IMarkerFactory getMarkerFactory() {
		return markerFactory;
	}

	@Override
	public MDCAdapter getMDCAdapter() {
		return mdcAdapter;
	}

	@Override
	public String getRequestedApiVersion() {
		return "2.0.99";
	}

	@Override
	public void initialize() {
		loggerFactory = new EclipseLoggerFactory(LogLevels.fromSystemProperties(System.getProperties()),
				EclipseLogSink.forBundleOf(EclipseLogServiceProvider.class));
	}
}
