// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the exported model says about itself. The publication date is given by the caller (never "now" inside the
 * exporter), so that the same plant with the same options always gives the same bytes.
 *
 * @param version the model's Version, e.g. {@code 1.0.0}
 * @param publicationDate the model's PublicationDate (also the file's LastModified), kept to the second
 */
public record ExportOptions(String version, Instant publicationDate) {

	public static final String DEFAULT_VERSION = "1.0.0";

	public ExportOptions {
		if (version.isBlank()) {
			throw new IllegalArgumentException("the model version is empty");
		}
		publicationDate = publicationDate.truncatedTo(ChronoUnit.SECONDS);
	}

	/** Version {@value #DEFAULT_VERSION}, published at {@code publicationDate}. */
	public static ExportOptions of(Instant publicationDate) {
		return new ExportOptions(DEFAULT_VERSION, publicationDate);
	}
}
