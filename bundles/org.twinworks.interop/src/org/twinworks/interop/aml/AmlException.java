// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml;

/** A CAEX file that cannot be imported; the message starts with {@code file:line:} so an engineer can find it. */
public final class AmlException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;

	public AmlException(String file, int line, String problem) {
		super(file + ":" + line + ": " + problem);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return file;
	}

	/** The line of the offending element, 0 when the file could not be read that far. */
	public int line() {
		return line;
	}
}
