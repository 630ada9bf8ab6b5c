// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.report.CommissioningReport;
import org.twinworks.commissioning.report.ProgressMonitor;
import org.twinworks.commissioning.report.ReportContext;

/** A campaign just planned (no checks, no session, unsigned, no checkpoint yet) still gets a complete report. */
class EmptyCampaignReportTest {
	@TempDir
	Path dir;

	@Test
	void anUnsignedCampaignWithoutChecksStillMakesAllThreeFiles() throws Exception {
		Campaign campaign = ReportCampaign.F.createCampaign();
		campaign.setName("Planned");
		ReportContext context = new ReportContext("Empty plant", dir.resolve("empty.twincx"), 0, "", null, null, false,
				"no chain yet", Instant.parse("2026-03-03T12:00:00Z"), "0.1.0.test");
		CommissioningReport report = CommissioningReport.of(campaign, context);
		report.writeHtml(dir.resolve("r.html"), ProgressMonitor.NONE);
		report.writePdf(dir.resolve("r.pdf"), ProgressMonitor.NONE);
		report.writeCsv(dir.resolve("r.csv"), ProgressMonitor.NONE);

		String html = Files.readString(dir.resolve("r.html"));
		assertTrue(html.contains("Not signed.") && html.contains("CHAIN BROKEN: no chain yet"), html);
		try (PDDocument pdf = Loader.loadPDF(dir.resolve("r.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Empty plant") && text.contains("page 1 of " + pdf.getNumberOfPages()), text);
		}
		assertEquals(1, CommissioningReportTest.Rfc4180.parse(Files.readString(dir.resolve("r.csv"))).size());
	}
}
