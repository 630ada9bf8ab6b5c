// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.twinworks.commissioning.record.Attachment;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.Comment;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.PunchItem;
import org.twinworks.commissioning.record.Session;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.Step;

/**
 * Lays the report out on A4 pages: the cover with the signature block and the evidence chain, the summary, then
 * the sheets of each area. Sheets flow (several to a page, a table that does not fit continues on the next page
 * under its header) and every area starts a new page: 20,000 checks on 20,000 pages would be slow and wasteful.
 */
final class PdfReportWriter {
	private static final float BODY = 7.5f;
	private static final float SMALL = 6.5f;
	private static final float[] STEP_COLUMNS = PdfTable.filling(PdfCanvas.LEFT, 40, 62, 70, 52, 62, 34);
	private static final float[] LOOP_STEP_COLUMNS = {40, 50, 62, 46, 56, 32, 123, 106};
	private static final float EVIDENCE_X = PdfCanvas.LEFT + 14;
	private static final float[] EVIDENCE_COLUMNS = PdfTable.filling(EVIDENCE_X, 44, 60, 126, 44, 56, 84);

	private final ReportData data;
	private final PdfCanvas canvas;
	private final Progress progress;

	PdfReportWriter(ReportData data, PDDocument document, Progress progress) {
		this.data = data;
		this.progress = progress;
		this.canvas = new PdfCanvas(document, "Commissioning report  " + data.plantName() + "  "
				+ Texts.of(data.campaign.getName()) + "  revision " + data.campaign.getRevision());
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle("Commissioning report: " + data.plantName());
		info.setCreator("Twinworks " + data.context.twinworksVersion());
	}

	void write() throws IOException {
		cover();
		summary();
		progress.worked();
		for (ReportData.AreaChecks area : data.areas) {
			canvas.continuation(null);
			canvas.newPage();
			heading("Area " + area.area(), 13);
			for (Check check : area.checks()) {
				sheet(check);
				progress.worked();
			}
		}
		if (!data.obsolete.isEmpty()) {
			canvas.continuation(null);
			canvas.newPage();
			heading("Obsolete checks", 13);
			paragraph("The plant changed after these checks were planned; their evidence is kept.");
			for (Check check : data.obsolete) {
				sheet(check);
				progress.worked();
			}
		}
		punchList();
		String head = data.context.chainHead();
		canvas.finish(
				data.plantName() + "  " + Texts.of(data.campaign.getName()) + " rev " + data.campaign.getRevision()
						+ "  chain head " + (head.length() > 16 ? head.substring(0, 16) + "..." : head));
	}

	private void cover() throws IOException {
		canvas.newPage();
		canvas.down(14);
		canvas.text(canvas.bold, 18, PdfCanvas.LEFT, canvas.y(), "Commissioning report", 0);
		canvas.down(20);
		canvas.text(canvas.bold, 14, PdfCanvas.LEFT, canvas.y(), canvas.bold.printable(data.plantName()), 0);
		canvas.down(12);
		facts(CoverFacts.campaign(data));
		heading("Server identity", 11);
		if (data.campaign.getSessions().isEmpty()) {
			paragraph("No session: nothing was run against a server.");
		}
		for (Session session : data.campaign.getSessions()) {
			facts(CoverFacts.session(session));
			canvas.down(4);
		}
		heading("Signatures", 11);
		if (data.campaign.getSignatures().isEmpty()) {
			paragraph("Not signed.");
		} else {
			PdfTable signatures = new PdfTable(canvas, PdfCanvas.LEFT,
					PdfTable.filling(PdfCanvas.LEFT, 150, 70, 120, 100), CoverFacts.SIGNATURE_HEADERS, 8.5f);
			signatures.header();
			for (Signature signature : data.campaign.getSignatures()) {
				signatures.row(CoverFacts.signature(signature));
			}
		}
		heading("Evidence chain", 11);
		facts(CoverFacts.chain(data.context));
	}

	private void summary() throws IOException {
		canvas.newPage();
		heading("Summary", 13);
		counts("Area", data.byArea);
		canvas.down(8);
		counts("Kind", data.byKind);
	}

