// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.core.persistence.AtomicFileWriter;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.core.persistence.FileSizeLimit;
import org.twinworks.core.persistence.LoadedResource;
import org.twinworks.core.persistence.ResourceFiles;
import org.twinworks.core.persistence.SiblingBufferedSave;
import org.twinworks.core.persistence.XmlOptions;

/** The persistence every format shares, on a plain Ecore resource: no plant or diagram format involved. */
class ResourceFilesTest {
	@TempDir
	Path dir;

	@Test
	void anAtomicWriteKeepsThePreviousVersionAndLeavesNoTemporaryFile() throws IOException {
		Path file = dir.resolve("data.xml");
		AtomicFileWriter.write(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
		AtomicFileWriter.write(file, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
		assertEquals("second", Files.readString(file));
		assertEquals("first", Files.readString(AtomicFileWriter.backupOf(file)));
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "the file and its backup, nothing else");
		}
	}

	@Test
	void aCrashBeforeTheRenameLeavesTheOldContent() throws IOException {
		Path file = Files.writeString(dir.resolve("data.xml"), "old");
		assertThrows(IOException.class, () -> AtomicFileWriter.write(file,
				out -> out.write("new".getBytes(StandardCharsets.UTF_8)), written -> {
					throw new IOException("simulated crash");
				}));
		assertEquals("old", Files.readString(file));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList());
		}
	}

	@Test
	void aSavedResourceReadsBackWithItsRootAndNoProblems() throws IOException {
		Path file = dir.resolve("pkg.ecore");
		XMIResourceImpl resource = resource(file);
		EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
		pkg.setName("sample");
		EClass type = EcoreFactory.eINSTANCE.createEClass();
		type.setName("Thing");
		pkg.getEClassifiers().add(type);
		resource.getContents().add(pkg);
		assertEquals(List.of(), ResourceFiles.save(resource, file, XmlOptions.save()));
		assertArrayEquals(Files.readAllBytes(file), ResourceFiles.bytes(resource, XmlOptions.save()));

		LoadedResource<XMIResourceImpl> loaded = ResourceFiles.read(resource(file), file, XmlOptions.load());
		assertTrue(loaded.readable());
		assertFalse(loaded.hasErrors());
		assertEquals("sample", loaded.root(EPackage.class).getName());
		assertNull(loaded.root(EClass.class), "the root is a package, not a class");
		assertEquals(1, loaded.roots(EPackage.class).size());
	}

	@Test
	void aDoctypeIsRefusedWithItsLineAndNothingLeaks() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		Path file = Files.writeString(dir.resolve("xxe.ecore"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE p [ <!ENTITY leak SYSTEM "%s"> ]>
				<ecore:EPackage xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="&leak;"/>
				""".formatted(secret.toUri()));
		LoadedResource<XMIResourceImpl> loaded = ResourceFiles.read(resource(file), file, XmlOptions.load());
		assertFalse(loaded.readable());
		FileProblem problem = loaded.problems().get(0);
		assertEquals(FileProblem.Severity.ERROR, problem.severity());
		assertEquals(2, problem.line());
		assertTrue(problem.message().contains("DOCTYPE"), problem.message());
		assertTrue(loaded.resource().getContents().isEmpty());
	}

	@Test
	void aFileOverTheLimitIsNotReadAtAll() throws IOException {
		Path file = Files.writeString(dir.resolve("big.ecore"), "<not even xml");
		String before = System.getProperty(FileSizeLimit.PROPERTY);
		System.setProperty(FileSizeLimit.PROPERTY, "4");
		try {
			LoadedResource<XMIResourceImpl> loaded = ResourceFiles.read(resource(file), file, XmlOptions.load());
			assertFalse(loaded.readable());
			assertEquals(1, loaded.problems().size(), "refused before parsing: no XML error besides the size");
			assertTrue(loaded.problems().get(0).message().contains("over the limit"), loaded.problems().toString());
		} finally {
			if (before == null) {
				System.clearProperty(FileSizeLimit.PROPERTY);
			} else {
				System.setProperty(FileSizeLimit.PROPERTY, before);
			}
		}
	}

	@Test
	void aMissingFileIsAProblemNotAnException() {
		Path file = dir.resolve("nowhere.ecore");
		XMIResourceImpl resource = resource(file);
		LoadedResource<XMIResourceImpl> loaded = ResourceFiles.read(resource, file, XmlOptions.load());
		assertSame(resource, loaded.resource());
		assertFalse(loaded.readable());
		assertEquals("no such file", loaded.problems().get(0).message());
	}

	@Test
	void aLargeDocumentIsBufferedBesideTheFileAndTheBufferIsGoneAfterTheSave() throws Exception {
		Path file = dir.resolve("large.ecore");
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toString())) {
			@Override
			protected XMLSave createXMLSave() {
				return new SiblingBufferedSave(createXMLHelper());
			}
		};
		EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
		pkg.setName("large");
		for (int i = 0; i < 2_000; i++) {
			EClass type = EcoreFactory.eINSTANCE.createEClass();
			type.setName("Thing" + i);
			pkg.getEClassifiers().add(type);
		}
		resource.getContents().add(pkg);
		List<String> created = new ArrayList<>();
		try (WatchService watcher = dir.getFileSystem().newWatchService()) {
			dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
			assertEquals(List.of(), ResourceFiles.save(resource, file, XmlOptions.save()));
			WatchKey key;
			while ((key = watcher.poll(1, TimeUnit.SECONDS)) != null) {
				key.pollEvents().forEach(event -> created.add(event.context().toString()));
				key.reset();
			}
		}
		assertTrue(created.stream().anyMatch(name -> name.startsWith(".large.ecore.") && name.endsWith(".buffer.tmp")),
				"EMF's file buffer was made beside the file (not in the system's temporary folder): " + created);
		try (var files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList(), "the buffer is gone after the save");
		}
		assertArrayEquals(ResourceFiles.bytes(resource, XmlOptions.save()), Files.readAllBytes(file),
				"the same bytes as a save buffered in memory");
	}

	private static XMIResourceImpl resource(Path file) {
		EcorePackage.eINSTANCE.eClass();
		return new XMIResourceImpl(URI.createFileURI(file.toString()));
	}
}
