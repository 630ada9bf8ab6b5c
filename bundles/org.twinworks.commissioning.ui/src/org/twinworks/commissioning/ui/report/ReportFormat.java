// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.report;

import java.io.IOException;
import java.nio.file.Path;

import org.twinworks.commissioning.report.CommissioningReport;
import org.twinworks.commissioning.report.ProgressMonitor;

/** The formats the core writes a report in, with the file extension each gets. */
public enum ReportFormat {
	HTML("html", "HTML (printable, opens in the browser)"), PDF("pdf", "PDF (A4)"), CSV("csv", "CSV (one row a step)");

	private final String extension;
	private final String label;

	ReportFormat(String extension, String label) {
		this.extension = extension;
		this.label = label;
	}

	public String extension() {
		return extension;
	}

	public String label() {
		return label;
	}

	/** {@code plant.twincx} → {@code plant-report.<extension>} beside it. */
	public Path besideRecord(Path recordFile) {
		String base = recordFile.getFileName().toString().replaceFirst("\\.twincx$", "");
		return recordFile.toAbsolutePath().resolveSibling(base + "-report." + extension);
	}

	void write(CommissioningReport report, Path out, ProgressMonitor progress) throws IOException {
		switch (this) {
		case HTML -> report.writeHtml(out, progress);
		case PDF -> report.writePdf(out, progress);
		case CSV -> report.writeCsv(out, progress);
		}
	}
}