	private void counts(String first, List<StateCounts> rows) throws IOException {
		String[] headers = new String[StateCounts.HEADERS.length + 1];
		headers[0] = first;
		System.arraycopy(StateCounts.HEADERS, 0, headers, 1, StateCounts.HEADERS.length);
		float[] widths = new float[headers.length];
		widths[0] = 165;
		java.util.Arrays.fill(widths, 1, widths.length, 50);
		PdfTable table = new PdfTable(canvas, PdfCanvas.LEFT, widths, headers, 8.5f);
		table.header();
		for (StateCounts row : rows) {
			table.row(countCells(row));
		}
		table.labelled().row(countCells(data.total));
	}

	private static String[] countCells(StateCounts row) {
		int[] values = row.values();
		String[] cells = new String[values.length + 1];
		cells[0] = row.label();
		for (int i = 0; i < values.length; i++) {
			cells[i + 1] = Integer.toString(values[i]);
		}
		return cells;
	}

	private void sheet(Check check) throws IOException {
		canvas.continuation(null);
		canvas.ensure(70);
		canvas.down(6);
		float top = canvas.y();
		canvas.fill(PdfCanvas.LEFT, top - 14, PdfCanvas.WIDTH, 14, check.isObsolete() ? 0.8f : 0.88f);
		String right = Texts.kind(check.getKind()) + "  |  " + Texts.state(check.getState());
		float room = PdfCanvas.WIDTH - 12 - canvas.bold.width(right, 8);
		List<String> title = canvas.bold.wrap(canvas.bold.printable(Texts.heading(check)), 9.5f, room);
		canvas.text(canvas.bold, 9.5f, PdfCanvas.LEFT + 3, top - 10.5f, title.get(0) + (title.size() > 1 ? "..." : ""),
				0);
		canvas.text(canvas.bold, 8, PdfCanvas.RIGHT - 3 - canvas.bold.width(right, 8), top - 10.5f, right, 0);
		canvas.down(14);
		canvas.continuation(Texts.heading(check) + "  (" + Texts.of(check.getId()) + ", continued)");
		PdfTable facts = new PdfTable(canvas, PdfCanvas.LEFT, PdfTable.filling(PdfCanvas.LEFT, 50, 205, 50), null,
				BODY);
		if (check.isObsolete()) {
			facts.row("OBSOLETE", Texts.of(check.getObsoleteReason()), "", "");
		}
		facts.row("Check", Texts.of(check.getId()), "Equipment", Texts.of(check.getEquipment()));
		facts.row("State", Texts.stateWithReason(check), "Tolerance", Texts.checkTolerance(check));
		facts.row("Started", Texts.of(check.getStarted()), "Finished", Texts.of(check.getFinished()));
		if (check.getAssignee() != null) {
			facts.row("Assigned to", check.getAssignee(), "", "");
		}
		steps(check);
		if (check.getKind() == CheckKind.LOOP) {
			asFoundAsLeft(check);
		}
		extras(check);
	}

	private void steps(Check check) throws IOException {
		if (check.getSteps().isEmpty()) {
			return;
		}
		boolean loop = check.getKind() == CheckKind.LOOP;
		PdfTable table = loop
				? new PdfTable(canvas, PdfCanvas.LEFT, LOOP_STEP_COLUMNS,
						new String[]{"Phase", "Step", "Expected", "Tolerance", "Observed", "Verdict", "Note", "Trend"},
						BODY)
				: new PdfTable(canvas, PdfCanvas.LEFT, STEP_COLUMNS,
						new String[]{"Phase", "Step", "Expected", "Tolerance", "Observed", "Verdict", "Note"}, BODY);
		table.header();
		for (Step step : check.getSteps()) {
			String[] cells = {Texts.phase(step.getPhase()), Texts.of(step.getName()), Texts.of(step.getExpected()),
					Texts.tolerance(step), Texts.observed(step), Texts.verdict(step.getVerdict()),
					Texts.of(step.getNote())};
			if (loop) {
				String[] withTrend = java.util.Arrays.copyOf(cells, 8);
				withTrend[7] = "";
				TrendSeries trend = TrendSeries.of(step);
				table.row(withTrend, trend == null ? 0 : 30, trend == null ? null : new PdfTrend(trend));
			} else {
				table.row(cells);
			}
			if (!step.getEvidence().isEmpty()) {
				evidence(step);
			}
		}
	}

