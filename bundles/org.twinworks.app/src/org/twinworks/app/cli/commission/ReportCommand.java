// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.commission;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.twinworks.app.cli.Options;
import org.twinworks.app.cli.UsageException;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.ChainReader;
import org.twinworks.commissioning.evidence.ChainVerifier;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.RecordAgainstChain;
import org.twinworks.commissioning.evidence.Verification;
import org.twinworks.commissioning.report.CommissioningReport;
import org.twinworks.commissioning.report.ProgressMonitor;
import org.twinworks.commissioning.report.ReportContext;

/**
 * {@code commission report <record> [--html OUT] [--pdf OUT] [--csv OUT]}: the printable report, with the evidence
 * chain verified first so the report says whether it is intact and prints its head and checkpoint signature.
 */
final class ReportCommand implements CliCommand {

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String arguments() {
		return "<FILE.twincx> [--html OUT] [--pdf OUT] [--csv OUT]";
	}

	@Override
	public String summary() {
		return "write the commissioning report as self-contained HTML, PDF and/or CSV (HTML beside the record by default)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--html", "--pdf", "--csv"), Set.of());
		List<String> positional = options.positional();
		if (positional.size() != 1) {
			throw new UsageException("expected one commissioning record");
		}
		Path file = Path.of(positional.get(0));
		try (OpenRecord record = OpenRecord.load(file, name(), err, null)) {
			if (record == null) {
				return FAILED;
			}
			Path chainFile = EvidenceChain.beside(file);
			ChainHead expected = record.campaign.getChainHead() == null
					? null
					: new ChainHead(record.campaign.getChainCount(), record.campaign.getChainHead());
			Verification chain = Files.isRegularFile(chainFile) ? ChainVerifier.verify(chainFile, expected) : null;
			List<String> differences = chain == null
					? List.of()
					: RecordAgainstChain.compare(record.campaign, chainFile);
			boolean intact = chain != null && chain.intact() && differences.isEmpty();
			String verdict = chain == null
					? "no evidence chain beside the record"
					: !chain.intact()
							? chain.message()
							: differences.isEmpty()
									? chain.message() + "; the record matches it"
									: "the chain is whole but the record differs from it: " + differences.get(0);
			ReportContext context = new ReportContext(record.campaign.getPlantName(), file,
					chain == null ? 0 : chain.head().count(), chain == null ? "" : chain.head().hash(),
					chain == null ? null : ChainReader.lastCheckpointSignature(ChainReader.read(chainFile)),
					chain == null || chain.signerFingerprints().isEmpty()
							? null
							: chain.signerFingerprints().get(chain.signerFingerprints().size() - 1),
					intact, verdict, Instant.now(), OpenRecord.version());
			CommissioningReport report = CommissioningReport.of(record.campaign, context);
			boolean any = options.has("--html") || options.has("--pdf") || options.has("--csv");
			Path folder = file.toAbsolutePath().getParent();
			String base = file.getFileName().toString().replaceFirst("\\.twincx$", "");
			if (options.has("--html") || !any) {
				Path html = options.has("--html")
						? Path.of(options.value("--html", ""))
						: folder.resolve(base + "-report.html");
				report.writeHtml(html, ProgressMonitor.NONE);
				out.println("HTML  " + html);
			}
			if (options.has("--pdf")) {
				Path pdf = Path.of(options.value("--pdf", ""));
				report.writePdf(pdf, ProgressMonitor.NONE);
				out.println("PDF   " + pdf);
			}
			if (options.has("--csv")) {
				Path csv = Path.of(options.value("--csv", ""));
				report.writeCsv(csv, ProgressMonitor.NONE);
				out.println("CSV   " + csv);
			}
			if (chain != null && !intact) {
				err.println("twinworks commission report: the evidence is NOT intact (the report says so): " + verdict);
				return PROBLEMS;
			}
			return OK;
		}
	}
}
