// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.ui.render.EdgeFigure;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.Scene;

/**
 * The selected views, in the order they were selected, and the semantic elements they show. Only views drawn in
 * the current scene stay selected. Tells its owner after every change made through it.
 */
public final class SelectionModel {
	private final Set<View> views = new LinkedHashSet<>();
	private final Supplier<Scene> scene;
	private final Runnable changed;

	public SelectionModel(Supplier<Scene> scene, Runnable changed) {
		this.scene = scene;
		this.changed = changed;
	}

	public List<View> views() {
		return List.copyOf(views);
	}

	public List<Node> nodes() {
		List<Node> nodes = new ArrayList<>();
		for (View v : views) {
			if (v instanceof Node n) {
				nodes.add(n);
			}
		}
		return nodes;
	}

	public List<Edge> edges() {
		List<Edge> edges = new ArrayList<>();
		for (View v : views) {
			if (v instanceof Edge e) {
				edges.add(e);
			}
		}
		return edges;
	}

	public void select(Collection<? extends View> selected) {
		views.clear();
		views.addAll(selected);
		changed();
	}

	public void toggle(View view) {
		if (!views.remove(view)) {
			views.add(view);
		}
		changed();
	}

	/** Selects the nodes (not containers' backgrounds) and edges entirely inside a diagram rectangle. */
	public void selectIn(Rectangle area, boolean add) {
		if (!add) {
			views.clear();
		}
		for (Object figure : scene.get().figuresIn(area)) {
			if (figure instanceof NodeFigure n && contains(area, n.shape())) {
				views.add(n.view());
			} else if (figure instanceof EdgeFigure e && contains(area, e.route().bounds())) {
				views.add(e.view());
			}
		}
		changed();
	}

	private static boolean contains(Rectangle area, Rectangle r) {
		return area.contains(r.x, r.y) && area.contains(r.x + r.width, r.y + r.height);
	}

	public void selectAll() {
		views.clear();
		Scene current = scene.get();
		current.nodes().forEach(n -> views.add(n.view()));
		current.edges().forEach(e -> views.add(e.view()));
		changed();
	}

	/** After a creation command: selects the views it added, or else the views of the elements it added. */
	public void selectCreated(Command command) {
		List<View> created = new ArrayList<>();
		for (Object o : command.getAffectedObjects()) {
			if (o instanceof View v && scene.get().figureOf(v) != null) {
				created.add(v);
			}
		}
		if (created.isEmpty()) {
			created.addAll(viewsOf(command.getAffectedObjects()));
		}
		if (!created.isEmpty()) {
			select(created);
		}
	}

	/** Selects the views that show these semantic elements, and returns them. */
	public List<View> selectElements(Collection<?> elements) {
		List<View> shown = viewsOf(elements);
		select(shown);
		return shown;
	}

	private List<View> viewsOf(Collection<?> elements) {
		List<View> shown = new ArrayList<>();
		for (Object o : elements) {
			if (o instanceof EObject e) {
				scene.get().figuresOf(e).forEach(f -> shown.add(Scene.viewOf(f)));
			}
		}
		return shown;
	}

	/** The semantic elements of the selected views. */
	public List<EObject> elements() {
		List<EObject> elements = new ArrayList<>();
		Scene current = scene.get();
		for (View v : views) {
			Object figure = current.figureOf(v);
			if (figure != null) {
				elements.add(Scene.elementOf(figure));
			}
		}
		return elements;
	}

	/** After the scene was rebuilt: forgets views that are no longer drawn or were removed, without telling. */
	public void retainDrawn() {
		Scene current = scene.get();
		views.removeIf(v -> current.figureOf(v) == null || v.eResource() == null);
	}

	private void changed() {
		Scene current = scene.get();
		views.removeIf(v -> current.figureOf(v) == null);
		changed.run();
	}
}
