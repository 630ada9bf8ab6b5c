// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.ui.emf.ValueCheck;

/** Range feedback while typing in the Properties view: the rules validation would report, caught early. */
public final class PlantValueChecks implements ValueCheck {

	@Override
	public String problem(Object element, EStructuralFeature feature, Object value) {
		if (!(value instanceof Number number)) {
			return null;
		}
		double v = number.doubleValue();
		if (element instanceof Signal signal) {
			if (feature == TwinPackage.Literals.SIGNAL__RANGE_LOW && signal.getRangeHigh() != null
					&& v >= signal.getRangeHigh()) {
				return "Range Low must be below Range High (" + signal.getRangeHigh() + ")";
			}
			if (feature == TwinPackage.Literals.SIGNAL__RANGE_HIGH && signal.getRangeLow() != null
					&& v <= signal.getRangeLow()) {
				return "Range High must be above Range Low (" + signal.getRangeLow() + ")";
			}
		}
		if (element instanceof AlarmLimit limit && feature == TwinPackage.Literals.ALARM_LIMIT__VALUE
				&& limit.eContainer() instanceof Signal signal && signal.getRangeLow() != null
				&& signal.getRangeHigh() != null && (v < signal.getRangeLow() || v > signal.getRangeHigh())) {
			return "the limit must lie inside the range " + signal.getRangeLow() + " .. " + signal.getRangeHigh();
		}
		if (element instanceof Binding) {
			if (feature == TwinPackage.Literals.BINDING__SAMPLING_INTERVAL && v < 0) {
				return "the sampling interval is in milliseconds, 0 or more";
			}
			if (feature == TwinPackage.Literals.BINDING__QUEUE_SIZE && v < 1) {
				return "the queue holds at least one value";
			}
		}
		return null;
	}
}
