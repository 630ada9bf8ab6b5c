// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.images;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.ui.render.FontCache;
import org.twinworks.diagram.ui.render.SwtSurface;
import org.twinworks.diagram.ui.render.SymbolLibrary;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDirection;
import org.twinworks.pid.PidSymbols;

/**
 * The one place that decides an element's kind-specific icon: equipment by its kind, drawn from the same P&ID
 * symbol as on the diagram; signals by direction and kind of value. Other elements keep their item provider's
 * icon. One registry per display, its images made on first use and disposed with the display, so every
 * viewer shares the same image instances and no label call creates one.
 */
public final class PlantImages {
	private static final String KEY = PlantImages.class.getName();
	private static final SymbolLibrary SYMBOLS = PidSymbols.library();

	private final Display display;
	private final Map<EquipmentKind, Image> equipment = new EnumMap<>(EquipmentKind.class);
	private final Map<SignalGlyph, Image> signals = new HashMap<>();
	private final FontCache fonts;

	private PlantImages(Display display) {
		this.display = display;
		this.fonts = new FontCache(display);
	}

	/** The registry of {@code display} (the UI thread's), created on first use. */
	public static PlantImages of(Display display) {
		if (display.getData(KEY) instanceof PlantImages images) {
			return images;
		}
		PlantImages images = new PlantImages(display);
		display.setData(KEY, images);
		display.disposeExec(images::dispose);
		return images;
	}

	/** The kind-specific icon of a model element, or null when its item provider's icon is the right one. */
	public @Nullable Image imageOf(@Nullable Object element) {
		if (element instanceof Equipment e) {
			return equipment(e.getKind());
		}
		if (element instanceof Signal s) {
			return signal(s.getDirection(), SignalKind.of(s.getDataType()));
		}
		return null;
	}

	public Image equipment(@Nullable EquipmentKind kind) {
		EquipmentKind k = kind == null ? EquipmentKind.OTHER : kind;
		return equipment.computeIfAbsent(k, key -> IconRenderer.create(display, gc -> paintSymbol(gc, key)));
	}

	public Image signal(@Nullable SignalDirection direction, SignalKind kind) {
		SignalGlyph glyph = new SignalGlyph(direction == null ? SignalDirection.INTERNAL : direction, kind);
		return signals.computeIfAbsent(glyph, g -> IconRenderer.create(display, g::paint));
	}

	private void paintSymbol(GC gc, EquipmentKind kind) {
		int inset = 4;
		int size = IconRenderer.UNITS - 2 * inset;
		// a tank is drawn taller than wide on the diagram; a square would read as a box
		int width = kind == EquipmentKind.TANK || kind == EquipmentKind.MIXER ? size * 2 / 3 : size;
		int height = kind == EquipmentKind.CONVEYOR ? size / 2 : size;
		int x = inset + (size - width) / 2;
		int y = inset + (size - height) / 2;
		SYMBOLS.get(PidSymbols.idOf(kind)).paint(new SwtSurface(gc, fonts), x, y, width, height,
				PidSymbols.iconStyle(kind), iconLabel(kind));
	}

	/** Instrument bubbles carry letters on the diagram; on an icon one letter tells them apart. */
	private static String iconLabel(EquipmentKind kind) {
		return switch (kind) {
		case ANALYZER -> "A";
		case INSTRUMENT -> "I";
		default -> "";
		};
	}

	private void dispose() {
		equipment.values().forEach(Image::dispose);
		signals.values().forEach(Image::dispose);
		equipment.clear();
		signals.clear();
		fonts.close();
	}
}
