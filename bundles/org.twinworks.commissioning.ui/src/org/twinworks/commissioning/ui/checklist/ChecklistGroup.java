// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An area, or an equipment, loops or interlocks group inside an area. Equal by path, so the tree keeps what was
 * expanded when the list is grouped again after a change or a new filter.
 */
public final class ChecklistGroup {
	/** What a group holds. */
	public enum Kind {
		AREA, EQUIPMENT, LOOPS, INTERLOCKS
	}

	private final Kind kind;
	private final String label;
	private final String path;
	private final @Nullable ChecklistGroup parent;
	final List<Object> children = new ArrayList<>();
	final ChecklistCounts counts = new ChecklistCounts();

	ChecklistGroup(Kind kind, String label, @Nullable ChecklistGroup parent) {
		this.kind = kind;
		this.label = label;
		this.parent = parent;
		this.path = (parent == null ? "" : parent.path + "/") + kind + ":" + label;
	}

	public Kind kind() {
		return kind;
	}

	public String label() {
		return label;
	}

	public @Nullable ChecklistGroup parent() {
		return parent;
	}

	/** Sub-groups (of an area) or checks (of the others), in plan order. */
	public List<Object> children() {
		return children;
	}

	/** The counts of every check under it that the filter lets through. */
	public ChecklistCounts counts() {
		return counts;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ChecklistGroup group && group.path.equals(path);
	}

	@Override
	public int hashCode() {
		return path.hashCode();
	}

	@Override
	public String toString() {
		return path;
	}
}
