// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.persistence;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.core.persistence.LoadedResource;

/** A commissioning record as read: its campaign when the file held one, and every problem found reading it. */
public record LoadedRecord(LoadedResource<CommissioningResource> loaded) {

	public Path file() {
		return loaded.file();
	}

	public CommissioningResource resource() {
		return loaded.resource();
	}

	public List<FileProblem> problems() {
		return loaded.problems();
	}

	public boolean hasErrors() {
		return loaded.hasErrors() || campaign() == null;
	}

	/**
	 * The campaign, or null when the file is unreadable or holds something else: a partly read record is never handed
	 * out, so nothing can save it over the whole one.
	 */
	public @Nullable Campaign campaign() {
		return loaded.readable() ? loaded.root(Campaign.class) : null;
	}

	/** The problems as lines a person can act on: {@code file:line:column: message}. */
	public List<String> messages() {
		List<String> lines = problems().stream().map(FileProblem::toString).toList();
		if (lines.isEmpty() && campaign() == null) {
			return List.of(file() + ": holds no commissioning campaign");
		}
		return lines;
	}
}
