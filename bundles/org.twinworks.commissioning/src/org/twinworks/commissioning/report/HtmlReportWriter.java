// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.twinworks.commissioning.record.Attachment;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.Comment;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.PunchItem;
import org.twinworks.commissioning.record.Step;

/**
 * The report as one self-contained XHTML file: inline CSS with print rules (a page per sheet), no script, no
 * external resource, trends as inline SVG. It has no DOCTYPE, so hardened XML parsers (which refuse any) read it.
 */
final class HtmlReportWriter {
	private static final String STYLE = """
			body{font-family:Helvetica,Arial,sans-serif;font-size:10pt;color:#111;margin:1.5em}
			table{border-collapse:collapse;font-size:inherit;margin:.4em 0 .8em}
			th,td{border:1px solid #bbb;padding:2px 5px;text-align:left;vertical-align:top}
			th{background:#eee}
			table.facts th{width:14em}
			table.evidence{font-size:8pt;margin:0;width:100%}
			tr.evidence>td{padding-left:2em;background:#fafafa}
			.sheet{border-top:2px solid #333;margin-top:1.5em}
			.sheet h3{margin:.3em 0}
			.obsolete-mark{color:#a00;font-weight:bold}
			.state-failed,.verdict-fail{color:#a00;font-weight:bold}
			.state-passed,.verdict-pass{color:#060}
			.intact{color:#060;font-weight:bold}.broken{color:#a00;font-weight:bold}
			.mono{font-family:monospace;word-break:break-all}
			@page{size:A4;margin:15mm}
			@media print{body{margin:0}.sheet{break-before:page;page-break-before:always;border-top:none}
			section.part{break-before:page;page-break-before:always}
			section.part>h2+.sheet{break-before:auto;page-break-before:auto}
			table,tr{page-break-inside:avoid;break-inside:avoid}}
			""";

	private final ReportData data;
	private final Xhtml html;
	private final Progress progress;

	HtmlReportWriter(ReportData data, Writer out, Progress progress) {
		this.data = data;
		this.html = new Xhtml(out);
		this.progress = progress;
	}

	void write() throws IOException {
		html.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").open("head");
		html.raw("<meta charset=\"UTF-8\"/>");
		html.element("title", "Commissioning report: " + data.plantName());
		html.open("style").text(STYLE).close("style").close("head").raw("\n").open("body");
		new HtmlCover(data, html).write();
		progress.worked();
		for (ReportData.AreaChecks area : data.areas) {
			html.open("section", "class", "part area", "id", "area-" + area.area());
			html.element("h2", "Area " + area.area());
			for (Check check : area.checks()) {
				sheet(check);
				progress.worked();
			}
			html.close("section").raw("\n");
		}
		if (!data.obsolete.isEmpty()) {
			html.open("section", "class", "part", "id", "obsolete");
			html.element("h2", "Obsolete checks");
			html.element("p", "The plant changed after these checks were planned; their evidence is kept.");
			for (Check check : data.obsolete) {
				sheet(check);
				progress.worked();
			}
			html.close("section").raw("\n");
		}
		punchList();
		html.close("body").close("html").raw("\n");
		html.flush();
	}

	private void sheet(Check check) throws IOException {
		String kind = check.isObsolete() ? "sheet obsolete" : "sheet";
		html.open("article", "class", kind, "id", "check-" + Texts.of(check.getId()), "data-check",
				Texts.of(check.getId()));
		html.element("h3", Texts.heading(check));
		if (check.isObsolete()) {
			html.element("p", "OBSOLETE: " + Texts.of(check.getObsoleteReason()), "class", "obsolete-mark");
		}
		html.open("table", "class", "facts");
		fact("Check", Texts.of(check.getId()));
		fact("Kind", Texts.kind(check.getKind()));
		fact("Tag", Texts.of(check.getTag()));
		fact("Equipment", Texts.of(check.getEquipment()));
		fact("Area", Texts.area(check));
		if (check.getAssignee() != null) {
			fact("Assigned to", check.getAssignee());
		}
		html.open("tr").element("th", "State").element("td", Texts.stateWithReason(check), "class",
				"state-" + Texts.state(check.getState()).replace(' ', '-')).close("tr");
		fact("Tolerance", Texts.checkTolerance(check));
		fact("Started", Texts.of(check.getStarted()));
		fact("Finished", Texts.of(check.getFinished()));
		html.close("table");
		steps(check);
		if (check.getKind() == CheckKind.LOOP) {
			asFoundAsLeft(check);
		}
		extras(check);
		html.close("article").raw("\n");
	}

