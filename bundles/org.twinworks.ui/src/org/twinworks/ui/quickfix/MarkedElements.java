// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.twinworks.model.rules.ProblemCode;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.editor.ProblemMarkers;

/** From markers to what a fix works on: the plant editor of the marker's file and the marked elements. */
final class MarkedElements {

	private MarkedElements() {
	}

	static ProblemCode codeOf(IMarker marker) {
		return ProblemCode.ofId(marker.getAttribute(ProblemMarkers.PROBLEM_CODE, null));
	}

	/** The plant editor already open on the marker's file, or null. */
	static PlantEditor openEditor(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		FileEditorInput input = new FileEditorInput(file);
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.findEditors(input, PlantEditor.ID, IWorkbenchPage.MATCH_INPUT)) {
					if (reference.getEditor(false) instanceof PlantEditor editor) {
						return editor;
					}
				}
			}
		}
		return null;
	}

	/** The plant editor on the marker's file, opened when none is. */
	static PlantEditor editorFor(IMarker marker) throws PartInitException {
		PlantEditor open = openEditor(marker);
		if (open != null) {
			return open;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null || !(marker.getResource() instanceof IFile file)) {
			return null;
		}
		IEditorPart part = IDE.openEditor(window.getActivePage(), file, PlantEditor.ID, false);
		return part instanceof PlantEditor editor ? editor : null;
	}

	/**
	 * The markers' element ids, read before the editor opens: opening it validates, which replaces the file's
	 * markers.
	 */
	static List<String> elementIds(IMarker[] markers) {
		Set<String> ids = new LinkedHashSet<>();
		for (IMarker marker : markers) {
			String id = marker.getAttribute(ProblemMarkers.ELEMENT_ID, null);
			if (id != null) {
				ids.add(id);
			}
		}
		return new ArrayList<>(ids);
	}

	/** The elements with these ids in the editor's model, in the ids' order. */
	static List<EObject> elements(PlantEditor editor, List<String> ids) {
		Resource resource = editor.getResource();
		List<EObject> elements = new ArrayList<>();
		for (String id : ids) {
			EObject element = resource == null ? null : resource.getEObject(id);
			if (element != null) {
				elements.add(element);
			}
		}
		return elements;
	}

	static EObject element(Resource resource, IMarker marker) {
		String id = marker.getAttribute(ProblemMarkers.ELEMENT_ID, null);
		return id == null || resource == null ? null : resource.getEObject(id);
	}
}
