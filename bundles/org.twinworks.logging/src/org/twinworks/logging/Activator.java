// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.logging;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Started at level 1, before SPI Fly: SPI Fly reports every service provider it registers at INFO through
 * java.util.logging, straight to the console; warnings and errors still get through.
 */
public final class Activator implements BundleActivator {
	// JUL keeps loggers weakly: hold it, or the level is lost with the next garbage collection.
	private static final Logger SPI_FLY = Logger.getLogger("org.apache.aries.spifly");

	@Override
	public void start(BundleContext context) {
		SPI_FLY.setLevel(Level.WARNING);
	}

	@Override
	public void stop(BundleContext context) {
		// leave the level as it is: other bundles may still be stopping and logging
	}
}
