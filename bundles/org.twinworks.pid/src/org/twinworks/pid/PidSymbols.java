// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.pid;

import org.twinworks.diagram.geometry.Rgb;
import org.twinworks.diagram.description.LineStyle;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.ui.render.DrawingSurface;
import org.twinworks.diagram.ui.render.Symbol;
import org.twinworks.diagram.ui.render.SymbolLibrary;
import org.twinworks.model.EquipmentKind;

/**
 * P&ID symbols after ISA-5.1 and ISO 10628 conventions, one per equipment kind, drawn as vectors into the node's
 * box: pumps as a circle with a discharge nozzle, valves as bow ties, tanks as vessels with dished heads,
 * instruments as bubbles with the tag split into function letters over the loop number.
 */
public final class PidSymbols {

	private PidSymbols() {
	}

	/** Symbol id for an equipment kind (the kind's literal, lower case). */
	public static String idOf(EquipmentKind kind) {
		return "pid." + kind.getName().toLowerCase(java.util.Locale.ROOT);
	}

	public static SymbolLibrary library() {
		SymbolLibrary library = new SymbolLibrary();
		library.register(idOf(EquipmentKind.PUMP), PidSymbols::pump);
		library.register(idOf(EquipmentKind.VALVE), (g, x, y, w, h, s, l) -> bowTie(g, x, y, w, h, s));
		library.register(idOf(EquipmentKind.CONTROL_VALVE), PidSymbols::controlValve);
		library.register(idOf(EquipmentKind.TANK), PidSymbols::tank);
		library.register(idOf(EquipmentKind.HEAT_EXCHANGER), PidSymbols::heatExchanger);
		library.register(idOf(EquipmentKind.MOTOR), (g, x, y, w, h, s, l) -> letterCircle(g, x, y, w, h, s, "M"));
		library.register(idOf(EquipmentKind.FAN), PidSymbols::fan);
		library.register(idOf(EquipmentKind.COMPRESSOR), PidSymbols::compressor);
		library.register(idOf(EquipmentKind.FILTER), PidSymbols::filter);
		library.register(idOf(EquipmentKind.CONVEYOR), PidSymbols::conveyor);
		library.register(idOf(EquipmentKind.MIXER), PidSymbols::mixer);
		library.register(idOf(EquipmentKind.INSTRUMENT), bubble(false));
		library.register(idOf(EquipmentKind.ANALYZER), bubble(false));
		library.register(idOf(EquipmentKind.CONTROLLER), bubble(true));
		library.register(idOf(EquipmentKind.OTHER), (g, x, y, w, h, s, l) -> {
			SymbolLibrary.fill(g, s);
			g.fillRoundRectangle(x, y, w, h, 8);
			SymbolLibrary.stroke(g, s);
			g.drawRoundRectangle(x, y, w, h, 8);
		});
		return library;
	}

	private static int side(int w, int h) {
		return Math.min(w, h);
	}

	/** Circle with a tangential discharge nozzle to the right (ISO 10628 centrifugal pump). */
	private static void pump(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
		int d = side(w, h);
		int cx = x + w / 2, cy = y + h / 2;
		circle(g, cx, cy, d, s);
		g.drawLine(cx, cy - d / 2, x + w, cy - d / 2);
		g.drawLine(x + w, cy - d / 2, x + w, cy - d / 2 + d / 5);
		// the flow triangle inside, pointing downstream
		g.drawPolygon(new int[]{cx - d / 5, cy - d / 4, cx + d / 4, cy, cx - d / 5, cy + d / 4});
	}

	private static void bowTie(DrawingSurface g, int x, int y, int w, int h, StyleSpec s) {
		int[] left = {x, y, x + w / 2, y + h / 2, x, y + h};
		int[] right = {x + w, y, x + w / 2, y + h / 2, x + w, y + h};
		SymbolLibrary.fill(g, s);
		g.fillPolygon(left);
		g.fillPolygon(right);
		SymbolLibrary.stroke(g, s);
		g.drawPolygon(left);
		g.drawPolygon(right);
	}

