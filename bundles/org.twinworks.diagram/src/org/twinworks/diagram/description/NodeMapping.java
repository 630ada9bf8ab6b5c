// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * Which semantic elements appear as nodes and how: the candidates under a parent element, the symbol, the
 * default size, the label expression and the styles. A container mapping has child mappings whose nodes sit
 * inside its nodes.
 */
public final class NodeMapping extends ElementMapping {
	private final Function<EObject, String> symbol;
	private final int width;
	private final int height;
	private final LabelPosition labelPosition;
	private final List<NodeMapping> children;
	private final List<PortMapping> ports;

	private NodeMapping(Builder b) {
		super(b);
		symbol = b.symbol;
		width = b.width;
		height = b.height;
		labelPosition = b.labelPosition;
		children = List.copyOf(b.children);
		ports = List.copyOf(b.ports);
	}

	public static Builder builder(String id) {
		return new Builder(id);
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

	public LabelPosition labelPosition() {
		return labelPosition;
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

	public static final class Builder extends ElementMapping.Builder<NodeMapping, Builder> {
		private Function<EObject, String> symbol = e -> BuiltInSymbols.RECTANGLE;
		private int width = 60;
		private int height = 40;
		private LabelPosition labelPosition = LabelPosition.BELOW;
		private final List<NodeMapping> children = new ArrayList<>();
		private final List<PortMapping> ports = new ArrayList<>();

		private Builder(String id) {
			super(id, StyleSpec.DEFAULT);
		}

		@Override
		protected Builder self() {
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

		public Builder labelPosition(LabelPosition value) {
			labelPosition = value;
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

		@Override
		public NodeMapping build() {
			return new NodeMapping(this);
		}
	}
}
