// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.edit.quickfix;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.rules.ProblemCode;

/** Alarm limits outside the engineering range: move them to the range's nearest end, or widen the range. */
final class AlarmLimitFixes {

	private AlarmLimitFixes() {
	}

	/** Each limit outside the range moves to the nearer end; clamping keeps LL <= L <= H <= HH in order. */
	static final QuickFix MOVE_LIMITS_INSIDE = new Fix("Move the limits inside the range") {
		@Override
		void fix(Signal signal, DeferredCommand command, EditingDomain domain) {
			for (AlarmLimit limit : signal.getAlarmLimits()) {
				double clamped = Math.clamp(limit.getValue(), signal.getRangeLow(), signal.getRangeHigh());
				if (Double.isFinite(limit.getValue()) && clamped != limit.getValue()) {
					command.appendAndExecute(
							SetCommand.create(domain, limit, TwinPackage.Literals.ALARM_LIMIT__VALUE, clamped));
				}
			}
		}
	};

	/** The range grows just enough to hold every limit. */
	static final QuickFix WIDEN_RANGE = new Fix("Widen the range to the limits") {
		@Override
		void fix(Signal signal, DeferredCommand command, EditingDomain domain) {
			double low = signal.getRangeLow();
			double high = signal.getRangeHigh();
			for (AlarmLimit limit : signal.getAlarmLimits()) {
				if (Double.isFinite(limit.getValue())) {
					low = Math.min(low, limit.getValue());
					high = Math.max(high, limit.getValue());
				}
			}
			if (low != signal.getRangeLow()) {
				command.appendAndExecute(
						SetCommand.create(domain, signal, TwinPackage.Literals.SIGNAL__RANGE_LOW, low));
			}
			if (high != signal.getRangeHigh()) {
				command.appendAndExecute(
						SetCommand.create(domain, signal, TwinPackage.Literals.SIGNAL__RANGE_HIGH, high));
			}
		}
	};

	private abstract static class Fix implements QuickFix {
		private final String label;

		Fix(String label) {
			this.label = label;
		}

		@Override
		public ProblemCode code() {
			return ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE;
		}

		@Override
		public String label() {
			return label;
		}

		@Override
		public boolean appliesTo(EObject element) {
			return element instanceof Signal signal && hasLimitOutside(signal);
		}

		@Override
		public Command create(EditingDomain domain, Collection<? extends EObject> elements, @Nullable Object choice) {
			return new DeferredCommand(label) {
				@Override
				protected void build() {
					for (EObject element : elements) {
						if (appliesTo(element)) {
							fix((Signal) element, this, domain);
						}
					}
				}
			};
		}

		abstract void fix(Signal signal, DeferredCommand command, EditingDomain domain);
	}

	static boolean hasLimitOutside(Signal signal) {
		Double low = signal.getRangeLow();
		Double high = signal.getRangeHigh();
		if (low == null || high == null || !(low < high) || low.isInfinite() || high.isInfinite()) {
			return false; // no usable range: the range's own problem comes first
		}
		return signal.getAlarmLimits().stream()
				.anyMatch(l -> Double.isFinite(l.getValue()) && (l.getValue() < low || l.getValue() > high));
	}
}
