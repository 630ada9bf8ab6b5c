// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.report.CommissioningReport;
import org.twinworks.commissioning.report.ProgressMonitor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CommissioningReportTest {
	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	@TempDir
	Path dir;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	private CommissioningReport report(Campaign campaign) {
		return CommissioningReport.of(campaign, ReportCampaign.context(dir.resolve("riverside.twincx")));
	}

	@Test
	void htmlIsWellFormedXmlWithASheetPerCheckTheChainAndTheSignatures() throws Exception {
		Campaign campaign = ReportCampaign.campaign();
		Path html = dir.resolve("report.html");
		report(campaign).writeHtml(html, ProgressMonitor.NONE);

		Document document = parse(html);
		Set<String> sheets = new HashSet<>();
		NodeList articles = document.getElementsByTagNameNS(XHTML, "article");
		for (int i = 0; i < articles.getLength(); i++) {
			sheets.add(((Element) articles.item(i)).getAttribute("id"));
		}
		Set<String> expected = new HashSet<>();
		for (Check check : campaign.getChecks()) {
			expected.add("check-" + check.getId());
		}
		assertEquals(expected, sheets);

		Element chain = document.getElementById("chain");
		String chainText = chain == null ? byId(document, "chain").getTextContent() : chain.getTextContent();
		assertTrue(chainText.contains(ReportCampaign.CHAIN_HEAD), chainText);
		assertTrue(chainText.contains(ReportCampaign.SIGNATURE), chainText);
		assertTrue(chainText.contains("chain intact"), chainText);

		String signatures = tableText(document, "signatures");
		for (String meaning : List.of("performed", "verified", "approved", "Edsger Dijkstra")) {
			assertTrue(signatures.contains(meaning), signatures);
		}
		String cover = byId(document, "cover").getTextContent();
		for (String identity : List.of("Aes256_Sha256_RsaPss", "SignAndEncrypt", "AB:CD:EF:01:23:45:67:89",
				"urn:plant-host:twinworks:sim", "workstation-7", "opc.tcp://127.0.0.1:4840/twinworks")) {
			assertTrue(cover.contains(identity), identity);
		}
	}

	@Test
	void htmlEscapesTextAndLoadsNothingFromOutside() throws Exception {
		Path html = dir.resolve("report.html");
		report(ReportCampaign.campaign()).writeHtml(html, ProgressMonitor.NONE);
		Document document = parse(html);

		assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength(), "a comment became a script");
		assertTrue(document.getDocumentElement().getTextContent().contains(ReportCampaign.SCRIPT_COMMENT));
		String text = Files.readString(html);
		assertFalse(text.contains("<script"), "unescaped script tag in the file");
		for (String outside : List.of(" src=", " href=", "<link", "url(", "@import")) {
			assertFalse(text.contains(outside), outside);
		}
		assertTrue(text.contains("break-before:page"), "print rules: a page per sheet");
	}

	@Test
	void htmlListsObsoleteChecksApartAndDrawsLoopTrends() throws Exception {
		Path html = dir.resolve("report.html");
		report(ReportCampaign.campaign()).writeHtml(html, ProgressMonitor.NONE);
		Document document = parse(html);

		String obsolete = byId(document, "obsolete").getTextContent();
		assertTrue(obsolete.contains("OBSOLETE: " + ReportCampaign.OBSOLETE_REASON), obsolete);
		assertFalse(byId(document, "area-Treatment").getTextContent().contains("TT-209.PV"));

		Element loop = byId(document, "check-loop-LIC-101");
		NodeList lines = loop.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
		assertEquals(20, lines.getLength(), "10 steps, a measurement and a feedback line each");
		assertTrue(loop.getTextContent().contains("As found / as left"));
		assertEquals(0, byId(document, "check-io-FT-101.PV").getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg")
				.getLength(), "trends are drawn for loop steps only");

		String punch = byId(document, "punch-list").getTextContent();
		int closed = punch.indexOf("Re-terminate");
		assertTrue(punch.indexOf("Replace transmitter") < closed && punch.indexOf("Label missing") < closed,
				"open items first: " + punch);

		String perArea = byId(document, "per-area").getTextContent();
		assertTrue(perArea.contains("Intake") && perArea.contains("Treatment"), perArea);
	}

	@Test
	void pdfTextHoldsPlantTagsChainHeadSignaturesAndPageNumbers() throws Exception {
		Path pdf = dir.resolve("report.pdf");
		report(ReportCampaign.campaign()).writePdf(pdf, ProgressMonitor.NONE);

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			int pages = document.getNumberOfPages();
			assertTrue(pages >= 5, pages + " pages");
			String text = new PDFTextStripper().getText(document);
			for (String expected : List.of(ReportCampaign.PLANT, "FT-101.PV", "LIC-201", ReportCampaign.CHAIN_HEAD,
					"page 1 of " + pages, "page " + pages + " of " + pages, "OBSOLETE", ReportCampaign.OBSOLETE_REASON,
					"Replace transmitter PT-102", "As found")) {
				assertTrue(text.contains(expected), expected);
			}
			assertTrue(text.contains("deviation <= 1 % at 20 \u00b0C, ?? ok"), "unprintable characters substituted");

			PDFTextStripper cover = new PDFTextStripper();
			cover.setStartPage(1);
			cover.setEndPage(1);
			String first = cover.getText(document);
			for (String expected : List.of("Edsger Dijkstra", "approved", "verified", "performed",
					"Aes256_Sha256_RsaPss", "AB:CD:EF:01:23:45:67:89")) {
				assertTrue(first.contains(expected), expected + " on the cover");
			}
		}
	}

	@Test
	void pdfCoverAndLoopSheetRenderToVisiblePagesWithTrendLines() throws Exception {
		Path pdf = dir.resolve("report.pdf");
		report(ReportCampaign.campaign()).writePdf(pdf, ProgressMonitor.NONE);

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFRenderer renderer = new PDFRenderer(document);
			BufferedImage cover = renderer.renderImageWithDPI(0, 72);
			assertTrue(inked(cover) > 0.01, "cover is blank: " + inked(cover));

			int loopPage = pageWith(document, "LIC-101");
			BufferedImage loop = renderer.renderImageWithDPI(loopPage, 72);
			assertTrue(inked(loop) > 0.02, "loop sheet is blank: " + inked(loop));
			int blue = 0;
			for (int page = loopPage; page < document.getNumberOfPages(); page++) {
				if (textOf(document, page).contains("LIC-101")) {
					blue += blue(renderer.renderImageWithDPI(page, 144));
				}
			}
			// ten trend pictures, each a blue line about 100 pixels long at 144 dpi
			assertTrue(blue > 500, "measurement trends not drawn: " + blue + " blue pixels");
		}
	}

	@Test
	void csvParsesBackWithQuotesNewlinesAndDefusedFormulas() throws Exception {
		Campaign campaign = ReportCampaign.campaign();
		Path csv = dir.resolve("report.csv");
		report(campaign).writeCsv(csv, ProgressMonitor.NONE);

		byte[] bytes = Files.readAllBytes(csv);
		assertEquals(bytes.length, new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8).length);
		List<List<String>> rows = Rfc4180.parse(new String(bytes, StandardCharsets.UTF_8));
		assertEquals(List.of("check id", "kind", "tag", "area", "equipment", "state", "step", "phase", "expected",
				"tolerance", "observed", "verdict", "unit", "note"), rows.get(0).subList(0, 14));
		int steps = 0;
		for (Check check : campaign.getChecks()) {
			steps += Math.max(1, check.getSteps().size());
		}
		assertEquals(steps + 1, rows.size());
		for (List<String> row : rows) {
			assertEquals(rows.get(0).size(), row.size(), row.toString());
		}

		List<String> tricky = rows.stream().filter(r -> r.get(13).equals(ReportCampaign.NOTE_WITH_QUOTES)).findFirst()
				.orElseThrow(() -> new AssertionError("note with quotes, comma and newline not read back"));
		assertEquals("'" + ReportCampaign.FORMULA, tricky.get(8), "formula injection not defused");
		assertEquals("-1.5", tricky.get(10), "a plain negative number stays a number");
		assertEquals("PT-102.PV", tricky.get(2));
		assertEquals("FAILED", tricky.get(5));
		List<String> unprintable = rows.stream().filter(r -> r.get(13).equals(ReportCampaign.UNPRINTABLE)).findFirst()
				.orElseThrow(() -> new AssertionError("UTF-8 note not read back"));
		assertEquals("'@SUM(A1:A9)", unprintable.get(8));
		assertTrue(rows.stream().anyMatch(r -> r.get(15).equals("obsolete: " + ReportCampaign.OBSOLETE_REASON)));
	}

	@Test
	void theAssigneeIsInTheCsvAndOnTheHtmlSheet() throws Exception {
		Campaign campaign = ReportCampaign.campaign();
		Check assigned = campaign.getChecks().get(0);
		assigned.setAssignee("Grace Hopper");
		Path csv = dir.resolve("report.csv");
		report(campaign).writeCsv(csv, ProgressMonitor.NONE);
		List<List<String>> rows = Rfc4180.parse(Files.readString(csv));
		assertEquals("assignee", rows.get(0).get(16));
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(assigned.getId()) && r.get(16).equals("Grace Hopper")),
				"the assigned check's rows name the assignee");
		assertTrue(rows.stream().skip(1).filter(r -> !r.get(0).equals(assigned.getId()))
				.allMatch(r -> r.get(16).isEmpty()), "unassigned checks have an empty assignee");
		Path html = dir.resolve("report.html");
		report(campaign).writeHtml(html, ProgressMonitor.NONE);
		assertTrue(Files.readString(html).contains("<th>Assigned to</th><td>Grace Hopper</td>"),
				"the check sheet shows who it is assigned to");
	}

	@Test
	void cancellingLeavesNoFileAndKeepsAnOlderReport() throws Exception {
		CommissioningReport report = report(ReportCampaign.campaign());
		for (String name : List.of("report.html", "report.pdf", "report.csv")) {
			Path out = dir.resolve(name);
			assertThrows(CancellationException.class, () -> write(report, out, new CancelAfter(4)), name);
			assertFalse(Files.exists(out), name + " left behind");
			try (Stream<Path> left = Files.list(dir)) {
				assertEquals(List.of(), left.toList(), "temporary files left behind");
			}
		}
		Path out = dir.resolve("report.pdf");
		write(report, out, ProgressMonitor.NONE);
		byte[] before = Files.readAllBytes(out);
		assertThrows(CancellationException.class, () -> write(report, out, new CancelAfter(6)));
		assertArrayEquals(before, Files.readAllBytes(out), "a cancelled report must not touch the older one");
	}

	@Test
	void progressCountsEveryCheckAndTheCover() throws Exception {
		Campaign campaign = ReportCampaign.campaign();
		CancelAfter monitor = new CancelAfter(Integer.MAX_VALUE);
		report(campaign).writeHtml(dir.resolve("report.html"), monitor);
		assertEquals(campaign.getChecks().size() + 1, monitor.total);
		assertEquals(monitor.total, monitor.lastDone);
	}

	private static void write(CommissioningReport report, Path out, ProgressMonitor monitor) throws IOException {
		String name = out.getFileName().toString();
		if (name.endsWith(".html")) {
			report.writeHtml(out, monitor);
		} else if (name.endsWith(".pdf")) {
			report.writePdf(out, monitor);
		} else {
			report.writeCsv(out, monitor);
		}
	}

	/** Cancels when asked for the n-th time. */
	private static final class CancelAfter implements ProgressMonitor {
		private final int limit;
		private int asked;
		int total;
		int lastDone;

		CancelAfter(int limit) {
			this.limit = limit;
		}

		@Override
		public void begin(String task, int total) {
			this.total = total;
		}

		@Override
		public void worked(int done) {
			lastDone = done;
		}

		@Override
		public boolean cancelled() {
			return ++asked >= limit;
		}
	}

	private static Document parse(Path html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(html.toFile());
	}

	/** Without a DTD, id attributes are not IDs to the parser: find them by hand. */
	private static Element byId(Document document, String id) {
		NodeList all = document.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (id.equals(element.getAttribute("id"))) {
				return element;
			}
		}
		throw new AssertionError("no element with id " + id);
	}

	private static String tableText(Document document, String cssClass) {
		NodeList tables = document.getElementsByTagNameNS(XHTML, "table");
		for (int i = 0; i < tables.getLength(); i++) {
			Element table = (Element) tables.item(i);
			if (List.of(table.getAttribute("class").split(" ")).contains(cssClass)) {
				return table.getTextContent();
			}
		}
		throw new AssertionError("no table of class " + cssClass);
	}

	private static int pageWith(PDDocument document, String text) throws IOException {
		for (int page = 0; page < document.getNumberOfPages(); page++) {
			if (textOf(document, page).contains(text)) {
				return page;
			}
		}
		throw new AssertionError(text + " on no page");
	}

	private static String textOf(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page + 1);
		stripper.setEndPage(page + 1);
		return stripper.getText(document);
	}

	private static double inked(BufferedImage image) {
		int inked = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 600) {
					inked++;
				}
			}
		}
		return inked / (double) (image.getWidth() * image.getHeight());
	}

	private static int blue(BufferedImage image) {
		int blue = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if ((rgb & 0xFF) > ((rgb >> 16) & 0xFF) + 60) {
					blue++;
				}
			}
		}
		return blue;
	}

	/** A strict RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks; CRLF between records. */
	static final class Rfc4180 {
		private Rfc4180() {
		}

		static List<List<String>> parse(String text) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			int i = 0;
			while (i < text.length()) {
				char c = text.charAt(i);
				if (c == '"' && cell.isEmpty()) {
					i++;
					while (true) {
						char q = text.charAt(i++);
						if (q == '"') {
							if (i < text.length() && text.charAt(i) == '"') {
								cell.append('"');
								i++;
							} else {
								break;
							}
						} else {
							cell.append(q);
						}
					}
				} else if (c == ',') {
					row.add(cell.toString());
					cell.setLength(0);
					i++;
				} else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					row.add(cell.toString());
					cell.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
					i += 2;
				} else {
					if (c == '\n' || c == '\r' || c == '"') {
						throw new AssertionError("bare " + (int) c + " outside quotes at " + i);
					}
					cell.append(c);
					i++;
				}
			}
			if (!row.isEmpty() || !cell.isEmpty()) {
				throw new AssertionError("last record not ended by CRLF");
			}
			return rows;
		}
	}
}
