// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.quickfix;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.twinworks.model.edit.quickfix.QuickFix;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.editor.ProblemMarkers;

/**
 * A quick fix offered for a marker in the Problems view. The markers of the same kind in the same file can be fixed
 * with it at once (when the fix takes several), as one command on the plant editor's stack: one undo.
 */
public final class QuickFixResolution extends WorkbenchMarkerResolution {
	private final IMarker marker;
	private final QuickFix fix;

	QuickFixResolution(IMarker marker, QuickFix fix) {
		this.marker = marker;
		this.fix = fix;
	}

	public QuickFix fix() {
		return fix;
	}

	@Override
	public String getLabel() {
		return fix.label();
	}

	@Override
	public String getDescription() {
		return fix.label().replace("...", "") + (fix.needsChoice() ? ": you pick from a list" : "")
				+ (fix.fixesSeveral() ? "; select several problems of this kind to fix them at once." : ".")
				+ " One undo in the plant editor takes it back.";
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IMarker[] findOtherMarkers(IMarker[] markers) {
		if (!fix.fixesSeveral()) {
			return new IMarker[0];
		}
		return Arrays.stream(markers).filter(m -> !m.equals(marker) && sameKind(m)).toArray(IMarker[]::new);
	}

	private boolean sameKind(IMarker other) {
		try {
			return other.exists() && ProblemMarkers.TYPE.equals(other.getType())
					&& Objects.equals(other.getResource(), marker.getResource())
					&& MarkedElements.codeOf(other) == fix.code();
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public void run(IMarker single) {
		run(new IMarker[]{single}, null);
	}

	@Override
	public void run(IMarker[] markers, IProgressMonitor monitor) {
		IMarker[] ofThisFile = Arrays.stream(markers)
				.filter(m -> m.equals(marker) || Objects.equals(m.getResource(), marker.getResource()))
				.toArray(IMarker[]::new);
		List<String> ids = MarkedElements.elementIds(ofThisFile);
		try {
			PlantEditor editor = MarkedElements.editorFor(marker);
			if (editor != null) {
				FixRunner.run(editor, fix, MarkedElements.elements(editor, ids));
			}
		} catch (CoreException e) {
			ILog.of(QuickFixResolution.class).error("Could not open the plant editor of " + marker.getResource(), e);
		}
	}
}
