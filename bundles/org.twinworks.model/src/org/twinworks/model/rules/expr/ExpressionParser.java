// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules.expr;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.rules.expr.Expr.Op;
import org.twinworks.model.rules.expr.Expr.Operand;
import org.twinworks.model.rules.expr.Expr.Quality;
import org.twinworks.model.rules.expr.Expr.SignalRef;

/**
 * Parses rule expressions (recursive descent, lowest precedence first: {@code or}, {@code and}, {@code not}).
 *
 * <pre>
 * expr       := and ('or' and)*
 * and        := unary ('and' unary)*
 * unary      := 'not' unary | primary
 * primary    := '(' expr ')' | ('bad' | 'uncertain' | 'good') '(' signal ')'
 *             | 'quality' '(' signal ')' ('==' | '!=') ('bad' | 'uncertain' | 'good')
 *             | operand (op operand | 'in' '[' number ',' number ']')?   -- alone only a signal (boolean)
 * operand    := number | signal | 'rate' '(' signal ')'
 * signal     := NAME | "quoted name"        -- NAME: a letter or _, then letters, digits, _ - . / :
 * </pre>
 *
 * Keywords are lower case; a signal whose tag is a keyword is written quoted.
 */
public final class ExpressionParser {

	private enum Kind {
		NAME, QUOTED, NUMBER, OP, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, END
	}

	private record Token(Kind kind, String text, int column) {
	}

	private final String text;
	private int pos;
	private Token token;

	private ExpressionParser(String text) throws ExpressionException {
		this.text = text;
		this.token = next();
	}

	/** Parses {@code text}; the exception's column points at the first character that does not fit. */
	public static Expr parse(String text) throws ExpressionException {
		ExpressionParser parser = new ExpressionParser(text);
		if (parser.token.kind == Kind.END) {
			throw new ExpressionException("the expression is empty", 1);
		}
		Expr expr = parser.or();
		if (parser.token.kind != Kind.END) {
			throw parser.unexpected("'and', 'or' or the end");
		}
		return expr;
	}

	private Expr or() throws ExpressionException {
		Expr left = and();
		while (isKeyword("or")) {
			advance();
			left = new Expr.Or(left, and());
		}
		return left;
	}

	private Expr and() throws ExpressionException {
		Expr left = unary();
		while (isKeyword("and")) {
			advance();
			left = new Expr.And(left, unary());
		}
		return left;
	}

	private Expr unary() throws ExpressionException {
		if (isKeyword("not")) {
			advance();
			return new Expr.Not(unary());
		}
		return primary();
	}

	private Expr primary() throws ExpressionException {
		if (token.kind == Kind.LPAREN) {
			advance();
			Expr inner = or();
			expect(Kind.RPAREN, "')'");
			return inner;
		}
		@Nullable
		Quality shorthand = token.kind == Kind.NAME ? quality(token.text) : null;
		if (shorthand != null && peekIsParen()) {
			advance();
			return new Expr.QualityIs(parenthesisedSignal(), shorthand, false);
		}
		if (isKeyword("quality")) {
			advance();
			SignalRef signal = parenthesisedSignal();
			if (token.kind != Kind.OP || !(token.text.equals("==") || token.text.equals("!="))) {
				throw unexpected("'==' or '!=' after quality(...)");
			}
			boolean negated = token.text.equals("!=");
			advance();
			@Nullable
			Quality quality = token.kind == Kind.NAME ? quality(token.text) : null;
			if (quality == null) {
				throw unexpected("bad, uncertain or good");
			}
			advance();
			return new Expr.QualityIs(signal, quality, negated);
		}
		int column = token.column;
		Operand left = operand();
		if (token.kind == Kind.OP) {
			Op op = op(token.text);
			advance();
			return new Expr.Comparison(left, op, operand());
		}
		if (isKeyword("in")) {
			advance();
			expect(Kind.LBRACKET, "'['");
			double low = number();
			expect(Kind.COMMA, "','");
			double high = number();
			expect(Kind.RBRACKET, "']'");
			if (low > high) {
				throw new ExpressionException(
						"the range's low end " + format(low) + " is above its high end " + format(high), column);
			}
			return new Expr.InRange(left, low, high);
		}
		if (left instanceof Expr.Value value) {
			return new Expr.BooleanSignal(value.signal());
		}
		throw unexpected("a comparison (<, <=, >, >=, ==, !=) or 'in [low, high]'");
	}

	private Operand operand() throws ExpressionException {
		if (token.kind == Kind.NUMBER) {
			double value = Double.parseDouble(token.text);
			advance();
			return new Expr.Number(value);
		}
		if (isKeyword("rate") && peekIsParen()) {
			advance();
			return new Expr.Rate(parenthesisedSignal());
		}
		return new Expr.Value(signal());
	}

