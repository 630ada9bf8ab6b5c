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
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.report.CommissioningReport;
import org.twinworks.commissioning.report.ProgressMonitor;
import org.twinworks.commissioning.report.ReportContext;
import org.twinworks.commissioning.report.VerifiedContext;

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
			ReportContext context = VerifiedContext.of(record.campaign, file, Instant.now(), OpenRecord.version());
			boolean chainPresent = Files.isRegularFile(EvidenceChain.beside(file));
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
			if (chainPresent && !context.chainIntact()) {
				err.println("twinworks commission report: the evidence is NOT intact (the report says so): "
						+ context.chainMessage());
				return PROBLEMS;
			}
			return OK;
		}
	}
}
