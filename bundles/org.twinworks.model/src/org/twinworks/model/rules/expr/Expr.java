// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules.expr;

import java.util.List;

/**
 * A parsed rule condition: a boolean expression over signal references. Operands are numbers, signal values and
 * signal rates; comparisons, ranges, quality tests and boolean signals are the leaves of the and/or/not tree.
 */
public sealed interface Expr {

	/** A signal named in an expression, with the 1-based column where its name starts. */
	record SignalRef(String name, int column) {
	}

	/** Something a comparison can compare: a number, a signal's value or its rate of change. */
	sealed interface Operand {
	}

	record Number(double value) implements Operand {
	}

	record Value(SignalRef signal) implements Operand {
	}

	/** The signal's change per second over its last two values. */
	record Rate(SignalRef signal) implements Operand {
	}

	enum Op {
		LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

		public final String symbol;

		Op(String symbol) {
			this.symbol = symbol;
		}

		public boolean test(double left, double right) {
			return switch (this) {
			case LT -> left < right;
			case LE -> left <= right;
			case GT -> left > right;
			case GE -> left >= right;
			case EQ -> left == right;
			case NE -> left != right;
			};
		}
	}

	enum Quality {
		GOOD, UNCERTAIN, BAD
	}

	record Comparison(Operand left, Op op, Operand right) implements Expr {
	}

	/** {@code operand in [low, high]}, both ends included. */
	record InRange(Operand operand, double low, double high) implements Expr {
	}

	/** {@code quality(SIG) == bad}, or {@code !=} when {@code negated}; {@code bad(SIG)} is the same test. */
	record QualityIs(SignalRef signal, Quality quality, boolean negated) implements Expr {
	}

	/** A boolean signal used as it is: true when its value is true (or a non-zero number). */
	record BooleanSignal(SignalRef signal) implements Expr {
	}

	record Not(Expr operand) implements Expr {
	}

	record And(Expr left, Expr right) implements Expr {
	}

	record Or(Expr left, Expr right) implements Expr {
	}

	/** Every signal reference in this expression, in the order they appear. */
	default List<SignalRef> references() {
		List<SignalRef> refs = new java.util.ArrayList<>();
		collect(this, refs);
		return refs;
	}

	private static void collect(Expr expr, List<SignalRef> into) {
		switch (expr) {
		case Comparison c -> {
			collect(c.left(), into);
			collect(c.right(), into);
		}
		case InRange r -> collect(r.operand(), into);
		case QualityIs q -> into.add(q.signal());
		case BooleanSignal b -> into.add(b.signal());
		case Not n -> collect(n.operand(), into);
		case And a -> {
			collect(a.left(), into);
			collect(a.right(), into);
		}
		case Or o -> {
			collect(o.left(), into);
			collect(o.right(), into);
		}
		}
	}

	private static void collect(Operand operand, List<SignalRef> into) {
		switch (operand) {
		case Value v -> into.add(v.signal());
		case Rate r -> into.add(r.signal());
		case Number n -> {
		}
		}
	}
}
