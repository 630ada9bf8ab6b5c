// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * Which semantic elements appear as edges: candidates under the diagram's root element, the semantic elements
 * at either end (the edge connects the views that show them), the line style and whether a flow arrow is drawn.
 */
public final class EdgeMapping extends ElementMapping {
	private final Function<EObject, EObject> source;
	private final Function<EObject, EObject> target;
	private final boolean arrow;

	private EdgeMapping(Builder b) {
		super(b);
		source = Objects.requireNonNull(b.source, "source");
		target = Objects.requireNonNull(b.target, "target");
		arrow = b.arrow;
	}

	public static Builder builder(String id) {
		return new Builder(id);
	}

	public EObject sourceOf(EObject element) {
		return source.apply(element);
	}

	public EObject targetOf(EObject element) {
		return target.apply(element);
	}

	public boolean arrow() {
		return arrow;
	}

	public static final class Builder extends ElementMapping.Builder<EdgeMapping, Builder> {
		private Function<EObject, EObject> source;
		private Function<EObject, EObject> target;
		private boolean arrow;

		private Builder(String id) {
			super(id, StyleSpec.DEFAULT.withFill(null));
		}

		@Override
		protected Builder self() {
			return this;
		}

		public Builder ends(Function<EObject, EObject> from, Function<EObject, EObject> to) {
			source = from;
			target = to;
			return this;
		}

		public Builder arrow(boolean value) {
			arrow = value;
			return this;
		}

		@Override
		public EdgeMapping build() {
			return new EdgeMapping(this);
		}
	}
}