	private void evidence(Step step) throws IOException {
		PdfTable table = new PdfTable(canvas, EVIDENCE_X, EVIDENCE_COLUMNS,
				new String[]{"Role", "Tag", "Node id", "Value", "Status", "Source time", "Server time"}, SMALL);
		table.header();
		for (Observation observation : step.getEvidence()) {
			table.row(Texts.of(observation.getRole()), Texts.of(observation.getTag()),
					Texts.of(observation.getNodeId()), Texts.of(observation.getValue()),
					HtmlReportWriter.status(observation), Texts.of(observation.getSourceTime()),
					Texts.of(observation.getServerTime()));
		}
	}

	private void asFoundAsLeft(Check check) throws IOException {
		List<AsFoundAsLeft.Pair> pairs = AsFoundAsLeft.of(check);
		if (pairs.isEmpty()) {
			return;
		}
		canvas.down(3);
		PdfTable table = new PdfTable(canvas, PdfCanvas.LEFT, PdfTable.filling(PdfCanvas.LEFT, 70, 90, 90, 50, 90),
				new String[]{"Step", "Expected", "As found", "Verdict", "As left", "Verdict"}, BODY);
		table.header();
		for (AsFoundAsLeft.Pair pair : pairs) {
			table.row(pair.name(), pair.expected(), pair.asFound(), pair.asFoundVerdict(), pair.asLeft(),
					pair.asLeftVerdict());
		}
	}

	private void extras(Check check) throws IOException {
		if (check.getComments().isEmpty() && check.getPunchItems().isEmpty() && check.getAttachments().isEmpty()) {
			return;
		}
		PdfTable notes = new PdfTable(canvas, PdfCanvas.LEFT, PdfTable.filling(PdfCanvas.LEFT, 60), null, BODY)
				.labelled();
		for (Comment comment : check.getComments()) {
			notes.row("Comment", Texts.of(comment.getTime()) + "  " + Texts.of(comment.getAuthor()) + ": "
					+ Texts.of(comment.getText()));
		}
		for (PunchItem item : check.getPunchItems()) {
			notes.row("Punch item", PunchText.line(item));
		}
		for (Attachment attachment : check.getAttachments()) {
			notes.row("Attachment", Texts.of(attachment.getFile()) + "  SHA-256 " + Texts.of(attachment.getSha256()));
		}
	}

	private void punchList() throws IOException {
		canvas.continuation(null);
		canvas.newPage();
		heading("Punch list", 13);
		if (data.punchList.isEmpty()) {
			paragraph("No punch items.");
			return;
		}
		PdfTable table = new PdfTable(canvas, PdfCanvas.LEFT, PdfTable.filling(PdfCanvas.LEFT, 34, 50, 70, 190, 60, 50),
				PunchText.HEADERS, BODY);
		table.header();
		for (ReportData.Punch punch : data.punchList) {
			table.row(PunchText.cells(punch));
		}
	}

	private void facts(List<CoverFacts.Fact> facts) throws IOException {
		PdfTable table = new PdfTable(canvas, PdfCanvas.LEFT, PdfTable.filling(PdfCanvas.LEFT, 150), null, 8.5f)
				.labelled();
		for (CoverFacts.Fact fact : facts) {
			table.row(fact.label(), fact.value());
		}
	}

	private void heading(String text, float size) throws IOException {
		canvas.ensure(size * 3);
		canvas.down(size * 1.6f);
		canvas.text(canvas.bold, size, PdfCanvas.LEFT, canvas.y(), canvas.bold.printable(text), 0);
		canvas.down(size * 0.6f);
	}

	private void paragraph(String text) throws IOException {
		new PdfTable(canvas, PdfCanvas.LEFT, new float[]{PdfCanvas.WIDTH}, null, 8.5f).row(text);
	}
}
