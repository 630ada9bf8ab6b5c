// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Step;

/**
 * The report as RFC 4180 CSV, one row per step (a check without steps gets one row), UTF-8 with a header and
 * CRLF line ends. A cell that a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading quote;
 * plain numbers such as -1.5 are left as they are, since no spreadsheet runs them.
 */
final class CsvReportWriter {
	static final String[] HEADERS = {"check id", "kind", "tag", "area", "equipment", "state", "step", "phase",
			"expected", "tolerance", "observed", "verdict", "unit", "note", "state reason", "obsolete", "assignee"};
	private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

	private final ReportData data;
	private final Writer out;
	private final Progress progress;

	CsvReportWriter(ReportData data, Writer out, Progress progress) {
		this.data = data;
		this.out = out;
		this.progress = progress;
	}

	void write() throws IOException {
		row(HEADERS);
		progress.worked();
		String[] cells = new String[HEADERS.length];
		for (Check check : data.campaign.getChecks()) {
			cells[0] = Texts.of(check.getId());
			cells[1] = check.getKind() == null ? "" : check.getKind().getLiteral();
			cells[2] = Texts.of(check.getTag());
			cells[3] = Texts.of(check.getArea());
			cells[4] = Texts.of(check.getEquipment());
			cells[5] = check.getState() == null ? "" : check.getState().getName();
			cells[14] = Texts.of(check.getReason());
			cells[15] = check.isObsolete() ? "obsolete: " + Texts.of(check.getObsoleteReason()) : "";
			cells[16] = Texts.of(check.getAssignee());
			if (check.getSteps().isEmpty()) {
				java.util.Arrays.fill(cells, 6, 14, "");
				row(cells);
			}
			for (Step step : check.getSteps()) {
				cells[6] = Texts.of(step.getName());
				cells[7] = step.getPhase() == null ? "" : step.getPhase().getName();
				cells[8] = Texts.of(step.getExpected());
				cells[9] = Texts.toleranceNumber(step);
				cells[10] = Texts.of(step.getObserved());
				cells[11] = step.getVerdict() == null ? "" : step.getVerdict().getName();
				cells[12] = Texts.of(step.getUnit());
				cells[13] = Texts.of(step.getNote());
				row(cells);
			}
			progress.worked();
		}
	}

	private void row(String[] cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			cell(cells[i]);
		}
		out.write("\r\n");
	}

	private void cell(String text) throws IOException {
		String value = defused(text);
		boolean quote = false;
		for (int i = 0; i < value.length() && !quote; i++) {
			char c = value.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		if (!quote) {
			out.write(value);
			return;
		}
		out.write('"');
		out.write(value.replace("\"", "\"\""));
		out.write('"');
	}

	/** Guards against CSV formula injection (OWASP): a cell that could start a formula is prefixed by a quote. */
	static String defused(String text) {
		if (text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		if (!risky || PLAIN_NUMBER.matcher(text).matches()) {
			return text;
		}
		return "'" + text;
	}
}
