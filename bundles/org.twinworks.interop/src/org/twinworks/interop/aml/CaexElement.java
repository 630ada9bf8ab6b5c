// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One element of a CAEX file as read: its local name (the CAEX namespace, if any, dropped so 2.15 and 3.0 read
 * alike), attributes, text and the line it starts on. Lighter than a DOM, and it keeps line numbers for messages.
 */
public final class CaexElement {
	private final String tag;
	private final int line;
	private final Map<String, String> attributes = new LinkedHashMap<>(4);
	private final List<CaexElement> children = new ArrayList<>(2);
	private @Nullable String text;

	CaexElement(String tag, int line) {
		this.tag = tag;
		this.line = line;
	}

	public String tag() {
		return tag;
	}

	public int line() {
		return line;
	}

	public @Nullable String attribute(String name) {
		return attributes.get(name);
	}

	public String attribute(String name, String fallback) {
		String value = attributes.get(name);
		return value != null ? value : fallback;
	}

	public List<CaexElement> children() {
		return children;
	}

	/** The children with this tag, in file order. */
	public List<CaexElement> children(String childTag) {
		List<CaexElement> found = new ArrayList<>();
		for (CaexElement child : children) {
			if (child.tag.equals(childTag)) {
				found.add(child);
			}
		}
		return found;
	}

	public @Nullable CaexElement child(String childTag) {
		for (CaexElement child : children) {
			if (child.tag.equals(childTag)) {
				return child;
			}
		}
		return null;
	}

	/** The trimmed text of the child with this tag, or null when it is absent or blank. */
	public @Nullable String childText(String childTag) {
		CaexElement child = child(childTag);
		return child == null ? null : child.text();
	}

	public @Nullable String text() {
		return text == null || text.isBlank() ? null : text.strip();
	}

	void put(String name, String value) {
		attributes.put(name, value);
	}

	void appendText(String more) {
		text = text == null ? more : text + more;
	}
}
