// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A {@code <Model>} of a NodeSet2 file, or one of its {@code <RequiredModel>}s (then {@code requiredModels} is empty).
 *
 * @param publicationDate null when the file gives none
 * @param line where the element is in its file
 */
public record ModelInfo(String modelUri, @Nullable String version, @Nullable Instant publicationDate,
		List<ModelInfo> requiredModels, int line) {

	public ModelInfo {
		requiredModels = List.copyOf(requiredModels);
	}

	/** "uri version 1.04.0 of 2022-11-03" for messages. */
	public String describe() {
		StringBuilder text = new StringBuilder(modelUri);
		if (version != null) {
			text.append(" version ").append(version);
		}
		if (publicationDate != null) {
			text.append(" published ").append(publicationDate.toString(), 0, 10);
		}
		return text.toString();
	}
}
