// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.commission;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.twinworks.app.cli.Options;
import org.twinworks.app.cli.UsageException;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.commissioning.signoff.SignOff;
import org.twinworks.commissioning.signoff.SignOffRefused;

/**
 * {@code commission sign <record> --name NAME --meaning performed|verified|approved [--check ID]}: signs a check or the
 * campaign; the signature goes into the evidence chain, which is checkpointed. Approving locks the campaign.
 */
final class SignCommand implements CliCommand {

	@Override
	public String name() {
		return "sign";
	}

	@Override
	public String arguments() {
		return "<FILE.twincx> --name NAME --meaning performed|verified|approved [--check ID] [--pki DIR]";
	}

	@Override
	public String summary() {
		return "sign a check or the campaign (printed name, time, meaning); approving locks the campaign";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--name", "--meaning", "--check", "--pki"), Set.of());
		List<String> positional = options.positional();
		if (positional.size() != 1 || !options.has("--name") || !options.has("--meaning")) {
			throw new UsageException("expected one record, --name and --meaning");
		}
		SignatureMeaning meaning = SignatureMeaning.get(options.value("--meaning", ""));
		if (meaning == null) {
			throw new UsageException("--meaning is performed, verified or approved");
		}
		Clock clock = Clock.systemUTC();
		try (OpenRecord record = OpenRecord.load(Path.of(positional.get(0)), name(), err, options.path("--pki"))) {
			if (record == null) {
				return FAILED;
			}
			Signature signature;
			try {
				signature = new SignOff(clock, record.sink(clock)).sign(record.campaign, options.value("--name", ""),
						meaning, options.value("--check", null));
			} catch (SignOffRefused e) {
				err.println("twinworks commission sign: " + e.getMessage());
				return PROBLEMS;
			}
			record.save(true);
			out.println(signature.getName() + " signed "
					+ (signature.getCheck() == null ? "the campaign" : signature.getCheck()) + " as "
					+ meaning.getLiteral() + " at " + signature.getTime() + " (revision " + signature.getRevision()
					+ ", content SHA-256 " + signature.getContentHash() + ", chain record " + signature.getChainIndex()
					+ ")");
			if (meaning == SignatureMeaning.APPROVED) {
				out.println(
						"the campaign is approved and locked; later changes need a new revision (commission revise)");
			}
			return OK;
		}
	}
}
