// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.commission;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.twinworks.app.cli.Options;
import org.twinworks.app.cli.UsageException;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.commissioning.evidence.CanonicalContent;
import org.twinworks.commissioning.record.Revision;
import org.twinworks.commissioning.signoff.Locks;

/**
 * {@code commission revise <record> --name NAME --reason TEXT}: opens the next revision of a campaign (an approved one
 * included), keeping every earlier signature and piece of evidence with the revision it belongs to.
 */
final class ReviseCommand implements CliCommand {

	@Override
	public String name() {
		return "revise";
	}

	@Override
	public String arguments() {
		return "<FILE.twincx> --name NAME --reason TEXT [--pki DIR]";
	}

	@Override
	public String summary() {
		return "open the next revision of a campaign (after approval: the only way to change it)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--name", "--reason", "--pki"), Set.of());
		List<String> positional = options.positional();
		if (positional.size() != 1 || !options.has("--name") || !options.has("--reason")) {
			throw new UsageException("expected one record, --name and --reason");
		}
		Clock clock = Clock.systemUTC();
		try (OpenRecord record = OpenRecord.load(Path.of(positional.get(0)), name(), err, options.path("--pki"))) {
			if (record == null) {
				return FAILED;
			}
			Revision revision = Locks.newRevision(record.campaign, options.value("--name", ""),
					options.value("--reason", ""), clock);
			record.sink(clock).append("revision",
					CanonicalContent.of(Map.of("campaign", record.campaign.getId(), "revision",
							String.valueOf(revision.getNumber()), "author", revision.getAuthor(), "reason",
							revision.getReason(), "previousHead", String.valueOf(revision.getChainHead()))));
			record.save(true);
			out.println("revision " + revision.getNumber() + " of " + record.campaign.getName() + " opened by "
					+ revision.getAuthor() + ": " + revision.getReason());
			return OK;
		}
	}
}
