// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.iolist;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One column of the I/O list: its header, how a row shows it, and, for editable columns, the feature an
 * edit sets (on the signal, or on its binding) and how typed text becomes a value.
 */
record IoListColumn(String header, Function<IoListRow, Object> value, EStructuralFeature feature,
		Function<IoListRow, EObject> owner, Function<String, Object> parse) {

	static IoListColumn readOnly(String header, Function<IoListRow, Object> value) {
		return new IoListColumn(header, value, null, null, null);
	}

	static IoListColumn onSignal(String header, Function<IoListRow, Object> value, EStructuralFeature feature,
			Function<String, Object> parse) {
		return new IoListColumn(header, value, feature, IoListRow::signal, parse);
	}

	boolean editable(IoListRow row) {
		return feature != null && owner.apply(row) != null;
	}

	/** The value a typed text stands for; throws IllegalArgumentException with a readable message. */
	Object valueOf(String text) {
		return parse.apply(text);
	}

	static Object text(String text) {
		return text.strip();
	}

	static Object nonEmptyText(String text) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("a value is required");
		}
		return text.strip();
	}

	static Object optionalNumber(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.strip().replace(',', '.'));
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + text + "' is not a number");
		}
	}
}
