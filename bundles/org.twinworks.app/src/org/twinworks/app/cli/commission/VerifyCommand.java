// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.commission;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.twinworks.app.cli.Options;
import org.twinworks.app.cli.UsageException;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.ChainVerifier;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.RecordAgainstChain;
import org.twinworks.commissioning.evidence.Verification;

/**
 * {@code commission verify <record>}: walks the evidence chain (hashes, links, checkpoint signatures), compares its end
 * with the head the record saved, and every observation and signature of the record with its chain record. Exit 0
 * intact, 1 tampered (naming the first bad record), 2 unreadable.
 */
final class VerifyCommand implements CliCommand {

	@Override
	public String name() {
		return "verify";
	}

	@Override
	public String arguments() {
		return "<FILE.twincx> [--trust-key SHA256 …]";
	}

	@Override
	public String summary() {
		return "check the record and its evidence chain for edited, removed, reordered or cut-off records "
				+ "(exit 0 intact, 1 tampered)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--trust-key"), Set.of());
		List<String> positional = options.positional();
		List<String> trusted = options.values("--trust-key");
		if (positional.size() != 1) {
			throw new UsageException("expected one commissioning record");
		}
		Path file = Path.of(positional.get(0));
		try (OpenRecord record = OpenRecord.load(file, name(), err, null)) {
			if (record == null) {
				return FAILED;
			}
			Path chainFile = EvidenceChain.beside(file);
			if (!Files.isRegularFile(chainFile)) {
				out.println("TAMPERED  " + chainFile + " is missing: the record says its chain holds "
						+ record.campaign.getChainCount() + " records");
				return PROBLEMS;
			}
			ChainHead expected = record.campaign.getChainHead() == null
					? null
					: new ChainHead(record.campaign.getChainCount(), record.campaign.getChainHead());
			// without trusted keys any key verifies its own checkpoints: a chain rewritten with another key shows only
			// in the signer printed below, so a reviewer who knows the workstation's key should pass it
			Verification chain = trusted.isEmpty()
					? ChainVerifier.verify(chainFile, expected)
					: ChainVerifier.verify(chainFile, expected, new HashSet<>(trusted));
			if (!chain.intact()) {
				out.println("TAMPERED  " + chain.message());
				return PROBLEMS;
			}
			List<String> differences = RecordAgainstChain.compare(record.campaign, chainFile);
			if (!differences.isEmpty()) {
				differences.forEach(d -> out.println("TAMPERED  " + file + ": " + d));
				return PROBLEMS;
			}
			out.println("INTACT  " + chain.message());
			out.println("signed  checkpoints by "
					+ (chain.signerFingerprints().isEmpty()
							? "no key"
							: String.join(", ", new java.util.LinkedHashSet<>(chain.signerFingerprints())))
					+ (trusted.isEmpty() ? " (not compared with a trusted key: --trust-key)" : " (trusted)"));
			out.println("record  " + file + ": every observation and signature matches its chain record");
			return OK;
		}
	}
}
