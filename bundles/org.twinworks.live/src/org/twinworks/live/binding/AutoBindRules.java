// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.binding;

import java.util.Locale;

import org.twinworks.model.Signal;

/**
 * How auto-bind turns a signal's tag into what it looks for on the server: {@code prefix} + the tag with its dots
 * replaced by {@code separator}, compared with a variable's browse name, or with the end of its browse path (whole
 * segments, {@code /} between them) when {@code byPath}.
 *
 * @param unboundOnly only signals without an active binding are matched
 */
public record AutoBindRules(String prefix, String separator, boolean byPath, boolean ignoreCase, boolean unboundOnly) {

	/** Browse name equal to the tag, for unbound signals: what a server generated from the model serves. */
	public static final AutoBindRules DEFAULT = new AutoBindRules("", ".", false, false, true);

	public AutoBindRules {
		prefix = prefix == null ? "" : prefix;
		separator = separator == null || separator.isEmpty() ? "." : separator;
	}

	/** What a signal is looked for as. */
	String keyOf(Signal signal) {
		String tag = signal.getTag() == null ? "" : signal.getTag();
		return normal(prefix + tag.replace(".", separator));
	}

	/** The keys a variable answers to: its browse name, or every tail of its browse path. */
	java.util.List<String> keysOf(BindableNode node) {
		if (!byPath) {
			return java.util.List.of(normal(node.node().browseName()));
		}
		java.util.List<String> keys = new java.util.ArrayList<>();
		String path = normal(node.path());
		keys.add(path);
		for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
			keys.add(path.substring(slash + 1));
		}
		return keys;
	}

	private String normal(String text) {
		return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
	}
}
