// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

/** A format the product saves by replacing the whole file (through AtomicFileWriter), seen through its own API. */
interface ReplacedFormat {

	String fileName();

	/** A new resource for {@code file} holding synthetic content; variants differ. */
	Resource synthetic(Path file, int variant);

	/** The file as the product reads it; throws when the product would report an error. */
	Resource load(Path file) throws IOException;

	void save(Resource resource, Path file) throws IOException;

	byte[] bytes(Resource resource) throws IOException;
}
