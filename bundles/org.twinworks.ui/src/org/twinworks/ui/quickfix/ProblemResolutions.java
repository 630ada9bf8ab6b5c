// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.twinworks.model.edit.quickfix.QuickFix;
import org.twinworks.model.edit.quickfix.QuickFixes;
import org.twinworks.model.rules.ProblemCode;
import org.twinworks.ui.editor.PlantEditor;

/**
 * The quick fixes for a Twinworks problem marker, found by the problem code it stores. With the file open, only the
 * fixes that apply to the element as it is now; closed, every fix of the code (the editor opens when one runs).
 */
public final class ProblemResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		ProblemCode code = MarkedElements.codeOf(marker);
		return code != ProblemCode.OTHER && !QuickFixes.forCode(code).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		ProblemCode code = MarkedElements.codeOf(marker);
		PlantEditor open = MarkedElements.openEditor(marker);
		EObject element = open == null ? null : MarkedElements.element(open.getResource(), marker);
		return QuickFixes.forCode(code).stream().filter(fix -> element == null || fix.appliesTo(element))
				.map(fix -> resolution(marker, fix)).toArray(IMarkerResolution[]::new);
	}

	private static IMarkerResolution resolution(IMarker marker, QuickFix fix) {
		return new QuickFixResolution(marker, fix);
	}
}
