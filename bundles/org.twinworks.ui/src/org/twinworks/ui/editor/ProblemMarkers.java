// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.model.rules.ProblemCode;
import org.twinworks.model.validation.ValidationProblem;

/**
 * Validation results as Problems-view markers on the model file. Each marker remembers its element's UUID,
 * so double-clicking it opens the editor on that element, and its problem code, so quick fixes find it.
 */
public final class ProblemMarkers {
	public static final String TYPE = "org.twinworks.ui.problem";
	public static final String ELEMENT_ID = "elementId";
	/** The problem's {@link ProblemCode#id()}: what its quick fixes are found by. */
	public static final String PROBLEM_CODE = "twinworks.problem.code";

	private ProblemMarkers() {
	}

	/**
	 * Replaces the file's markers in a workspace job: the UI thread never waits for other jobs holding the
	 * file; the file as scheduling rule keeps successive updates in order.
	 */
	public static void replaceLater(IFile file, List<ValidationProblem> problems, List<FileProblem> fileProblems) {
		List<Problem> snapshot = new java.util.ArrayList<>();
		fileProblems.forEach(p -> snapshot.add(new Problem(p.message(),
				p.severity() == FileProblem.Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING, null,
				p.line(), null, ProblemCode.OTHER)));
		problems.forEach(p -> snapshot.add(new Problem(p.message(), severity(p.severity()),
				p.path().isEmpty() ? "plant" : p.path(), 0, idOf(p.element()), p.code())));
		org.eclipse.core.resources.WorkspaceJob job = new org.eclipse.core.resources.WorkspaceJob(
				"Updating problems of " + file.getName()) {
			@Override
			public org.eclipse.core.runtime.IStatus runInWorkspace(org.eclipse.core.runtime.IProgressMonitor monitor)
					throws CoreException {
				write(file, snapshot);
				return org.eclipse.core.runtime.Status.OK_STATUS;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}

	/** A marker's content, taken on the UI thread so the job never reads the model. */
	private record Problem(String message, int severity, String location, int line, String elementId,
			ProblemCode code) {
	}

	private static void write(IFile file, List<Problem> problems) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.getWorkspace().run(monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Problem problem : problems) {
				IMarker marker = file.createMarker(TYPE);
				marker.setAttribute(IMarker.MESSAGE, problem.message());
				marker.setAttribute(IMarker.SEVERITY, problem.severity());
				if (problem.location() != null) {
					marker.setAttribute(IMarker.LOCATION, problem.location());
				}
				if (problem.line() > 0) {
					marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
				}
				if (problem.elementId() != null) {
					marker.setAttribute(ELEMENT_ID, problem.elementId());
				}
				if (problem.code() != ProblemCode.OTHER) {
					marker.setAttribute(PROBLEM_CODE, problem.code().id());
				}
			}
		}, file, 0, null);
	}

	private static String idOf(EObject element) {
		Resource resource = element == null ? null : element.eResource();
		return resource == null ? null : resource.getURIFragment(element);
	}

	private static int severity(ValidationProblem.Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}
}
