package org.twinworks.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.model.persistence.FileProblem;
import org.twinworks.model.validation.ValidationProblem;

/**
 * Validation results as Problems-view markers on the model file. Each marker remembers its element's UUID,
 * so double-clicking it opens the editor on that element.
 */
public final class ProblemMarkers {
	public static final String TYPE = "org.twinworks.ui.problem";
	public static final String ELEMENT_ID = "elementId";

	private ProblemMarkers() {
	}

	public static void replace(IFile file, List<ValidationProblem> problems, List<FileProblem> fileProblems)
			throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.getWorkspace().run(monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (FileProblem problem : fileProblems) {
				IMarker marker = file.createMarker(TYPE);
				marker.setAttribute(IMarker.MESSAGE, problem.message());
				marker.setAttribute(IMarker.SEVERITY, problem.severity() == FileProblem.Severity.ERROR
						? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
				if (problem.line() > 0) {
					marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
				}
			}
			for (ValidationProblem problem : problems) {
				IMarker marker = file.createMarker(TYPE);
				marker.setAttribute(IMarker.MESSAGE, problem.message());
				marker.setAttribute(IMarker.SEVERITY, severity(problem.severity()));
				marker.setAttribute(IMarker.LOCATION, problem.path().isEmpty() ? "plant" : problem.path());
				String id = idOf(problem.element());
				if (id != null) {
					marker.setAttribute(ELEMENT_ID, id);
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
