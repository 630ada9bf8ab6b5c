// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Text editing of an EMF data type value (numbers, strings, dates): what is typed is parsed with the
 * type's own conversion, and text that does not parse is refused with a message instead of being stored.
 */
final class DataTypeCellEditor extends TextCellEditor {
	private final EDataType type;
	private final boolean nullable;
	private final java.util.function.Function<Object, String> rangeCheck;

	DataTypeCellEditor(Composite parent, EDataType type, boolean nullable,
			java.util.function.Function<Object, String> rangeCheck) {
		super(parent);
		this.type = type;
		this.nullable = nullable;
		this.rangeCheck = rangeCheck;
		setValidator(value -> problem((String) value));
		// the message shows in the status line while typing; the value is refused on Enter
		addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
			@Override
			public void editorValueChanged(boolean oldValidState, boolean newValidState) {
				showMessage(getErrorMessage());
			}

			@Override
			public void applyEditorValue() {
				showMessage(null);
			}

			@Override
			public void cancelEditor() {
				showMessage(null);
			}
		});
	}

	private void showMessage(String message) {
		if (getControl() != null && !getControl().isDisposed()) {
			getControl().setToolTipText(message);
		}
	}

	String problem(String text) {
		if (text.isBlank()) {
			return nullable || type.getInstanceClass() == String.class ? null : "a value is required";
		}
		try {
			Object value = EcoreUtil.createFromString(type, text.strip());
			if (value instanceof Double d && d.isNaN() || value instanceof Float f && f.isNaN()) {
				return "'" + text + "' is not a number";
			}
			return rangeCheck.apply(value);
		} catch (RuntimeException e) {
			return "'" + text + "' is not a valid " + describe();
		}
	}

	private String describe() {
		Class<?> c = type.getInstanceClass();
		if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
			return "number (e.g. 12.5)";
		}
		if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class) {
			return "whole number";
		}
		return type.getName();
	}

	@Override
	protected Object doGetValue() {
		String text = (String) super.doGetValue();
		if (text.isBlank() && type.getInstanceClass() != String.class) {
			return null;
		}
		return type.getInstanceClass() == String.class ? text : EcoreUtil.createFromString(type, text.strip());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
	}
}
