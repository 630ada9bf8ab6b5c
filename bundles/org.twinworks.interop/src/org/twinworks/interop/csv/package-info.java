// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * CSV tag lists of PLC and DCS engineering tools: reading with dialect detection and a column mapping
 * ({@link org.twinworks.interop.csv.CsvTagListReader}, {@link org.twinworks.interop.csv.CsvPreview}), the import
 * into an {@link org.twinworks.interop.merge.ImportDraft} ({@link org.twinworks.interop.csv.CsvTagListImporter}) and
 * the export of a plant's signals in the same format ({@link org.twinworks.interop.csv.CsvTagListWriter}).
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.csv;
