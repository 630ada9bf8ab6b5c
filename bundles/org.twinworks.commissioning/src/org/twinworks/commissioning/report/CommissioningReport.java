// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.core.persistence.AtomicFileWriter;

/**
 * The commissioning report of a campaign: printable HTML, PDF and CSV with the cover (plant, campaign, server
 * identity, signatures), the summary per area and kind, a sheet per check, the punch list and the evidence chain
 * head with its checkpoint signature.
 * <p>
 * Each file is written atomically: a report that fails or is cancelled (the monitor answers
 * {@link ProgressMonitor#cancelled()}, and the write throws {@link java.util.concurrent.CancellationException})
 * leaves no output file, and an older report at that path stays as it was.
 */
public final class CommissioningReport {
	/** PDF pages are held in memory up to this size, then in temporary files. */
	private static final long PDF_MEMORY = 256L << 20;

	private final ReportData data;

	private CommissioningReport(ReportData data) {
		this.data = data;
	}

	/** A report of the campaign as it is now; the campaign must not change while the report is written. */
	public static CommissioningReport of(Campaign campaign, ReportContext context) {
		return new CommissioningReport(new ReportData(campaign, context));
	}

	/** One self-contained XHTML file: inline CSS with print rules, inline SVG trends, no script. */
	public void writeHtml(Path out, ProgressMonitor progress) throws IOException {
		Progress counter = new Progress(progress, "HTML report " + out.getFileName(), data.checkCount());
		AtomicFileWriter.writeWithoutBackup(out, stream -> {
			Writer writer = writer(stream);
			new HtmlReportWriter(data, writer, counter).write();
			writer.flush();
		});
		counter.finished();
	}

	/** A4 PDF in the Standard 14 fonts, pages numbered "page N of M". */
	public void writePdf(Path out, ProgressMonitor progress) throws IOException {
		Progress counter = new Progress(progress, "PDF report " + out.getFileName(), data.checkCount());
		try (PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(PDF_MEMORY).streamCache)) {
			new PdfReportWriter(data, document, counter).write();
			counter.stopIfCancelled();
			AtomicFileWriter.writeWithoutBackup(out,
					stream -> document.save(stream, CompressParameters.NO_COMPRESSION));
		}
		counter.finished();
	}

	/** RFC 4180 CSV in UTF-8, one row per step, with a header row. */
	public void writeCsv(Path out, ProgressMonitor progress) throws IOException {
		Progress counter = new Progress(progress, "CSV report " + out.getFileName(), data.checkCount());
		AtomicFileWriter.writeWithoutBackup(out, stream -> {
			Writer writer = writer(stream);
			new CsvReportWriter(data, writer, counter).write();
			writer.flush();
		});
		counter.finished();
	}

	private static Writer writer(java.io.OutputStream stream) {
		return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
	}
}
