// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.images;

import org.twinworks.model.SignalDataType;

/** What a signal's value is to an engineer: a digital state, an analog measurement, text or a named state. */
public enum SignalKind {
	DIGITAL, ANALOG, TEXT, ENUMERATION;

	public static SignalKind of(SignalDataType type) {
		if (type == null) {
			return ANALOG;
		}
		return switch (type) {
		case BOOLEAN -> DIGITAL;
		case STRING, DATE_TIME -> TEXT;
		case ENUMERATION -> ENUMERATION;
		default -> ANALOG;
		};
	}
}
