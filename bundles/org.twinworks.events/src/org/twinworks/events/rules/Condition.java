// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.rules;

import java.util.function.DoubleSupplier;
import java.util.function.Function;

import org.twinworks.model.rules.expr.Expr;
import org.twinworks.model.rules.expr.Expr.Quality;
import org.twinworks.model.rules.expr.Expr.SignalRef;

/**
 * A rule expression compiled against the states of the signals it names. A comparison, a range or a boolean signal
 * is false while a signal it reads has no value, a Bad value or a value that is not a number (so {@code not (X > 5)}
 * is true then); a quality test is false until the signal has a value.
 */
@FunctionalInterface
interface Condition {

	boolean test();

	static Condition compile(Expr expr, Function<SignalRef, SignalState> states) {
		return switch (expr) {
		case Expr.Comparison c -> {
			DoubleSupplier left = operand(c.left(), states);
			DoubleSupplier right = operand(c.right(), states);
			Expr.Op op = c.op();
			yield () -> {
				double l = left.getAsDouble();
				double r = right.getAsDouble();
				return !Double.isNaN(l) && !Double.isNaN(r) && op.test(l, r);
			};
		}
		case Expr.InRange range -> {
			DoubleSupplier value = operand(range.operand(), states);
			double low = range.low();
			double high = range.high();
			yield () -> {
				double v = value.getAsDouble();
				return v >= low && v <= high; // false for NaN
			};
		}
		case Expr.BooleanSignal b -> {
			SignalState state = states.apply(b.signal());
			yield () -> {
				double v = state.number();
				return !Double.isNaN(v) && v != 0;
			};
		}
		case Expr.QualityIs q -> {
			SignalState state = states.apply(q.signal());
			Quality wanted = q.quality();
			boolean negated = q.negated();
			yield () -> state.has() && (quality(state.statusCode()) == wanted) != negated;
		}
		case Expr.Not n -> {
			Condition operand = compile(n.operand(), states);
			yield () -> !operand.test();
		}
		case Expr.And a -> {
			Condition left = compile(a.left(), states);
			Condition right = compile(a.right(), states);
			yield () -> left.test() && right.test();
		}
		case Expr.Or o -> {
			Condition left = compile(o.left(), states);
			Condition right = compile(o.right(), states);
			yield () -> left.test() || right.test();
		}
		};
	}

	private static DoubleSupplier operand(Expr.Operand operand, Function<SignalRef, SignalState> states) {
		return switch (operand) {
		case Expr.Number n -> {
			double value = n.value();
			yield () -> value;
		}
		case Expr.Value v -> states.apply(v.signal())::number;
		case Expr.Rate r -> states.apply(r.signal())::rate;
		};
	}

	private static Quality quality(long statusCode) {
		// OPC UA severity bits: 00 Good, 01 Uncertain, 1x Bad
		return (statusCode & 0x8000_0000L) != 0
				? Quality.BAD
				: (statusCode & 0xC000_0000L) == 0 ? Quality.GOOD : Quality.UNCERTAIN;
	}
}
