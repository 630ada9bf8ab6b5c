// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;
import java.util.List;

import org.twinworks.commissioning.record.Session;
import org.twinworks.commissioning.record.Signature;

/** The HTML report's cover (campaign, server identity, signatures, evidence chain) and summary. */
final class HtmlCover {
	private final ReportData data;
	private final Xhtml html;

	HtmlCover(ReportData data, Xhtml html) {
		this.data = data;
		this.html = html;
	}

	void write() throws IOException {
		html.open("section", "class", "cover", "id", "cover");
		html.element("h1", "Commissioning report: " + data.plantName());
		facts(CoverFacts.campaign(data), "campaign");
		html.element("h2", "Server identity");
		if (data.campaign.getSessions().isEmpty()) {
			html.element("p", "No session: nothing was run against a server.");
		}
		for (Session session : data.campaign.getSessions()) {
			facts(CoverFacts.session(session), "session");
		}
		html.element("h2", "Signatures");
		if (data.campaign.getSignatures().isEmpty()) {
			html.element("p", "Not signed.");
		} else {
			html.open("table", "class", "signatures");
			html.row("th", CoverFacts.SIGNATURE_HEADERS);
			for (Signature signature : data.campaign.getSignatures()) {
				html.row("td", CoverFacts.signature(signature));
			}
			html.close("table");
		}
		html.element("h2", "Evidence chain");
		html.open("table", "class", "facts chain", "id", "chain");
		for (CoverFacts.Fact fact : CoverFacts.chain(data.context)) {
			boolean verdict = fact.label().equals("Verified");
			html.open("tr").element("th", fact.label()).element("td", fact.value(), "class",
					verdict ? (data.context.chainIntact() ? "intact" : "broken") : "mono").close("tr");
		}
		html.close("table");
		html.close("section").raw("\n");
		summary();
	}

	private void facts(List<CoverFacts.Fact> facts, String kind) throws IOException {
		html.open("table", "class", "facts " + kind);
		for (CoverFacts.Fact fact : facts) {
			html.open("tr").element("th", fact.label()).element("td", fact.value()).close("tr");
		}
		html.close("table");
	}

	private void summary() throws IOException {
		html.open("section", "class", "part summary", "id", "summary");
		html.element("h2", "Summary");
		counts("Area", data.byArea, "per-area");
		counts("Kind", data.byKind, "per-kind");
		html.close("section").raw("\n");
	}

	private void counts(String first, List<StateCounts> rows, String id) throws IOException {
		html.open("table", "class", "counts", "id", id);
		html.open("tr").element("th", first);
		for (String header : StateCounts.HEADERS) {
			html.element("th", header);
		}
		html.close("tr");
		for (StateCounts row : rows) {
			count(row, "td");
		}
		count(data.total, "th");
		html.close("table");
	}

	private void count(StateCounts row, String cell) throws IOException {
		html.open("tr").element(cell, row.label());
		for (int value : row.values()) {
			html.element(cell, Integer.toString(value));
		}
		html.close("tr");
	}
}
