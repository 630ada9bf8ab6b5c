// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The options of a sub-command: those it knows are taken out (with their values), the rest are left for whoever
 * parses them next (the live connection's options), so {@code run} shares {@code --trust}, {@code --lab} and
 * {@code --pki} with {@code check}.
 */
public final class Options {
	private final Map<String, List<String>> taken = new LinkedHashMap<>();
	private final List<String> rest = new ArrayList<>();

	/**
	 * @param withValue options followed by a value (repeatable ones keep every value)
	 * @param flags options without a value
	 */
	public static Options parse(List<String> args, Set<String> withValue, Set<String> flags) {
		Options options = new Options();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (withValue.contains(arg)) {
				if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
					throw new UsageException(arg + " needs a value");
				}
				options.taken.computeIfAbsent(arg, a -> new ArrayList<>()).add(args.get(++i));
			} else if (flags.contains(arg)) {
				options.taken.computeIfAbsent(arg, a -> new ArrayList<>());
			} else {
				options.rest.add(arg);
			}
		}
		return options;
	}

	public boolean has(String option) {
		return taken.containsKey(option);
	}

	public String value(String option, String fallback) {
		List<String> values = taken.get(option);
		return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
	}

	/** Every value of a repeatable option, commas splitting too: {@code --kinds io,loop --kinds alarm}. */
	public List<String> values(String option) {
		List<String> all = new ArrayList<>();
		for (String value : taken.getOrDefault(option, List.of())) {
			for (String part : value.split(",")) {
				if (!part.isBlank()) {
					all.add(part.strip());
				}
			}
		}
		return all;
	}

	/** The option's value as a path, or null when it was not given. */
	@Nullable
	public Path path(String option) {
		return has(option) ? Path.of(value(option, "")) : null;
	}

	public List<String> rest() {
		return rest;
	}

	/** The positional arguments among the rest; an unknown option is a usage error. */
	public List<String> positional() {
		for (String arg : rest) {
			if (arg.startsWith("--")) {
				throw new UsageException("unknown option " + arg);
			}
		}
		return rest;
	}

	public int number(String option, int fallback, int min, int max) {
		String text = value(option, null);
		if (text == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(text);
			if (n >= min && n <= max) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(option + " needs a whole number from " + min + " to " + max + ", not " + text);
	}
}
