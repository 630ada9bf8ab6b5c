// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.twinworks.diagram.description.PaletteEntry;
import org.twinworks.diagram.description.PaletteGroup;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.ui.render.FontCache;
import org.twinworks.diagram.ui.render.SwtSurface;
import org.twinworks.diagram.ui.render.Symbol;

/**
 * The tool palette beside the canvas: Select first, then the groups of creation and connection tools the
 * diagram's description declares. Icons are the tools' own symbols, drawn small, so the palette always matches
 * the diagram.
 */
public final class Palette {
	private final Composite control;
	private final DiagramViewer viewer;
	private final List<ToolItem> items = new ArrayList<>();
	private final List<Image> images = new ArrayList<>();
	private ToolBar current;

	public Palette(Composite parent, DiagramViewer viewer) {
		this.viewer = viewer;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.verticalSpacing = 2;
		control.setLayout(layout);
		group(null);
		add(viewer.activeTool());
		for (PaletteGroup declared : viewer.editing().palette()) {
			group(declared.title());
			for (PaletteEntry entry : declared.entries()) {
				add(switch (entry) {
				case PaletteEntry.Creation creation -> new CreationTool(creation);
				case PaletteEntry.Connection connection -> new ConnectionTool(connection);
				});
			}
		}
		viewer.addToolListener(this::syncWithViewer);
		control.addListener(SWT.Dispose, e -> images.forEach(Image::dispose));
	}

	public Composite getControl() {
		return control;
	}

	/** Starts a titled group of tools. */
	public Palette group(String title) {
		if (title != null) {
			Label label = new Label(control, SWT.NONE);
			label.setText(title);
			label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		current = new ToolBar(control, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
		current.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return this;
	}

	public Palette add(Tool tool) {
		ToolItem item = new ToolItem(current, SWT.RADIO);
		item.setText(tool.label());
		item.setToolTipText(tool.label());
		item.setData(tool);
		if (tool.symbol() != null) {
			item.setImage(icon(viewer.renderer() == null ? null : viewer.builder().symbols().get(tool.symbol())));
		}
		item.setSelection(tool == viewer.activeTool());
		item.addListener(SWT.Selection, e -> {
			if (item.getSelection()) {
				for (ToolItem other : items) {
					if (other != item) {
						other.setSelection(false);
					}
				}
				viewer.setActiveTool(tool);
			}
		});
		items.add(item);
		return this;
	}

	public List<ToolItem> items() {
		return List.copyOf(items);
	}

	/** The tool labelled so, or null. */
	public Tool tool(String label) {
		for (ToolItem item : items) {
			if (item.getData() instanceof Tool tool && tool.label().equals(label)) {
				return tool;
			}
		}
		return null;
	}

	private void syncWithViewer() {
		for (ToolItem item : items) {
			if (!item.isDisposed()) {
				item.setSelection(item.getData() == viewer.activeTool());
			}
		}
	}

	private Image icon(Symbol symbol) {
		Image image = new Image(control.getDisplay(), 22, 22);
		// the GC goes before the fonts it may have selected
		try (FontCache fonts = new FontCache(control.getDisplay())) {
			GC gc = new GC(image);
			try {
				gc.setBackground(control.getBackground());
				gc.fillRectangle(0, 0, 22, 22);
				gc.setAntialias(SWT.ON);
				if (symbol != null) {
					symbol.paint(new SwtSurface(gc, fonts), 2, 2, 18, 18, StyleSpec.DEFAULT.withLineWidth(1.2f), "");
				}
			} finally {
				gc.dispose();
			}
		}
		images.add(image);
		return image;
	}
}
