// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Rectangle;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.notation.View;

/**
 * Everything a diagram draws, resolved against its description and semantic model, in paint order: containers
 * (outer first), edges, nodes, ports. Built when a diagram opens or changes beyond its notation; after a notation edit
 * derived from the previous scene by replacing the figures that changed ({@link SceneBuilder#update}), which also
 * records what the replacement damaged. Otherwise compared figure by figure to find the damaged regions.
 */
public final class Scene {
	private static final AtomicLong SERIALS = new AtomicLong();
	/** Paint order groups: index in the figure's list plus its group. */
	private static final int GROUP = 1_000_000;

	private final List<NodeFigure> nodes;
	private final List<EdgeFigure> edges;
	private final List<PortFigure> ports;
	private final List<View> orphans;
	private final IdentityHashMap<View, Object> byView;
	private final IdentityHashMap<EObject, List<Object>> byElement;
	private final IdentityHashMap<Object, Integer> order;
	private final SpatialIndex<Object> index;
	private final Rectangle extent;
	private final long serial = SERIALS.incrementAndGet();
	/** The scene this one replaced figures of (0 for a built scene), and what the replacement damaged. */
	private final long base;
	private final List<Rectangle> damageFromBase;

	Scene(List<NodeFigure> nodes, List<EdgeFigure> edges, List<PortFigure> ports, List<View> orphans) {
		byView = new IdentityHashMap<>();
		byElement = new IdentityHashMap<>();
		order = new IdentityHashMap<>();
		base = 0;
		damageFromBase = List.of();
		List<NodeFigure> sorted = new ArrayList<>(nodes);
		// containers under everything else, outer containers under inner ones
		sorted.sort(
				Comparator.comparingInt((NodeFigure n) -> n.isContainer() ? 0 : 1).thenComparingInt(NodeFigure::depth));
		this.nodes = List.copyOf(sorted);
		this.edges = List.copyOf(edges);
		this.ports = List.copyOf(ports);
		this.orphans = List.copyOf(orphans);
		// two passes: the index is an array over the extent, which is known once every figure is measured
		Bounds all = new Bounds();
		List<Object> figures = new ArrayList<>(this.nodes.size() + this.edges.size() + this.ports.size());
		List<List<Rectangle>> damage = new ArrayList<>(figures.size());
		int i = 0;
		for (NodeFigure n : this.nodes) {
			int group = n.isContainer() ? 0 : 2 * GROUP;
			register(n, n.view(), n.element(), List.of(n.damage()), group + i++, all, figures, damage);
		}
		i = 0;
		for (EdgeFigure e : this.edges) {
			register(e, e.view(), e.element(), e.damageRegions(), GROUP + i++, all, figures, damage);
		}
		i = 0;
		for (PortFigure p : this.ports) {
			register(p, p.view(), p.element(), List.of(p.damage()), 3 * GROUP + i++, all, figures, damage);
		}
		extent = all.toRectangle();
		index = new SpatialIndex<>(extent);
		for (int f = 0; f < figures.size(); f++) {
			index.add(figures.get(f), damage.get(f));
		}
	}

	@SuppressWarnings("unchecked")
	private Scene(Scene before, Map<View, Object> replacements) {
		List<NodeFigure> newNodes = new ArrayList<>(before.nodes);
		List<EdgeFigure> newEdges = new ArrayList<>(before.edges);
		List<PortFigure> newPorts = new ArrayList<>(before.ports);
		byView = (IdentityHashMap<View, Object>) before.byView.clone();
		byElement = (IdentityHashMap<EObject, List<Object>>) before.byElement.clone();
		order = (IdentityHashMap<Object, Integer>) before.order.clone();
		index = before.index.copy();
		List<Rectangle> damage = new ArrayList<>();
		replacements.forEach((view, figure) -> {
			Object old = before.byView.get(view);
			int paintOrder = before.order.get(old);
			int position = paintOrder % GROUP;
			switch (figure) {
			case NodeFigure n -> newNodes.set(position, n);
			case EdgeFigure e -> newEdges.set(position, e);
			case PortFigure p -> newPorts.set(position, p);
			default -> throw new IllegalArgumentException(String.valueOf(figure));
			}
			byView.put(view, figure);
			order.remove(old);
			order.put(figure, paintOrder);
			replaceIn(byElement, old, figure);
			index.remove(old);
			index.add(figure, regionsOf(figure));
			addDamage(damage, old);
			addDamage(damage, figure);
		});
		nodes = Collections.unmodifiableList(newNodes);
		edges = Collections.unmodifiableList(newEdges);
		ports = Collections.unmodifiableList(newPorts);
		orphans = before.orphans;
		Bounds all = new Bounds();
		index.forEachArea(all::add);
		extent = all.toRectangle();
		base = before.serial;
		damageFromBase = List.copyOf(damage);
	}

	/** This scene with some views' figures replaced, each keeping its place in the paint order. */
	Scene replacing(Map<View, Object> replacements) {
		return new Scene(this, replacements);
	}