	/** Bow tie with a stem and a diaphragm actuator dome (ISA-5.1 control valve). */
	private static void controlValve(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
		int bodyTop = y + h * 2 / 5;
		bowTie(g, x, bodyTop, w, h - (bodyTop - y), s);
		int cx = x + w / 2;
		int stemTop = y + h / 5;
		SymbolLibrary.stroke(g, s);
		g.drawLine(cx, bodyTop + (h - (bodyTop - y)) / 2, cx, stemTop);
		int domeWidth = w * 3 / 5;
		int[] dome = new int[2 * 9];
		for (int i = 0; i <= 8; i++) {
			double a = Math.PI * i / 8;
			dome[2 * i] = cx - (int) Math.round(Math.cos(a) * domeWidth / 2.0);
			dome[2 * i + 1] = stemTop - (int) Math.round(Math.sin(a) * (stemTop - y));
		}
		SymbolLibrary.fill(g, s);
		g.fillPolygon(dome);
		SymbolLibrary.stroke(g, s);
		g.drawPolygon(dome);
	}

	/** Vertical vessel with dished heads. */
	private static void tank(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
		SymbolLibrary.fill(g, s);
		g.fillRoundRectangle(x, y, w, h, Math.min(w, h / 2));
		SymbolLibrary.stroke(g, s);
		g.drawRoundRectangle(x, y, w, h, Math.min(w, h / 2));
		int seam = Math.min(w, h / 2) / 4;
		g.setLineStyle(LineStyle.SOLID);
		g.drawLine(x, y + seam, x + w, y + seam);
		g.drawLine(x, y + h - seam, x + w, y + h - seam);
	}

	/** Circle crossed by a zigzag (shell-and-tube exchanger, ISO 10628). */
	private static void heatExchanger(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
		int d = side(w, h);
		int cx = x + w / 2, cy = y + h / 2;
		circle(g, cx, cy, d, s);
		int step = d / 6;
		g.drawPolyline(new int[]{cx - d / 2, cy, cx - 2 * step, cy, cx - step, cy - d / 4, cx + step, cy + d / 4,
				cx + 2 * step, cy, cx + d / 2, cy});
	}

	private static void letterCircle(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String letter) {
		int d = side(w, h);
		int cx = x + w / 2, cy = y + h / 2;
		circle(g, cx, cy, d, s);
		int size = Math.max(6, d / 2);
		g.setForeground(s.text());
		int width = g.textWidth(letter, size, true);
		g.drawText(letter, cx - width / 2, cy - size * 13 / 20, size, true);
	}

	private static void fan(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
		int d = side(w, h);
		int cx = x + w / 2, cy = y + h / 2;
		circle(g, cx, cy, d, s);
		g.drawPolygon(new int[]{cx, cy, cx - d / 3, cy - d / 5, cx - d / 3, cy + d / 5});
		g.drawPolygon(new int[]{cx, cy, cx + d / 3, cy - d / 5, cx + d / 3, cy + d / 5});
	}

	/** Circle with two lines converging downstream (ISO 10628 compressor). */
	private static void compressor(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
		int d = side(w, h);
		int cx = x + w / 2, cy = y + h / 2;
		circle(g, cx, cy, d, s);
		int r = d / 2;
		g.drawLine(cx - r * 7 / 10, cy - r * 7 / 10, cx + r * 9 / 10, cy - r * 4 / 10);
		g.drawLine(cx - r * 7 / 10, cy + r * 7 / 10, cx + r * 9 / 10, cy + r * 4 / 10);
	}

	/** A box with a dashed diagonal medium (ISO 10628 filter). */
	private static void filter(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
		SymbolLibrary.fill(g, s);
		g.fillRectangle(x, y, w, h);
		SymbolLibrary.stroke(g, s);
		g.drawRectangle(x, y, w, h);
		g.setLineStyle(LineStyle.DASHED);
		g.drawLine(x, y + h, x + w, y);
		g.setLineStyle(s.line());
	}

