// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.pid.EditorDiagrams;

/** The plant editor's dialogs and file chores around Save and Save As. */
final class SaveSupport {

	private SaveSupport() {
	}

	/** Asks before saving a model that did not load fully; true to go on. */
	static boolean confirmPartialSave(Shell shell, Path file, Path copy) {
		return MessageDialog.openQuestion(shell, "Save a model that did not load fully?",
				file + " could not be read completely when it was opened. Saving writes only what was read; the "
						+ "original file is first copied to " + copy.getFileName() + ". Save anyway?");
	}

	/** Where an unreadable original is kept: the .bak of the next saves would replace it, so it gets a name of its own. */
	static Path unreadableCopy(Path file) {
		return file.resolveSibling(file.getFileName() + ".unreadable-"
				+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
	}

	static void keepUnreadable(Path file, Path copy) throws IOException {
		Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
	}

	/** The workspace sees the saved model file and its notation file beside it. */
	static void refreshSaved(Optional<IFile> workspaceFile, EditorDiagrams diagrams) {
		workspaceFile.ifPresent(f -> refresh(f));
		workspaceFile.ifPresent(
				f -> refresh(f.getParent().getFile(IPath.fromOSString(diagrams.file().getFileName().toString()))));
	}

	private static void refresh(IFile f) {
		try {
			f.refreshLocal(IResource.DEPTH_ZERO, null);
		} catch (CoreException e) {
			ILog.of(SaveSupport.class).warn("Could not refresh " + f, e);
		}
	}

	static void warnAboutProblems(Shell shell, List<FileProblem> problems) {
		if (!problems.isEmpty()) {
			MessageDialog.openWarning(shell, "Saved with problems", "The model was saved, but:\n"
					+ String.join("\n", problems.stream().map(FileProblem::message).toList()));
		}
	}

	/** The workspace file chosen in the Save As dialog (a .twin by default), or empty when cancelled. */
	static Optional<IFile> askSaveAsTarget(Shell shell, Optional<IFile> original) {
		SaveAsDialog dialog = new SaveAsDialog(shell);
		original.ifPresent(dialog::setOriginalFile);
		if (dialog.open() != Window.OK || dialog.getResult() == null) {
			return Optional.empty();
		}
		IPath path = dialog.getResult();
		if (path.getFileExtension() == null) {
			path = path.addFileExtension("twin");
		}
		return Optional.of(ResourcesPlugin.getWorkspace().getRoot().getFile(path));
	}

	/** Writes the model and its diagrams to {@code target}; false, after telling the user why, when it could not. */
	static boolean writeCopy(Shell shell, IFile target, Resource model, EditorDiagrams diagrams) {
		if (target.getLocation() == null || !target.getProject().isOpen()) {
			MessageDialog.openError(shell, "Save As",
					target.getFullPath() + " is not in an open project: choose a folder of an open project.");
			return false;
		}
		Path location = target.getLocation().toPath();
		try {
			PlantFiles.save(model, location);
			diagrams.saveAs(location);
			target.getParent().refreshLocal(IResource.DEPTH_ONE, null);
			return true;
		} catch (IOException | CoreException e) {
			MessageDialog.openError(shell, "Save As failed",
					"Could not save " + target.getFullPath() + ":\n" + e.getMessage());
			return false;
		}
	}

	static void deleteMarkers(IFile old) {
		try {
			old.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			ILog.of(SaveSupport.class).warn("Could not remove the markers of " + old, e);
		}
	}
}
