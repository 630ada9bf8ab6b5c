// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import org.eclipse.core.runtime.IProgressMonitor;
import org.twinworks.interop.aml.AmlImporter;
import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvLimits;
import org.twinworks.interop.csv.CsvMappingFile;
import org.twinworks.interop.csv.CsvTagListImporter;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.Plant;

/** Reads what the source page asked for into a draft, off the UI thread. */
final class ImportReaders {

	private ImportReaders() {
	}

	static ImportDraft read(ImportRequest request, Plant into, IProgressMonitor monitor) throws Exception {
		monitor.beginTask(
				"Reading " + request.files().get(0).getFileName()
						+ (request.files().size() > 1 ? " and " + (request.files().size() - 1) + " more" : ""),
				IProgressMonitor.UNKNOWN);
		try {
			return switch (request.kind()) {
			case CSV -> readCsv(request);
			case AML -> AmlImporter.importFile(request.files().get(0));
			case NODESET -> NodeSetReading.read(request, monitor);
			};
		} finally {
			monitor.done();
		}
	}

	private static ImportDraft readCsv(ImportRequest request) throws Exception {
		CsvImportOptions options = CsvImportOptions.defaults();
		if (request.mapping() != null) {
			options = options.withMapping(CsvMappingFile.read(request.mapping(), CsvLimits.DEFAULT));
		}
		return CsvTagListImporter.importFile(request.files().get(0), options);
	}
}
