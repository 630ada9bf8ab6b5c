// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.twinworks.model.rules.NodeIds;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;
import org.twinworks.model.rules.NodeIds.ParsedNodeId;

/** A model node id ({@code nsu=<uri>;s=...}) to the server's NodeId, through its current namespace table. */
public final class NodeIdResolver {

	private NodeIdResolver() {
	}

	public static NodeId resolve(String text, NamespaceTable namespaces) throws InvalidNodeIdException {
		ParsedNodeId parsed = NodeIds.parse(text);
		return toNodeId(text, parsed, namespaces.getIndex(parsed.namespaceUri()));
	}

	/**
	 * A resolver for many node ids against one snapshot of the table, which looks each namespace URI up once:
	 * a subscription of thousands of bindings names a handful of namespaces, and the table's lookup is
	 * synchronized. Not thread-safe; use it for one batch.
	 */
	public static Batch batch(NamespaceTable namespaces) {
		return new Batch(namespaces);
	}

	private static NodeId toNodeId(String text, ParsedNodeId parsed, UShort index) {
		if (index == null) {
			throw new UnknownNamespaceException(
					"the server has no namespace " + parsed.namespaceUri() + " (node " + text + ")");
		}
		String id = parsed.identifier();
		return switch (parsed.identifierType()) {
		case 'i' -> new NodeId(index, uint(Long.parseLong(id)));
		case 'g' -> new NodeId(index, UUID.fromString(id));
		case 'b' -> new NodeId(index, ByteString.of(Base64.getDecoder().decode(id)));
		default -> new NodeId(index, id);
		};
	}

	/**
	 * The server's NodeId in the model's form, {@code nsu=<uri>;<i|s|g|b>=...}: namespace indexes change when a
	 * server restarts, URIs do not. A namespace missing from the table keeps its index as {@code ns=}.
	 */
	public static String format(NodeId nodeId, NamespaceTable namespaces) {
		String uri = namespaces.get(nodeId.getNamespaceIndex());
		String prefix = uri == null ? "ns=" + nodeId.getNamespaceIndex() : "nsu=" + uri;
		Object id = nodeId.getIdentifier();
		return prefix + switch (nodeId.getType()) {
		case Numeric -> ";i=" + id;
		case Guid -> ";g=" + id;
		case Opaque -> ";b=" + Base64.getEncoder().encodeToString(((ByteString) id).bytesOrEmpty());
		default -> ";s=" + id;
		};
	}

	/** See {@link NodeIdResolver#batch(NamespaceTable)}. */
	public static final class Batch {
		private final NamespaceTable namespaces;
		private final Map<String, UShort> indexes = new HashMap<>();

		private Batch(NamespaceTable namespaces) {
			this.namespaces = namespaces;
		}

		public NodeId resolve(String text) throws InvalidNodeIdException {
			ParsedNodeId parsed = NodeIds.parse(text);
			// an unknown URI is not cached (null): the table may learn it, and it is the rare case
			UShort index = indexes.computeIfAbsent(parsed.namespaceUri(), namespaces::getIndex);
			return toNodeId(text, parsed, index);
		}
	}

	/** The node id parses, but names a namespace the server does not have. */
	public static final class UnknownNamespaceException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UnknownNamespaceException(String message) {
			super(message);
		}
	}
}
