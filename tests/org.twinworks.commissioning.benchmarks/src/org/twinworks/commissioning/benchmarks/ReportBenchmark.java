// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Phase;
import org.twinworks.commissioning.record.Session;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.commissioning.report.CommissioningReport;
import org.twinworks.commissioning.report.ProgressMonitor;
import org.twinworks.commissioning.report.ReportContext;

/**
 * The report of 20,000 checks (target: HTML and PDF within 15 s), each beside what the raw library does with the
 * same number of lines and no layout: a plain Writer for HTML, PDFBox showing one line of text per row for PDF.
 */
class ReportBenchmark {
	private static final CommissioningFactory F = CommissioningFactory.eINSTANCE;
	private static final int CHECKS = Integer.getInteger("twinworks.bench.checks", 20_000);
	private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

	@TempDir
	Path dir;

	@Test
	void reportOfTwentyThousandChecks() throws Exception {
		warmUp();
		long start = System.nanoTime();
		Campaign campaign = campaign(CHECKS);
		int rows = rows(campaign);
		print("build campaign checks=%d step+evidence rows=%d ms=%d", CHECKS, rows, millis(start));

		CommissioningReport report = CommissioningReport.of(campaign, context());
		Path html = dir.resolve("report.html");
		start = System.nanoTime();
		report.writeHtml(html, ProgressMonitor.NONE);
		long htmlMs = millis(start);
		print("report html checks=%d ms=%d bytes=%d", CHECKS, htmlMs, Files.size(html));
		start = System.nanoTime();
		rawHtml(dir.resolve("raw.html"), rows);
		print("raw writer html lines=%d ms=%d bytes=%d", rows, millis(start), Files.size(dir.resolve("raw.html")));

		Path pdf = dir.resolve("report.pdf");
		start = System.nanoTime();
		report.writePdf(pdf, ProgressMonitor.NONE);
		long pdfMs = millis(start);
		int pages;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			pages = document.getNumberOfPages();
		}
		print("report pdf checks=%d ms=%d bytes=%d pages=%d (sheets flow, a page break per area)", CHECKS, pdfMs,
				Files.size(pdf), pages);
		start = System.nanoTime();
		int rawPages = rawPdf(dir.resolve("raw.pdf"), rows);
		print("raw pdfbox text lines=%d ms=%d bytes=%d pages=%d", rows, millis(start),
				Files.size(dir.resolve("raw.pdf")), rawPages);

