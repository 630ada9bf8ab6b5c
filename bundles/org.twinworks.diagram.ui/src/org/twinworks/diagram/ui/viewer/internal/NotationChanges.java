// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.twinworks.diagram.notation.Bendpoint;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Label;
import org.twinworks.diagram.notation.NotationPackage;
import org.twinworks.diagram.notation.NotationPackage.Literals;
import org.twinworks.diagram.notation.Style;
import org.twinworks.diagram.notation.View;

/**
 * What changed since the scene was last brought up to date, from the notifications of everything the diagram's
 * resource set holds: the views of this diagram whose geometry, label or style changed (the scene can replace their
 * figures), or whether anything else changed (semantic elements, views added or removed, layers) so that the scene
 * must be built again.
 */
public final class NotationChanges extends EContentAdapter {
	private static final Set<EStructuralFeature> GEOMETRY = Set.of(Literals.NODE__X, Literals.NODE__Y,
			Literals.NODE__WIDTH, Literals.NODE__HEIGHT, Literals.PORT__SIDE, Literals.PORT__OFFSET,
			Literals.EDGE__SOURCE, Literals.EDGE__TARGET, Literals.EDGE__ROUTING, Literals.EDGE__BENDPOINTS,
			Literals.VIEW__LABEL, Literals.VIEW__STYLE);

	private final Diagram diagram;
	private final Notifier watched;
	private final Set<View> touched = Collections.newSetFromMap(new IdentityHashMap<>());
	private boolean rebuild;

	private NotationChanges(Diagram diagram) {
		this.diagram = diagram;
		Resource resource = diagram.eResource();
		ResourceSet set = resource == null ? null : resource.getResourceSet();
		watched = set != null ? set : resource != null ? resource : diagram;
	}

	/** Starts listening to the diagram's resource set (or resource, or the diagram alone when it has neither). */
	public static NotationChanges attach(Diagram diagram) {
		NotationChanges changes = new NotationChanges(diagram);
		changes.watched.eAdapters().add(changes);
		return changes;
	}

	public void detach() {
		watched.eAdapters().remove(this);
	}

	/** True when something changed that only a full build shows, or nothing was recorded at all. */
	public boolean needsRebuild() {
		return rebuild || touched.isEmpty();
	}

	/** The views whose figures changed (their nodes' contents and the edges at them follow). */
	public Set<View> touchedViews() {
		return Set.copyOf(touched);
	}

	/** The scene is up to date. */
	public void clear() {
		touched.clear();
		rebuild = false;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER
				|| notification.getEventType() == Notification.RESOLVE) {
			return;
		}
		Object notifier = notification.getNotifier();
		if (notifier instanceof Resource) {
			int feature = notification.getFeatureID(Resource.class);
			if (feature != Resource.RESOURCE__IS_MODIFIED && feature != Resource.RESOURCE__IS_TRACKING_MODIFICATION
					&& feature != Resource.RESOURCE__TIME_STAMP && feature != Resource.RESOURCE__ERRORS
					&& feature != Resource.RESOURCE__WARNINGS && feature != Resource.RESOURCE__URI) {
				rebuild = true;
			}
			return;
		}
		if (!(notifier instanceof EObject object)) {
			rebuild = true;
			return;
		}
		if (object.eClass().getEPackage() == NotationPackage.eINSTANCE && !inDiagram(object)) {
			return; // another diagram of the same notation file
		}
		View view = viewOf(object, notification.getFeature());
		if (view == null) {
			rebuild = true;
		} else {
			touched.add(view);
		}
	}

	/** The view whose figure a notification changes, or null when the change needs a full build. */
	private View viewOf(EObject object, Object feature) {
		if (object instanceof View view && GEOMETRY.contains(feature)) {
			return view;
		}
		if ((object instanceof Label || object instanceof Style || object instanceof Bendpoint)
				&& object.eContainer() instanceof View owner) {
			return owner;
		}
		return null;
	}

	private boolean inDiagram(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o == diagram) {
				return true;
			}
		}
		return false;
	}
}
