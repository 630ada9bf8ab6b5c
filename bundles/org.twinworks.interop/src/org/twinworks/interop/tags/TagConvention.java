// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tags;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tags from BrowseNames, as plants name their nodes: a BrowseName that reads like an instrument tag (letters, an
 * optional separator, digits, more: {@code P-101}, {@code LT-101.PV}, {@code FIC101}) is the tag; a variable named
 * for what it is ({@code PV}, {@code Temperature}) gets its equipment's tag in front ({@code FIC101.PV}), as the
 * virtual plant and most DCS exports spell signal tags.
 */
public final class TagConvention {
	private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,6}[-_]?\\d+[A-Za-z0-9_.\\-/]*");

	private TagConvention() {
	}

	/** The BrowseName when it reads as a tag, else null (an area, a folder, a component named in words). */
	public static @Nullable String equipmentTag(String browseName) {
		return TAG.matcher(browseName).matches() ? browseName : null;
	}

	public static String signalTag(String browseName, @Nullable String equipmentTag) {
		if (TAG.matcher(browseName).matches()) {
			return browseName;
		}
		String word = browseName.strip().replaceAll("\\s+", "_");
		return equipmentTag == null ? word : equipmentTag + "." + word;
	}
}
