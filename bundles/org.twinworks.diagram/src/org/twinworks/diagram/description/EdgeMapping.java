package org.twinworks.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * Which semantic elements appear as edges: candidates under the diagram's root element, the semantic elements
 * at either end (the edge connects the views that show them), the line style and whether a flow arrow is drawn.
 */
public final class EdgeMapping {
	private final String id;
	private final String label;
	private final String layer;
	private final Function<EObject, List<? extends EObject>> candidates;
	private final Function<EObject, EObject> source;
	private final Function<EObject, EObject> target;
	private final StyleSpec style;
	private final boolean arrow;
	private final Function<EObject, String> labelText;
	private final List<ConditionalStyle> conditionalStyles;

	private EdgeMapping(Builder b) {
		id = Objects.requireNonNull(b.id);
		label = b.label == null ? b.id : b.label;
		layer = b.layer;
		candidates = Objects.requireNonNull(b.candidates, "candidates");
		source = Objects.requireNonNull(b.source, "source");
		target = Objects.requireNonNull(b.target, "target");
		style = b.style;
		arrow = b.arrow;
		labelText = b.labelText;
		conditionalStyles = List.copyOf(b.conditionalStyles);
	}

	public static Builder builder(String id) {
		return new Builder(id);
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

	public List<? extends EObject> candidates(EObject root) {
		return candidates.apply(root);
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
		return "EdgeMapping " + id;
	}

	public static final class Builder {
		private final String id;
		private String label;
		private String layer = "default";
		private Function<EObject, List<? extends EObject>> candidates;
		private Function<EObject, EObject> source;
		private Function<EObject, EObject> target;
		private StyleSpec style = StyleSpec.DEFAULT.withFill(null);
		private boolean arrow;
		private Function<EObject, String> labelText;
		private final List<ConditionalStyle> conditionalStyles = new ArrayList<>();

		private Builder(String id) {
			this.id = id;
		}

		public Builder label(String value) {
			label = value;
			return this;
		}

		public Builder layer(String value) {
			layer = value;
			return this;
		}

		public Builder candidates(Function<EObject, List<? extends EObject>> value) {
			candidates = value;
			return this;
		}

		public Builder ends(Function<EObject, EObject> from, Function<EObject, EObject> to) {
			source = from;
			target = to;
			return this;
		}

		public Builder style(StyleSpec value) {
			style = value;
			return this;
		}

		public Builder arrow(boolean value) {
			arrow = value;
			return this;
		}

		public Builder labelText(Function<EObject, String> value) {
			labelText = value;
			return this;
		}

		public Builder conditionalStyle(ConditionalStyle value) {
			conditionalStyles.add(value);
			return this;
		}

		public EdgeMapping build() {
			return new EdgeMapping(this);
		}
	}
}
