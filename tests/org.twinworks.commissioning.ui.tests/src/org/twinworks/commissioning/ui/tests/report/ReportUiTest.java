// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.commissioning.report.ReportContext;
import org.twinworks.commissioning.ui.report.GenerateReportHandler;
import org.twinworks.commissioning.ui.report.ReportDialog;
import org.twinworks.commissioning.ui.report.ReportFormat;
import org.twinworks.commissioning.ui.report.ReportJob;
import org.twinworks.commissioning.ui.report.ReportOpener;
import org.twinworks.commissioning.ui.signoff.RecordSigning;
import org.twinworks.commissioning.ui.tests.signoff.ModalDialogs;
import org.twinworks.commissioning.ui.tests.signoff.PlannedDemo;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;

/**
 * Generate Report… on the demo plant's signed campaign: the dialog proposes a file beside the record, the job verifies
 * the evidence and writes the file, and the file is handed to the desktop to open (recorded here, not launched).
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReportUiTest {
	@TempDir
	Path directory;

	private PlannedDemo planned;
	private final List<String> opened = new CopyOnWriteArrayList<>();

	@BeforeEach
	void planAndSign() throws Exception {
		planned = PlannedDemo.open();
		RecordSigning.sign(planned.record(), "alice", SignatureMeaning.PERFORMED, planned.check());
		ReportOpener.replaceLauncher(opened::add);
	}

	@AfterEach
	void closeEverything() throws Exception {
		ReportOpener.replaceLauncher(null);
		planned.close();
	}

	@Test
	void htmlAndPdfReportsAreWrittenWithTheEvidenceIntactAndOpened() throws Exception {
		Path html = generate(ReportFormat.HTML, directory.resolve("demo-report.html"));
		String text = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(text.contains(planned.campaign().getName()), "the campaign is named");
		assertTrue(text.contains("alice"), "the signature is printed");
		assertTrue(text.contains(planned.campaign().getChainHead()), "the chain head is printed");

		Path pdf = generate(ReportFormat.PDF, directory.resolve("demo-report.pdf"));
		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
		assertTrue(bytes.length > 1000, "a PDF with pages: " + bytes.length + " bytes");
		assertEquals(List.of(html.toString(), pdf.toString()), opened, "each report is opened once written");
	}

	private Path generate(ReportFormat format, Path out) throws Exception {
		ModalDialogs answer = ModalDialogs.whenOpen(ReportDialog.TITLE, shell -> {
			ReportDialog dialog = (ReportDialog) shell.getData();
			dialog.selectFormat(format);
			assertEquals(format.besideRecord(planned.record().recordFile()).toString(), dialog.fileField().getText(),
					"proposed beside the record");
			dialog.fileField().setText(out.toString());
			ModalDialogs.press(shell, "Generate");
		});
		Object result = planned.execute(GenerateReportHandler.COMMAND_ID, null);
		answer.check();
		ReportJob job = assertInstanceOf(ReportJob.class, result);
		UiWait.until(() -> job.getResult() != null, Duration.ofSeconds(60), "the report job ends");
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		ReportContext context = job.context();
		assertTrue(context.chainIntact(), "evidence intact: " + context.chainMessage());
		assertEquals(planned.campaign().getChainCount(), context.chainCount());
		UiWait.until(() -> opened.contains(out.toString()), Duration.ofSeconds(10), "the report is opened");
		assertTrue(Files.size(out) > 0, out + " written");
		return out;
	}
}
