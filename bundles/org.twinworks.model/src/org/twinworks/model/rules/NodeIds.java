// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Parses the node ids bindings store: an OPC UA ExpandedNodeId in its string form with the namespace named
 * by URI, {@code nsu=<uri>;<i|s|g|b>=<identifier>}. A bare namespace index (ns=2) is refused: indexes
 * change when a server restarts or its namespaces change, URIs do not.
 */
public final class NodeIds {

	/** A parsed node id: the namespace URI, the identifier kind (i, s, g, b) and the identifier. */
	public record ParsedNodeId(String namespaceUri, char identifierType, String identifier) {
	}

	/** Why a node id string does not parse. */
	public static final class InvalidNodeIdException extends Exception {
		private static final long serialVersionUID = 1L;

		InvalidNodeIdException(String message) {
			super(message);
		}
	}

	private NodeIds() {
	}

	public static ParsedNodeId parse(@Nullable String text) throws InvalidNodeIdException {
		if (text == null || text.isBlank()) {
			throw new InvalidNodeIdException("the node id is empty");
		}
		if (text.startsWith("ns=")) {
			throw new InvalidNodeIdException(
					"'" + text + "' names its namespace by index (ns=); write nsu=<namespace URI> instead");
		}
		if (!text.startsWith("nsu=")) {
			throw new InvalidNodeIdException("'" + text + "' does not start with nsu=<namespace URI>");
		}
		int separator = findIdentifierSeparator(text);
		if (separator < 0) {
			throw new InvalidNodeIdException(
					"'" + text + "' has no identifier: expected ;i=, ;s=, ;g= or ;b= after the URI");
		}
		String uri = text.substring(4, separator);
		if (uri.isBlank()) {
			throw new InvalidNodeIdException("'" + text + "' has an empty namespace URI");
		}
		char type = text.charAt(separator + 1);
		String identifier = text.substring(separator + 3);
		checkIdentifier(text, type, identifier);
		return new ParsedNodeId(uri, type, identifier);
	}

	public static String format(String namespaceUri, String stringIdentifier) {
		return "nsu=" + namespaceUri + ";s=" + stringIdentifier;
	}

	/** The first ";x=" with x one of i, s, g, b: URIs may contain ';', and a string identifier may contain ";i=". */
	private static int findIdentifierSeparator(String text) {
		for (int i = 4; i + 2 < text.length(); i++) {
			if (text.charAt(i) == ';' && "isgb".indexOf(text.charAt(i + 1)) >= 0 && text.charAt(i + 2) == '=') {
				return i;
			}
		}
		return -1;
	}

	private static void checkIdentifier(String text, char type, String identifier) throws InvalidNodeIdException {
		if (identifier.isEmpty()) {
			throw new InvalidNodeIdException("'" + text + "' has an empty identifier");
		}
		try {
			switch (type) {
			case 'i' -> {
				long value = Long.parseLong(identifier);
				if (value < 0 || value > 0xFFFF_FFFFL) {
					throw new NumberFormatException();
				}
			}
			case 'g' -> UUID.fromString(identifier);
			case 'b' -> Base64.getDecoder().decode(identifier);
			default -> {
				// any non-empty string is a valid string identifier
			}
			}
		} catch (IllegalArgumentException e) {
			throw new InvalidNodeIdException("'" + text + "' has an invalid " + switch (type) {
			case 'i' -> "numeric identifier (0 to 4294967295)";
			case 'g' -> "GUID identifier";
			default -> "base64 identifier";
			});
		}
	}
}
