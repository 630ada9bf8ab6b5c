// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.jspecify.annotations.Nullable;

/**
 * The result of reading a file into a resource: whatever could be read, and every problem found. A malformed
 * file is not an exception and not an empty resource: the caller shows the problems and keeps the content.
 *
 * @param readable false when the file could not be read to its end (missing, too large, not well-formed)
 */
public record LoadedResource<R extends Resource>(Path file, R resource, List<FileProblem> problems, boolean readable) {

	public boolean hasErrors() {
		return FileProblem.anyError(problems);
	}

	/** The first root object when it is a {@code type}, else null (empty, unreadable or another kind of file). */
	public <T> @Nullable T root(Class<T> type) {
		return resource.getContents().isEmpty() || !type.isInstance(resource.getContents().get(0))
				? null
				: type.cast(resource.getContents().get(0));
	}

	/** Every root object that is a {@code type}, in file order. */
	public <T> List<T> roots(Class<T> type) {
		return resource.getContents().stream().filter(type::isInstance).map(type::cast).toList();
	}
}
