// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import org.jspecify.annotations.Nullable;

/**
 * How to read a tag list.
 *
 * @param mapping the user's column mapping and dialect overrides ({@link CsvMappingFile#NONE}: guess everything)
 * @param areaName the area equipment goes into when the list has no Area column (or an empty cell); null: the file
 *            name without its extension
 * @param limits the most that is read
 */
public record CsvImportOptions(CsvMappingFile mapping, @Nullable String areaName, CsvLimits limits) {

	public static CsvImportOptions defaults() {
		return new CsvImportOptions(CsvMappingFile.NONE, null, CsvLimits.DEFAULT);
	}

	public CsvImportOptions withMapping(CsvMappingFile newMapping) {
		return new CsvImportOptions(newMapping, areaName, limits);
	}

	public CsvImportOptions withAreaName(@Nullable String newAreaName) {
		return new CsvImportOptions(mapping, newAreaName, limits);
	}

	public CsvImportOptions withLimits(CsvLimits newLimits) {
		return new CsvImportOptions(mapping, areaName, newLimits);
	}
}
