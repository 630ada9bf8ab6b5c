// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Named;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.validation.ValidationProblem;
import org.twinworks.ui.emf.EmfLabelProvider;

/**
 * Item provider labels, with an error or warning overlay on elements validation complained about; tagged elements
 * end with what the editor's participants add (a signal's live value).
 */
final class PlantLabelProvider extends EmfLabelProvider {
	private final Map<EObject, ValidationProblem.Severity> worst = new HashMap<>();
	private final LocalResourceManager overlays = new LocalResourceManager(JFaceResources.getResources());
	private final Function<EObject, String> suffix;

	PlantLabelProvider(AdapterFactory adapterFactory, Function<EObject, String> suffix) {
		super(adapterFactory);
		this.suffix = suffix;
	}

	void showProblems(List<ValidationProblem> problems) {
		worst.clear();
		for (ValidationProblem problem : problems) {
			if (problem.element() != null) {
				worst.merge(problem.element(), problem.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
			}
		}
	}

	ValidationProblem.Severity severityOf(Object element) {
		return worst.get(element);
	}

	/** Tagged elements read as engineers write them: "P-101  Intake pump 1 (duty)". */
	@Override
	public String getText(Object element) {
		if (element instanceof EObject e) {
			String tag = ModelPaths.tagOf(e);
			if (tag != null && !tag.isBlank()) {
				String name = e instanceof Named n ? n.getName() : null;
				String text = name == null || name.isBlank() ? tag : tag + "  " + name;
				return text + suffix.apply(e);
			}
		}
		if (element instanceof EngineeringUnit unit) {
			return unitText(unit);
		}
		return super.getText(element);
	}

	/** "m  metre", as a unit reads on a data sheet, not "Engineering Unit MTR". */
	private static String unitText(EngineeringUnit unit) {
		String symbol = unit.getSymbol() == null || unit.getSymbol().isBlank() ? unit.getCode() : unit.getSymbol();
		String description = unit.getDescription();
		String text = symbol == null ? "" : symbol;
		return description == null || description.isBlank() ? text : (text + "  " + description).strip();
	}

	@Override
	public Image getImage(Object element) {
		Image base = super.getImage(element);
		ValidationProblem.Severity severity = worst.get(element);
		if (base == null || severity == null || severity == ValidationProblem.Severity.INFO) {
			return base;
		}
		ImageDescriptor overlay = PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(severity == ValidationProblem.Severity.ERROR
						? ISharedImages.IMG_DEC_FIELD_ERROR
						: ISharedImages.IMG_DEC_FIELD_WARNING);
		return overlays.create(new DecorationOverlayIcon(base, overlay, IDecoration.BOTTOM_LEFT));
	}

	@Override
	public void dispose() {
		overlays.dispose();
		super.dispose();
	}
}
