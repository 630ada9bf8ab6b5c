// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.twinworks.diagram.notation.NotationPackage;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.core.persistence.ResourceFiles;

/** Reading and writing notation files, in the workbench and headless. */
public final class NotationFiles {

	private NotationFiles() {
	}

	/** The notation file that belongs to a model file: {@code pumps.twin} → {@code pumps.twindiagram}. */
	public static Path notationFileOf(Path modelFile) {
		String name = modelFile.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		return modelFile.resolveSibling(base + "." + NotationResource.FILE_EXTENSION);
	}

	public static ResourceSet configure(ResourceSet set) {
		set.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(NotationResource.FILE_EXTENSION,
				new NotationResourceFactory());
		return set;
	}

	public static NotationResource createResource(ResourceSet set, Path file) {
		NotationResource resource = new NotationResource(URI.createFileURI(file.toAbsolutePath().toString()));
		set.getResources().add(resource);
		return resource;
	}

	/** Reads a notation file into {@code set}; bad content becomes problems with line and column, never a throw. */
	public static LoadedNotation load(ResourceSet set, Path file) {
		configure(set);
		NotationResource resource = createResource(set, file);
		return LoadedNotation.of(ResourceFiles.read(resource, file, resource.getDefaultLoadOptions()));
	}

	/** Atomic save, keeping {@code <file>.bak}. */
	public static List<FileProblem> save(Resource resource, Path file) throws IOException {
		return ResourceFiles.save(resource, file, ((NotationResource) resource).getDefaultSaveOptions());
	}

	public static byte[] bytes(Resource resource) throws IOException {
		return ResourceFiles.bytes(resource, ((NotationResource) resource).getDefaultSaveOptions());
	}
}
