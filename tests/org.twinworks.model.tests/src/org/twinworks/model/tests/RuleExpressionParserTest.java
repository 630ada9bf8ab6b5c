// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.model.rules.expr.Expr;
import org.twinworks.model.rules.expr.Expr.And;
import org.twinworks.model.rules.expr.Expr.BooleanSignal;
import org.twinworks.model.rules.expr.Expr.Comparison;
import org.twinworks.model.rules.expr.Expr.InRange;
import org.twinworks.model.rules.expr.Expr.Not;
import org.twinworks.model.rules.expr.Expr.Op;
import org.twinworks.model.rules.expr.Expr.Or;
import org.twinworks.model.rules.expr.Expr.Quality;
import org.twinworks.model.rules.expr.Expr.QualityIs;
import org.twinworks.model.rules.expr.Expr.Rate;
import org.twinworks.model.rules.expr.Expr.SignalRef;
import org.twinworks.model.rules.expr.Expr.Value;
import org.twinworks.model.rules.expr.ExpressionException;
import org.twinworks.model.rules.expr.ExpressionParser;

class RuleExpressionParserTest {

	@Test
	void aComparisonOfASignalWithANumber() throws ExpressionException {
		Comparison c = assertInstanceOf(Comparison.class, ExpressionParser.parse("LEVEL >= 90.5"));
		assertEquals(new Value(new SignalRef("LEVEL", 1)), c.left());
		assertEquals(Op.GE, c.op());
		assertEquals(new Expr.Number(90.5), c.right());
		for (String op : List.of("<", "<=", ">", ">=", "==", "!=")) {
			Comparison each = assertInstanceOf(Comparison.class, ExpressionParser.parse("TK-101.LEVEL" + op + "-2e1"));
			assertEquals(op, each.op().symbol);
			assertEquals(new Expr.Number(-20), each.right());
			assertEquals("TK-101.LEVEL", ((Value) each.left()).signal().name(), "tags with - and . are one name");
		}
	}

	@Test
	void rangesRatesQualityAndBooleanSignals() throws ExpressionException {
		InRange range = assertInstanceOf(InRange.class, ExpressionParser.parse("TEMP in [10, 20]"));
		assertEquals(10, range.low());
		assertEquals(20, range.high());
		Comparison rate = assertInstanceOf(Comparison.class, ExpressionParser.parse("rate(LEVEL) > 0.5"));
		assertEquals(new Rate(new SignalRef("LEVEL", 6)), rate.left());
		assertEquals(new QualityIs(new SignalRef("LEVEL", 9), Quality.BAD, false),
				ExpressionParser.parse("quality(LEVEL) == bad"));
		assertEquals(new QualityIs(new SignalRef("PV", 9), Quality.GOOD, true),
				ExpressionParser.parse("quality(PV) != good"));
		assertEquals(new QualityIs(new SignalRef("PV", 11), Quality.UNCERTAIN, false),
				ExpressionParser.parse("uncertain(PV)"));
		assertEquals(new BooleanSignal(new SignalRef("RUN", 1)), ExpressionParser.parse("RUN"));
		assertEquals(new BooleanSignal(new SignalRef("in", 1)), ExpressionParser.parse("\"in\""),
				"a signal named like a keyword is quoted");
	}

	@Test
	void andBindsTighterThanOrAndParenthesesGroup() throws ExpressionException {
		Or or = assertInstanceOf(Or.class, ExpressionParser.parse("A or B and not C"));
		assertInstanceOf(BooleanSignal.class, or.left());
		And and = assertInstanceOf(And.class, or.right());
		assertInstanceOf(Not.class, and.right());
		And grouped = assertInstanceOf(And.class, ExpressionParser.parse("(A or B) and C > 1"));
		assertInstanceOf(Or.class, grouped.left());
		assertEquals(List.of("A", "B", "C"), grouped.references().stream().map(SignalRef::name).toList());
	}

	@Test
	void errorsSayWhatWasExpectedAndWhere() {
		assertError("LEVEL > ", 9, "expected a signal but found the end");
		assertError("LEVEL >> 3", 8, "expected a signal but found '>'");
		assertError("LEVEL = 3", 7, "'=' alone is no operator");
		assertError("(A and B", 9, "expected ')'");
		assertError("A B", 3, "expected 'and', 'or' or the end but found 'B'");
		assertError("90", 3, "expected a comparison");
		assertError("T in [20, 10]", 1, "low end 20 is above its high end 10");
		assertError("quality(X) > bad", 12, "'==' or '!='");
		assertError("quality(X) == fine", 15, "bad, uncertain or good");
		assertError("LEVEL > 90m", 9, "units are not written");
		assertError("LEVEL # 3", 7, "unexpected character '#'");
		assertError("   ", 1, "empty");
		assertError("A and \"B", 7, "not closed");
	}

	private static void assertError(String text, int column, String message) {
		ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text), text);
		assertEquals(column, e.column(), text + ": " + e.getMessage());
		assertTrue(e.problem().contains(message), text + ": " + e.getMessage());
		assertTrue(e.getMessage().startsWith("at column " + column + ": "), e.getMessage());
	}
}