		Path csv = dir.resolve("report.csv");
		start = System.nanoTime();
		report.writeCsv(csv, ProgressMonitor.NONE);
		print("report csv checks=%d ms=%d bytes=%d", CHECKS, millis(start), Files.size(csv));
		print("report html+pdf of %d checks ms=%d (target <= 15000: %s)", CHECKS, htmlMs + pdfMs,
				htmlMs + pdfMs <= 15_000 ? "met" : "MISSED");
	}

	private void warmUp() throws IOException {
		CommissioningReport small = CommissioningReport.of(campaign(500), context());
		small.writeHtml(dir.resolve("warm.html"), ProgressMonitor.NONE);
		small.writePdf(dir.resolve("warm.pdf"), ProgressMonitor.NONE);
		small.writeCsv(dir.resolve("warm.csv"), ProgressMonitor.NONE);
	}

	private ReportContext context() {
		return new ReportContext("Benchmark plant", dir.resolve("bench.twincx"), 100_000,
				"9f2c4e1d7a3b5c6d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678abc", "c2lnbmF0dXJl", "SHA256:ab12", true,
				"intact", Instant.now(), "benchmark");
	}

	/** I/O checks with 2-4 steps and one observation each; every tenth check a loop with 5 steps and a trend each. */
	static Campaign campaign(int checks) {
		Campaign campaign = F.createCampaign();
		campaign.setId("bench");
		campaign.setName("Benchmark campaign");
		campaign.setPlantName("Benchmark plant");
		Session session = F.createSession();
		session.setId("s-1");
		session.setEndpointUrl("opc.tcp://127.0.0.1:4840/twinworks");
		campaign.getSessions().add(session);
		for (int i = 0; i < checks; i++) {
			boolean loop = i % 10 == 9;
			Check check = F.createCheck();
			String tag = (loop ? "LIC-" : "FT-") + i;
			check.setId((loop ? "loop-" : "io-") + i);
			check.setKind(loop ? CheckKind.LOOP : CheckKind.IO);
			check.setTag(tag);
			check.setTitle("Signal " + i + " of unit " + (i / 50));
			check.setArea("Area " + (i * 10 / checks));
			check.setEquipment("EQ-" + (i / 4));
			check.setState(i % 17 == 0 ? CheckState.FAILED : CheckState.PASSED);
			int steps = loop ? 5 : 2 + i % 3;
			for (int s = 0; s < steps; s++) {
				Step step = F.createStep();
				step.setName(s * 25 + " %");
				step.setPhase(loop ? Phase.AS_FOUND : Phase.HOT);
				step.setExpected(Integer.toString(s * 25));
				step.setTolerance(0.5);
				step.setUnit("%");
				step.setObserved(Double.toString(s * 25 + 0.1));
				step.setVerdict(Verdict.PASS);
				int samples = loop ? 6 : 1;
				for (int k = 0; k < samples; k++) {
					step.getEvidence().add(observation(session, loop && k % 2 == 1 ? "feedback" : "measurement",
							tag + ".PV", s * 25 + 0.1 * k, i + k));
				}
				check.getSteps().add(step);
			}
			campaign.getChecks().add(check);
		}
		Signature signature = F.createSignature();
		signature.setName("Ada Byron");
		signature.setMeaning(SignatureMeaning.PERFORMED);
		campaign.getSignatures().add(signature);
		return campaign;
	}

	private static Observation observation(Session session, String role, String tag, double value, int second) {
		Observation observation = F.createObservation();
		observation.setSession(session);
		observation.setRole(role);
		observation.setTag(tag);
		observation.setNodeId("nsu=urn:twinworks:plant;s=" + tag);
		observation.setValue(Double.toString(value));
		observation.setStatus("Good");
		observation.setSourceTime(T0.plusSeconds(second).toString());
		observation.setServerTime(T0.plusSeconds(second).plusMillis(2).toString());
		return observation;
	}

	private static int rows(Campaign campaign) {
		int rows = 0;
		for (Check check : campaign.getChecks()) {
			for (Step step : check.getSteps()) {
				rows += 1 + step.getEvidence().size();
			}
		}
		return rows;
	}

	/** The same number of table rows written with no escaping, no lookups, no layout. */
	private static void rawHtml(Path out, int rows) throws IOException {
		try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
			writer.write("<html><body><table>\n");
			for (int i = 0; i < rows; i++) {
				writer.write("<tr><td>hot</td><td>50 %</td><td>12.5</td><td>0.5</td><td>12.6</td><td>pass</td><td>");
				writer.write(Integer.toString(i));
				writer.write("</td></tr>\n");
			}
			writer.write("</table></body></html>\n");
		}
	}

	/** PDFBox alone: one line of text per row, 70 lines a page, saved the way the report saves. */
	private static int rawPdf(Path out, int rows) throws IOException {
		try (PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(256L << 20).streamCache)) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			int row = 0;
			while (row < rows) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
					stream.beginText();
					stream.setFont(font, 7.5f);
					stream.newLineAtOffset(40, 800);
					for (int line = 0; line < 70 && row < rows; line++, row++) {
						stream.showText("hot  50 %  12.5  0.5  12.6  pass  measurement FT-1.PV  Good " + row);
						stream.newLineAtOffset(0, -10.5f);
					}
					stream.endText();
				}
			}
			try (OutputStream stream = Files.newOutputStream(out)) {
				document.save(stream, CompressParameters.NO_COMPRESSION);
			}
			return document.getNumberOfPages();
		}
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static void print(String format, Object... args) {
		System.out.println("benchmark: " + String.format(Locale.ROOT, format, args));
	}
}
