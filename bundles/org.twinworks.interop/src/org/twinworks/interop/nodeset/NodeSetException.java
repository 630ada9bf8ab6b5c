// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import org.jspecify.annotations.Nullable;

/** A NodeSet2 file that cannot be loaded; the message names the file and the line (and column when known). */
public final class NodeSetException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final int column;

	/**
	 * @param file the file's name or path
	 * @param line 1-based, or 0 when unknown
	 * @param column 1-based, or 0 when unknown
	 */
	public NodeSetException(String file, int line, int column, String problem, @Nullable Throwable cause) {
		super(where(file, line, column) + ": " + problem, cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public NodeSetException(String file, int line, String problem) {
		this(file, line, 0, problem, null);
	}

	public String file() {
		return file;
	}

	/** 1-based, 0 when unknown. */
	public int line() {
		return line;
	}

	/** 1-based, 0 when unknown. */
	public int column() {
		return column;
	}

	private static String where(String file, int line, int column) {
		if (line <= 0) {
			return file;
		}
		return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
	}
}