	private void fact(String name, String value) throws IOException {
		html.open("tr").element("th", name).element("td", value).close("tr");
	}

	private void steps(Check check) throws IOException {
		if (check.getSteps().isEmpty()) {
			html.element("p", "No steps.");
			return;
		}
		boolean trends = check.getKind() == CheckKind.LOOP;
		html.open("table", "class", "steps");
		html.open("tr");
		for (String header : List.of("Phase", "Step", "Expected", "Tolerance", "Observed", "Verdict", "Note")) {
			html.element("th", header);
		}
		if (trends) {
			html.element("th", "Trend");
		}
		html.close("tr");
		int columns = trends ? 8 : 7;
		for (Step step : check.getSteps()) {
			html.open("tr", "class", "step");
			html.element("td", Texts.phase(step.getPhase())).element("td", Texts.of(step.getName()))
					.element("td", Texts.of(step.getExpected())).element("td", Texts.tolerance(step))
					.element("td", Texts.observed(step));
			html.element("td", Texts.verdict(step.getVerdict()), "class",
					"verdict-" + Texts.verdict(step.getVerdict()));
			html.element("td", Texts.of(step.getNote()));
			if (trends) {
				html.open("td");
				TrendSeries trend = TrendSeries.of(step);
				if (trend != null) {
					SvgTrend.write(html, trend);
				}
				html.close("td");
			}
			html.close("tr");
			if (!step.getEvidence().isEmpty()) {
				evidence(step, columns);
			}
		}
		html.close("table");
	}

	private void evidence(Step step, int columns) throws IOException {
		html.open("tr", "class", "evidence").open("td", "colspan", Integer.toString(columns));
		html.open("table", "class", "evidence");
		html.row("th", "Role", "Tag", "Node id", "Value", "Status", "Source time", "Server time");
		for (Observation observation : step.getEvidence()) {
			html.open("tr").element("td", Texts.of(observation.getRole())).element("td", Texts.of(observation.getTag()))
					.element("td", Texts.of(observation.getNodeId()), "class", "mono")
					.element("td", Texts.of(observation.getValue())).element("td", status(observation))
					.element("td", Texts.of(observation.getSourceTime()))
					.element("td", Texts.of(observation.getServerTime())).close("tr");
		}
		html.close("table").close("td").close("tr");
	}

	static String status(Observation observation) {
		String status = Texts.of(observation.getStatus());
		return status.isEmpty() ? String.format("0x%08X", observation.getStatusCode()) : status;
	}

	private void asFoundAsLeft(Check check) throws IOException {
		List<AsFoundAsLeft.Pair> pairs = AsFoundAsLeft.of(check);
		if (pairs.isEmpty()) {
			return;
		}
		html.element("h4", "As found / as left");
		html.open("table", "class", "as-found-as-left");
		html.row("th", "Step", "Expected", "As found", "Verdict", "As left", "Verdict");
		for (AsFoundAsLeft.Pair pair : pairs) {
			html.row("td", pair.name(), pair.expected(), pair.asFound(), pair.asFoundVerdict(), pair.asLeft(),
					pair.asLeftVerdict());
		}
		html.close("table");
	}

	private void extras(Check check) throws IOException {
		if (!check.getComments().isEmpty()) {
			html.element("h4", "Comments").open("ul");
			for (Comment comment : check.getComments()) {
				html.element("li", Texts.of(comment.getTime()) + "  " + Texts.of(comment.getAuthor()) + ": "
						+ Texts.of(comment.getText()));
			}
			html.close("ul");
		}
		if (!check.getPunchItems().isEmpty()) {
			html.element("h4", "Punch items").open("ul");
			for (PunchItem item : check.getPunchItems()) {
				html.element("li", PunchText.line(item));
			}
			html.close("ul");
		}
		if (!check.getAttachments().isEmpty()) {
			html.element("h4", "Attachments").open("ul");
			for (Attachment attachment : check.getAttachments()) {
				html.element("li", Texts.of(attachment.getFile()) + "  SHA-256 " + Texts.of(attachment.getSha256()));
			}
			html.close("ul");
		}
	}

	private void punchList() throws IOException {
		html.open("section", "class", "part", "id", "punch-list");
		html.element("h2", "Punch list");
		if (data.punchList.isEmpty()) {
			html.element("p", "No punch items.");
		} else {
			html.open("table", "class", "punch");
			html.row("th", PunchText.HEADERS);
			for (ReportData.Punch punch : data.punchList) {
				html.row("td", PunchText.cells(punch));
			}
			html.close("table");
		}
		html.close("section");
	}
}
