// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.core.persistence.ResourceFiles;
import org.twinworks.model.TwinPackage;

/** Reading and writing plant model files outside the workbench (headless commands, tests, benchmarks). */
public final class PlantFiles {

	private PlantFiles() {
	}

	/** A resource set that knows .twin files and the Twinworks package, in OSGi or not. */
	public static ResourceSet newResourceSet() {
		return configure(new ResourceSetImpl());
	}

	/** Teaches an existing resource set (an editing domain's) .twin files and the Twinworks package. */
	public static ResourceSet configure(ResourceSet set) {
		set.getPackageRegistry().put(TwinPackage.eNS_URI, TwinPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(TwinResource.FILE_EXTENSION,
				new TwinResourceFactory());
		return set;
	}

	/** Always a .twin resource, whatever the file is called (Open With, validate x.xml). */
	public static Resource createResource(ResourceSet set, Path file) {
		Resource resource = new TwinResource(URI.createFileURI(file.toAbsolutePath().toString()));
		set.getResources().add(resource);
		return resource;
	}

	/** Reads a model file; never throws for bad content, see {@link LoadedPlant#problems()}. */
	public static LoadedPlant load(Path file) {
		return load(newResourceSet(), file);
	}

	/** Reads a model file into {@code set} (configured with {@link #configure}). */
	public static LoadedPlant load(ResourceSet set, Path file) {
		Resource resource = createResource(set, file);
		return LoadedPlant.of(ResourceFiles.read(resource, file, ((TwinResource) resource).getDefaultLoadOptions()));
	}

	/** Writes atomically and keeps the previous version as {@code <file>.bak}; returns what save recorded. */
	public static List<FileProblem> save(Resource resource, Path file) throws IOException {
		return ResourceFiles.save(resource, file, ((TwinResource) resource).getDefaultSaveOptions());
	}

	/** The bytes a model saves to: what determinism and round-trip checks compare. */
	public static byte[] bytes(Resource resource) throws IOException {
		return ResourceFiles.bytes(resource, ((TwinResource) resource).getDefaultSaveOptions());
	}
}
