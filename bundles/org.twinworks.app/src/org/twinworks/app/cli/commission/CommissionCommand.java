// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.commission;

import java.util.List;

import org.twinworks.app.cli.CommandGroup;

/** {@code twinworks commission <sub-command> …}. */
public final class CommissionCommand extends CommandGroup {

	public CommissionCommand() {
		super(List.of(new PlanCommand(), new RunCommand(), new ReportCommand(), new SignCommand(), new ReviseCommand(),
				new VerifyCommand()));
	}

	@Override
	public String name() {
		return "commission";
	}

	@Override
	public String summary() {
		return "the commissioning record: plan checks from the plant, run them on the live plant, report, sign, verify";
	}
}
