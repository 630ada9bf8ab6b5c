// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * What node and edge mappings share: an id, a label for menus, a layer, the candidate elements, the label
 * expression, and a base style that conditional styles refine per element.
 */
public abstract class ElementMapping {
	private final String id;
	private final String label;
	private final String layer;
	private final Function<EObject, List<? extends EObject>> candidates;
	private final Function<EObject, String> labelText;
	private final StyleSpec style;
	private final List<ConditionalStyle> conditionalStyles;

	protected ElementMapping(Builder<?, ?> b) {
		id = Objects.requireNonNull(b.id);
		label = b.label == null ? b.id : b.label;
		layer = b.layer;
		candidates = Objects.requireNonNull(b.candidates, "candidates");
		labelText = b.labelText;
		style = b.style;
		conditionalStyles = List.copyOf(b.conditionalStyles);
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public String layer() {
		return layer;
	}

	/** The semantic elements under {@code parent} this mapping shows (the diagram's root, or a container's). */
	public List<? extends EObject> candidates(EObject parent) {
		return candidates.apply(parent);
	}

	public String labelText(EObject element) {
		return labelText == null ? "" : Objects.toString(labelText.apply(element), "");
	}

	public StyleSpec style(EObject element) {
		StyleSpec result = style;
		for (ConditionalStyle conditional : conditionalStyles) {
			result = conditional.applyTo(element, result);
		}
		return result;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + " " + id;
	}

	/** The shared half of the mapping builders; {@code B} is the concrete builder, so chains keep their type. */
	public abstract static class Builder<M extends ElementMapping, B extends Builder<M, B>> {
		private final String id;
		private String label;
		private String layer = "default";
		private Function<EObject, List<? extends EObject>> candidates;
		private Function<EObject, String> labelText;
		private StyleSpec style;
		private final List<ConditionalStyle> conditionalStyles = new ArrayList<>();

		protected Builder(String id, StyleSpec defaultStyle) {
			this.id = id;
			this.style = defaultStyle;
		}

		protected abstract B self();

		public abstract M build();

		public B label(String value) {
			label = value;
			return self();
		}

		public B layer(String value) {
			layer = value;
			return self();
		}

		public B candidates(Function<EObject, List<? extends EObject>> value) {
			candidates = value;
			return self();
		}

		public B labelText(Function<EObject, String> value) {
			labelText = value;
			return self();
		}

		public B style(StyleSpec value) {
			style = value;
			return self();
		}

		public B conditionalStyle(ConditionalStyle value) {
			conditionalStyles.add(value);
			return self();
		}
	}
}
