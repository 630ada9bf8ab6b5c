// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.iolist;

import java.util.function.IntFunction;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.ImagePainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.CellPainterDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.util.CellEdgeEnum;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.twinworks.model.Signal;
import org.twinworks.ui.images.PlantImages;

/** The tag cell starts with the signal's icon (direction and kind of value), the same image as in the tree. */
final class SignalIcons extends AbstractRegistryConfiguration {
	private final IntFunction<Signal> signalOfRow;

	SignalIcons(IntFunction<Signal> signalOfRow) {
		this.signalOfRow = signalOfRow;
	}

	/** The icon the tag cell of a visible row shows (tests read it). */
	Image imageOfRow(int row) {
		Signal signal = signalOfRow.apply(row);
		return signal == null ? null : PlantImages.of(Display.getCurrent()).imageOf(signal);
	}

	@Override
	public void configureRegistry(IConfigRegistry registry) {
		ImagePainter icon = new ImagePainter(false) {
			@Override
			protected Image getImage(ILayerCell cell, IConfigRegistry config) {
				return imageOfRow(cell.getRowIndex());
			}
		};
		CellPainterDecorator painter = new CellPainterDecorator(new TextPainter(), CellEdgeEnum.LEFT, 2,
				new PaddingDecorator(icon, 0, 0, 0, 2), false);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, painter, DisplayMode.NORMAL,
				ColumnLabelAccumulator.COLUMN_LABEL_PREFIX + IoListColumns.TAG);
	}
}