	private SignalRef parenthesisedSignal() throws ExpressionException {
		expect(Kind.LPAREN, "'('");
		SignalRef signal = signal();
		expect(Kind.RPAREN, "')'");
		return signal;
	}

	private SignalRef signal() throws ExpressionException {
		if (token.kind == Kind.QUOTED || token.kind == Kind.NAME && !isReserved(token.text)) {
			SignalRef ref = new SignalRef(token.text, token.column);
			advance();
			return ref;
		}
		throw unexpected("a signal");
	}

	private double number() throws ExpressionException {
		if (token.kind != Kind.NUMBER) {
			throw unexpected("a number");
		}
		double value = Double.parseDouble(token.text);
		advance();
		return value;
	}

	private void expect(Kind kind, String what) throws ExpressionException {
		if (token.kind != kind) {
			throw unexpected(what);
		}
		advance();
	}

	private ExpressionException unexpected(String expected) {
		String found = token.kind == Kind.END ? "the end" : "'" + token.text + "'";
		return new ExpressionException("expected " + expected + " but found " + found, token.column);
	}

	private boolean isKeyword(String keyword) {
		return token.kind == Kind.NAME && token.text.equals(keyword);
	}

	private static boolean isReserved(String name) {
		return switch (name) {
		case "and", "or", "not", "in", "quality" -> true;
		default -> false;
		};
	}

	private static @Nullable Quality quality(String name) {
		return switch (name) {
		case "bad" -> Quality.BAD;
		case "uncertain" -> Quality.UNCERTAIN;
		case "good" -> Quality.GOOD;
		default -> null;
		};
	}

	private static Op op(String symbol) {
		for (Op op : Op.values()) {
			if (op.symbol.equals(symbol)) {
				return op;
			}
		}
		throw new IllegalStateException(symbol);
	}

	static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15
				? Long.toString((long) value)
				: String.format(Locale.ROOT, "%s", value);
	}

	private boolean peekIsParen() {
		int p = pos;
		while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
			p++;
		}
		return p < text.length() && text.charAt(p) == '(';
	}

	private void advance() throws ExpressionException {
		token = next();
	}

	private Token next() throws ExpressionException {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
		int start = pos;
		int column = start + 1;
		if (pos >= text.length()) {
			return new Token(Kind.END, "", column);
		}
		char c = text.charAt(pos);
		switch (c) {
		case '(' :
			pos++;
			return new Token(Kind.LPAREN, "(", column);
		case ')' :
			pos++;
			return new Token(Kind.RPAREN, ")", column);
		case '[' :
			pos++;
			return new Token(Kind.LBRACKET, "[", column);
		case ']' :
			pos++;
			return new Token(Kind.RBRACKET, "]", column);
		case ',' :
			pos++;
			return new Token(Kind.COMMA, ",", column);
		case '<', '>', '=', '!' :
			pos++;
			if (pos < text.length() && text.charAt(pos) == '=') {
				pos++;
			} else if (c == '=' || c == '!') {
				throw new ExpressionException("'" + c + "' alone is no operator: write " + c + "=", column);
			}
			return new Token(Kind.OP, text.substring(start, pos), column);
		case '"' :
			int close = text.indexOf('"', pos + 1);
			if (close < 0) {
				throw new ExpressionException("the quoted signal name is not closed", column);
			}
			pos = close + 1;
			if (close == start + 1) {
				throw new ExpressionException("the quoted signal name is empty", column);
			}
			return new Token(Kind.QUOTED, text.substring(start + 1, close), column);
		default :
			break;
		}
		if (Character.isDigit(c) || (c == '-' || c == '+' || c == '.') && pos + 1 < text.length()
				&& (Character.isDigit(text.charAt(pos + 1)) || text.charAt(pos + 1) == '.')) {
			return number(start, column);
		}
		if (Character.isLetter(c) || c == '_') {
			while (pos < text.length() && isNamePart(text.charAt(pos))) {
				pos++;
			}
			return new Token(Kind.NAME, text.substring(start, pos), column);
		}
		throw new ExpressionException("unexpected character '" + c + "'", column);
	}

	private Token number(int start, int column) throws ExpressionException {
		if (text.charAt(pos) == '-' || text.charAt(pos) == '+') {
			pos++;
		}
		while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
			pos++;
		}
		if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
			int mark = pos++;
			if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
				pos++;
			}
			if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) {
				pos = mark;
			}
			while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
				pos++;
			}
		}
		String number = text.substring(start, pos);
		if (pos < text.length() && isNamePart(text.charAt(pos))) {
			throw new ExpressionException(
					"'" + number + text.charAt(pos) + "' is not a number (units are not written in expressions)",
					column);
		}
		try {
			Double.parseDouble(number);
		} catch (NumberFormatException e) {
			throw new ExpressionException("'" + number + "' is not a number", column);
		}
		return new Token(Kind.NUMBER, number, column);
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == ':';
	}
}