	private static void conveyor(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
		SymbolLibrary.fill(g, s);
		g.fillRoundRectangle(x, y, w, h, h);
		SymbolLibrary.stroke(g, s);
		g.drawRoundRectangle(x, y, w, h, h);
		int d = h * 3 / 5;
		g.drawOval(x + h / 2 - d / 2, y + h / 2 - d / 2, d, d);
		g.drawOval(x + w - h / 2 - d / 2, y + h / 2 - d / 2, d, d);
	}

	/** Vessel with an agitator shaft and blades. */
	private static void mixer(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
		tank(g, x, y, w, h, s, label);
		int cx = x + w / 2;
		SymbolLibrary.stroke(g, s);
		g.drawLine(cx, y - h / 8, cx, y + h * 3 / 4);
		g.drawPolygon(
				new int[]{cx, y + h * 3 / 4, cx - w / 4, y + h * 3 / 4 - h / 12, cx - w / 4, y + h * 3 / 4 + h / 12});
		g.drawPolygon(
				new int[]{cx, y + h * 3 / 4, cx + w / 4, y + h * 3 / 4 - h / 12, cx + w / 4, y + h * 3 / 4 + h / 12});
	}

	/**
	 * Instrument bubble: a circle, a horizontal line for a control-room (shared display) instrument, and inside
	 * the tag split into function letters ({@code LT}) over the loop number ({@code 101}). Controllers sit in a
	 * square (ISA-5.1 shared display / shared control).
	 */
	private static Symbol bubble(boolean sharedControl) {
		return new Symbol() {
			@Override
			public void paint(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
				int d = side(w, h);
				int cx = x + w / 2, cy = y + h / 2;
				if (sharedControl) {
					SymbolLibrary.fill(g, s);
					g.fillRectangle(cx - d / 2, cy - d / 2, d, d);
					SymbolLibrary.stroke(g, s);
					g.drawRectangle(cx - d / 2, cy - d / 2, d, d);
				}
				circle(g, cx, cy, d, s);
				if (sharedControl) {
					g.drawLine(cx - d / 2, cy, cx + d / 2, cy);
				}
				if (label == null || label.isEmpty()) {
					return;
				}
				InstrumentTag tag = InstrumentTag.parse(label);
				int size = Math.max(6, d * 3 / 10);
				g.setForeground(s.text());
				int top = g.textWidth(tag.functions(), size, true);
				g.drawText(tag.functions(), cx - top / 2, cy - size - 1, size, true);
				int bottom = g.textWidth(tag.loop(), size, false);
				g.drawText(tag.loop(), cx - bottom / 2, cy + 1, size, false);
			}

			@Override
			public boolean drawsLabel() {
				return true;
			}
		};
	}

	/** A filled, outlined circle of diameter {@code d} around (cx, cy); leaves the stroke set for what follows. */
	private static void circle(DrawingSurface g, int cx, int cy, int d, StyleSpec s) {
		SymbolLibrary.fill(g, s);
		g.fillOval(cx - d / 2, cy - d / 2, d, d);
		SymbolLibrary.stroke(g, s);
		g.drawOval(cx - d / 2, cy - d / 2, d, d);
	}

	/**
	 * The style for drawing a symbol as a 16-pixel icon from a 48-unit square: lines thick enough to read at that
	 * size, vessels filled as on the diagram.
	 */
	public static StyleSpec iconStyle(EquipmentKind kind) {
		StyleSpec base = new StyleSpec(StyleSpec.WHITE, new Rgb(34, 40, 49), new Rgb(20, 24, 30), 3.5f, LineStyle.SOLID,
				14);
		return kind == EquipmentKind.TANK || kind == EquipmentKind.MIXER ? base.withFill(VESSEL) : base;
	}

	/** A light blue used for vessels' contents on screens (not a state colour). */
	static final Rgb VESSEL = new Rgb(236, 244, 252);
}
