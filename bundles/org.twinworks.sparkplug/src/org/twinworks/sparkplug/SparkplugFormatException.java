// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

/** A payload that is not a valid Sparkplug B payload, or a metric we cannot read; the message names the topic. */
public class SparkplugFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	public SparkplugFormatException(String message, Throwable cause) {
		super(message, cause);
	}

	public SparkplugFormatException(String message) {
		super(message);
	}
}