	/** Keeps the figure's place among its element's figures, as a build would put it. */
	private static void replaceIn(Map<EObject, List<Object>> byElement, Object old, Object figure) {
		EObject was = elementOf(old);
		EObject is = elementOf(figure);
		List<Object> figures = new ArrayList<>(byElement.getOrDefault(was, List.of()));
		if (was == is) {
			figures.replaceAll(f -> f == old ? figure : f);
			byElement.put(was, figures);
			return;
		}
		figures.removeIf(f -> f == old);
		if (figures.isEmpty()) {
			byElement.remove(was);
		} else {
			byElement.put(was, figures);
		}
		List<Object> now = new ArrayList<>(byElement.getOrDefault(is, List.of()));
		now.add(figure);
		byElement.put(is, now);
	}

	private static List<Rectangle> regionsOf(Object figure) {
		return figure instanceof EdgeFigure e ? e.damageRegions() : List.of(damageOf(figure));
	}

	private void register(Object figure, View view, EObject element, List<Rectangle> regions, int paintOrder,
			Bounds all, List<Object> figures, List<List<Rectangle>> damage) {
		byView.put(view, figure);
		byElement.computeIfAbsent(element, e -> new ArrayList<>(2)).add(figure);
		order.put(figure, paintOrder);
		figures.add(figure);
		damage.add(regions);
		regions.forEach(all::add);
	}

	/** A growing bounding box without allocating a rectangle per union. */
	private static final class Bounds {
		private int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;

		void add(Rectangle r) {
			x0 = Math.min(x0, r.x);
			y0 = Math.min(y0, r.y);
			x1 = Math.max(x1, r.x + r.width);
			y1 = Math.max(y1, r.y + r.height);
		}

		Rectangle toRectangle() {
			return x0 > x1 ? new Rectangle(0, 0, 0, 0) : new Rectangle(x0, y0, x1 - x0, y1 - y0);
		}
	}

	public List<NodeFigure> nodes() {
		return nodes;
	}

	public List<EdgeFigure> edges() {
		return edges;
	}

	public List<PortFigure> ports() {
		return ports;
	}

	/** Views whose semantic element is gone or whose mapping is unknown: not drawn, pruned on save. */
	public List<View> orphans() {
		return orphans;
	}

	/** The bounds of everything drawn (empty for an empty diagram). */
	public Rectangle extent() {
		return new Rectangle(extent.x, extent.y, extent.width, extent.height);
	}

	public @Nullable Object figureOf(View view) {
		return byView.get(view);
	}

	public List<Object> figuresOf(EObject element) {
		return byElement.getOrDefault(element, List.of());
	}

	/** Figures that paint into {@code area}, in no particular order (for layers whose order does not matter). */
	public List<Object> figuresInAnyOrder(Rectangle area) {
		return index.query(area);
	}

	/** Figures that paint into {@code area}, in paint order. */
	public List<Object> figuresIn(Rectangle area) {
		List<Object> found = index.query(area);
		found.sort(Comparator.comparingInt(order::get));
		return found;
	}

	public static Rectangle damageOf(Object figure) {
		return switch (figure) {
		case NodeFigure n -> n.damage();
		case EdgeFigure e -> e.damage();
		case PortFigure p -> p.damage();
		default -> throw new IllegalArgumentException(String.valueOf(figure));
		};
	}

	public static View viewOf(Object figure) {
		return switch (figure) {
		case NodeFigure n -> n.view();
		case EdgeFigure e -> e.view();
		case PortFigure p -> p.view();
		default -> throw new IllegalArgumentException(String.valueOf(figure));
		};
	}

	public static EObject elementOf(Object figure) {
		return switch (figure) {
		case NodeFigure n -> n.element();
		case EdgeFigure e -> e.element();
		case PortFigure p -> p.element();
		default -> throw new IllegalArgumentException(String.valueOf(figure));
		};
	}

	/**
	 * The regions that differ between two scenes: old and new bounds of every figure that changed, appeared or
	 * disappeared. What an edit repaints instead of the whole canvas.
	 */
	public static List<Rectangle> damageBetween(Scene before, Scene after) {
		if (after == before) {
			return List.of();
		}
		if (after.base == before.serial) {
			return after.damageFromBase;
		}
		List<Rectangle> damage = new ArrayList<>();
		for (Map.Entry<View, Object> entry : before.byView.entrySet()) {
			Object now = after.byView.get(entry.getKey());
			if (!entry.getValue().equals(now)) {
				addDamage(damage, entry.getValue());
				if (now != null) {
					addDamage(damage, now);
				}
			}
		}
		for (Map.Entry<View, Object> entry : after.byView.entrySet()) {
			if (!before.byView.containsKey(entry.getKey())) {
				addDamage(damage, entry.getValue());
			}
		}
		return damage;
	}

	private static void addDamage(List<Rectangle> damage, Object figure) {
		if (figure instanceof EdgeFigure e) {
			damage.addAll(e.damageRegions());
		} else {
			damage.add(damageOf(figure));
		}
	}
}
