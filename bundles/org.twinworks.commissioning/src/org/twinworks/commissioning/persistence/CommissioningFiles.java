// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CommissioningPackage;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.core.persistence.LoadedResource;
import org.twinworks.core.persistence.ResourceFiles;

/** Reading and writing commissioning records outside the workbench (headless commands, tests, benchmarks). */
public final class CommissioningFiles {

	private CommissioningFiles() {
	}

	/** The record that belongs beside a plant model: {@code plant.twin} → {@code plant.twincx}. */
	public static Path recordBeside(Path plantFile) {
		String name = plantFile.getFileName().toString();
		String base = name.endsWith(".twin") ? name.substring(0, name.length() - ".twin".length()) : name;
		return plantFile.resolveSibling(base + "." + CommissioningResource.FILE_EXTENSION);
	}

	/** A resource set that knows .twincx files and the commissioning package, in OSGi or not. */
	public static ResourceSet configure(ResourceSet set) {
		set.getPackageRegistry().put(CommissioningPackage.eNS_URI, CommissioningPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(CommissioningResource.FILE_EXTENSION,
				new CommissioningResourceFactory());
		return set;
	}

	/** Always a .twincx resource, whatever the file is called. */
	public static CommissioningResource createResource(ResourceSet set, Path file) {
		CommissioningResource resource = new CommissioningResource(URI.createFileURI(file.toAbsolutePath().toString()));
		set.getResources().add(resource);
		return resource;
	}

	/** A new, empty record resource for {@code file} holding {@code campaign}. */
	public static CommissioningResource newRecord(Path file, Campaign campaign) {
		CommissioningResource resource = createResource(configure(new ResourceSetImpl()), file);
		resource.getContents().add(campaign);
		return resource;
	}

	/**
	 * Reads a record; never throws for bad content: a malformed file comes back with its problems (file, line, column)
	 * and is never replaced by an empty record.
	 */
	public static LoadedRecord load(Path file) {
		CommissioningResource resource = createResource(configure(new ResourceSetImpl()), file);
		LoadedResource<CommissioningResource> loaded = ResourceFiles.read(resource, file, resource.loadOptions());
		return new LoadedRecord(loaded);
	}

	/** Writes atomically and keeps the previous version as {@code <file>.bak}. */
	public static List<FileProblem> save(Resource resource, Path file) throws IOException {
		return ResourceFiles.save(resource, file, ((CommissioningResource) resource).saveOptions());
	}

	/** The bytes a record saves to: what determinism checks compare. */
	public static byte[] bytes(Resource resource) throws IOException {
		return ResourceFiles.bytes(resource, ((CommissioningResource) resource).saveOptions());
	}
}
