package org.twinworks.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.twinworks.model.Named;
import org.twinworks.model.Signal;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.LiveSignal;
import org.twinworks.ui.live.LiveText;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.validation.ValidationProblem;
import org.twinworks.ui.emf.EmfLabelProvider;

/** Item provider labels, with an error or warning overlay on elements validation complained about. */
final class PlantLabelProvider extends EmfLabelProvider {
	private final Map<EObject, ValidationProblem.Severity> worst = new HashMap<>();
	private final LocalResourceManager overlays = new LocalResourceManager(JFaceResources.getResources());
	private LiveModel live;

	PlantLabelProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	void showProblems(List<ValidationProblem> problems) {
		worst.clear();
		for (ValidationProblem problem : problems) {
			if (problem.element() != null) {
				worst.merge(problem.element(), problem.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
			}
		}
	}

	/** Signals show their live value and unit while {@code model} has one for them; null for none. */
	void setLive(LiveModel model) {
		live = model;
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
				return e instanceof Signal signal ? text + liveSuffix(signal) : text;
			}
		}
		return super.getText(element);
	}

	/** "  = 4.52 bar" while online; a stale value says so; nothing when offline, so no old value passes as live. */
	private String liveSuffix(Signal signal) {
		if (live == null) {
			return "";
		}
		LiveSignal s = live.signal(signal);
		if (!s.online() || s.value() == null) {
			return "";
		}
		String value = LiveText.value(signal, s.value());
		boolean stale = s.state() != null && s.state().stale();
		return "  = " + value + (stale ? " (stale)" : s.value().isBad() ? " (bad)" : "");
	}

	@Override
	public Image getImage(Object element) {
		Image base = super.getImage(element);
		ValidationProblem.Severity severity = worst.get(element);
		if (base == null || severity == null || severity == ValidationProblem.Severity.INFO) {
			return base;
		}
		ImageDescriptor overlay = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(
				severity == ValidationProblem.Severity.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR
						: ISharedImages.IMG_DEC_FIELD_WARNING);
		return overlays.create(new DecorationOverlayIcon(base, overlay, IDecoration.BOTTOM_LEFT));
	}

	@Override
	public void dispose() {
		overlays.dispose();
		super.dispose();
	}
}
