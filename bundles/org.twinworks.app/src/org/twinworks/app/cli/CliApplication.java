// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless entry of `./twinworks <command>`: an Equinox application, so commands run on the same
 * bundles as the workbench (model, live, sim), without a display.
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int code = new CliDispatcher(CliCommands.all(), System.out, System.err)
				.run(args == null ? new String[0] : args);
		System.out.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands are short-lived; nothing to interrupt
	}
}
