// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.merge;

/**
 * How an import treats what the open plant has and the source does not.
 *
 * @param removeMissing remove elements the source owned (their source identity is in the draft's scope) that it no
 *            longer has; off by default, so an import only adds and updates
 */
public record MergeOptions(boolean removeMissing) {

	public static MergeOptions defaults() {
		return new MergeOptions(false);
	}
}
