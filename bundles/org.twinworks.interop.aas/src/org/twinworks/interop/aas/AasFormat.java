// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas;

import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The two serializations of an export, chosen by the target's file extension. */
public enum AasFormat {
	/** An AAS JSON Environment ({@code .json}). */
	JSON(".json"),
	/** An AASX package (Open Packaging Conventions, the Environment inside as JSON; {@code .aasx}). */
	AASX(".aasx");

	private final String extension;

	AasFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	/** The format for {@code file}'s extension, or null when it is neither {@code .json} nor {@code .aasx}. */
	public static @Nullable AasFormat of(Path file) {
		Path name = file.getFileName();
		String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
		for (AasFormat format : values()) {
			if (lower.endsWith(format.extension)) {
				return format;
			}
		}
		return null;
	}
}
