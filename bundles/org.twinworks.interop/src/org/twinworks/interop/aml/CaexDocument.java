// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml;

/**
 * A CAEX file read into memory.
 *
 * @param file the name used in messages
 * @param schemaVersion {@code 2.15} or {@code 3.0}
 * @param root the {@code CAEXFile} element
 * @param elementCount how many elements the file holds
 */
public record CaexDocument(String file, String schemaVersion, CaexElement root, int elementCount) {

	/** The CAEX 3.0 namespace; CAEX 2.15 files use none. */
	public static final String NAMESPACE_3_0 = "http://www.dke.de/CAEX";
}
