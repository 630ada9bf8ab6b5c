package org.twinworks.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * Which semantic elements appear as nodes and how: the candidates under a parent element, the symbol, the
 * default size, the label expression and the styles. A container mapping has child mappings whose nodes sit
 * inside its nodes.
 */
public final class NodeMapping {
	private final String id;
	private final String label;
	private final String layer;
	private final Function<EObject, List<? extends EObject>> candidates;
	private final Function<EObject, String> symbol;
	private final int width;
	private final int height;
	private final Function<EObject, String> labelText;
	private final LabelPosition labelPosition;
	private final StyleSpec style;
	private final List<ConditionalStyle> conditionalStyles;
	private final List<NodeMapping> children;
	private final List<PortMapping> ports;

	private NodeMapping(Builder b) {
		id = Objects.requireNonNull(b.id);
		label = b.label == null ? b.id : b.label;
		layer = b.layer;
		candidates = Objects.requireNonNull(b.candidates, "candidates");
		symbol = b.symbol;
		width = b.width;
		height = b.height;
		labelText = b.labelText;
		labelPosition = b.labelPosition;
		style = b.style;
		conditionalStyles = List.copyOf(b.conditionalStyles);
		children = List.copyOf(b.children);
		ports = List.copyOf(b.ports);
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

	/** The semantic elements under {@code parent} this mapping shows (parent: the diagram's or container's). */
	public List<? extends EObject> candidates(EObject parent) {
		return candidates.apply(parent);
	}

	public boolean isCandidate(EObject parent, EObject element) {
		return parent != null && candidates(parent).contains(element);
	}

	public String symbol(EObject element) {
		return symbol.apply(element);
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public String labelText(EObject element) {
		return labelText == null ? "" : Objects.toString(labelText.apply(element), "");
	}

	public LabelPosition labelPosition() {
		return labelPosition;
	}

	public StyleSpec style(EObject element) {
		StyleSpec result = style;
		for (ConditionalStyle conditional : conditionalStyles) {
			result = conditional.applyTo(element, result);
		}
		return result;
	}

	public boolean isContainer() {
		return !children.isEmpty();
	}

	public List<NodeMapping> children() {
		return children;
	}

	public List<PortMapping> ports() {
		return ports;
	}

	@Override
	public String toString() {
		return "NodeMapping " + id;
	}

	public static final class Builder {
		private final String id;
		private String label;
		private String layer = "default";
		private Function<EObject, List<? extends EObject>> candidates;
		private Function<EObject, String> symbol = e -> BuiltInSymbols.RECTANGLE;
		private int width = 60;
		private int height = 40;
		private Function<EObject, String> labelText;
		private LabelPosition labelPosition = LabelPosition.BELOW;
		private StyleSpec style = StyleSpec.DEFAULT;
		private final List<ConditionalStyle> conditionalStyles = new ArrayList<>();
		private final List<NodeMapping> children = new ArrayList<>();
		private final List<PortMapping> ports = new ArrayList<>();

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

		public Builder symbol(Function<EObject, String> value) {
			symbol = value;
			return this;
		}

		public Builder symbol(String value) {
			symbol = e -> value;
			return this;
		}

		public Builder size(int w, int h) {
			width = w;
			height = h;
			return this;
		}

		public Builder labelText(Function<EObject, String> value) {
			labelText = value;
			return this;
		}

		public Builder labelPosition(LabelPosition value) {
			labelPosition = value;
			return this;
		}

		public Builder style(StyleSpec value) {
			style = value;
			return this;
		}

		public Builder conditionalStyle(ConditionalStyle value) {
			conditionalStyles.add(value);
			return this;
		}

		public Builder child(NodeMapping value) {
			children.add(value);
			return this;
		}

		public Builder port(PortMapping value) {
			ports.add(value);
			return this;
		}

		public NodeMapping build() {
			return new NodeMapping(this);
		}
	}
}
