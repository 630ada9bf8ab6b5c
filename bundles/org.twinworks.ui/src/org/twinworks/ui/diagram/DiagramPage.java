// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.twinworks.diagram.commands.Alignment;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.Layer;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.ResourceResolver;
import org.twinworks.diagram.ui.export.DiagramExport;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.overlay.OverlayProvider;
import org.twinworks.diagram.overlay.ProbeProvider;
import org.twinworks.diagram.ui.render.SceneBuilder;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.render.SymbolLibrary;
import org.twinworks.diagram.sync.DiagramSynchronizer;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.diagram.ui.viewer.Palette;
import org.twinworks.diagram.ui.render.SwtGeometry;
import org.twinworks.pid.PidSymbols;
import org.twinworks.pid.PlantDiagramDescription;

/**
 * One diagram as an editor page: the palette on the left, the canvas on the right (its thumbnail is in the
 * Outline view), a context menu with arrange, align, show all, layers, zoom and export. Everything goes through
 * the editor's editing domain.
 */
public final class DiagramPage {
	private final SashForm control;
	private final DiagramViewer viewer;
	private final EditingDomain domain;
	private final Diagram diagram;
	private OverlayProvider overlays;
	private MenuManager contextMenu;
	private final List<Consumer<IMenuManager>> contributedMenuItems = new ArrayList<>();
	private final List<LayerToggle> contributedLayers = new ArrayList<>();

	public DiagramPage(Composite parent, EditingDomain domain, Diagram diagram, Resource model,
			org.twinworks.diagram.overlay.DecorationProvider decorations) {
		this.domain = domain;
		this.diagram = diagram;
		SymbolLibrary symbols = PidSymbols.library();
		DiagramDescription description = PlantDiagramDescription.get();
		SceneBuilder builder = new SceneBuilder(description, new ResourceResolver(model), symbols)
				.decorations(decorations);
		control = new SashForm(parent, SWT.HORIZONTAL);
		Composite side = new Composite(control, SWT.NONE);
		side.setLayout(new GridLayout(1, false));
		Composite canvasArea = new Composite(control, SWT.NONE);
		canvasArea.setLayout(new org.eclipse.swt.layout.FillLayout());
		viewer = new DiagramViewer(canvasArea, domain, diagram, builder, new SceneRenderer(symbols));
		Palette palette = new Palette(side, viewer);
		palette.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		control.setWeights(20, 80);
		fitPaletteOnFirstLayout(side);
		DiagramDrop.install(viewer);
		createContextMenu();
	}

	/** Overlays on the nodes and a probe for the node under the mouse (another layer's values, say). */
	public void showOverlays(OverlayProvider provider, ProbeProvider probe) {
		overlays = provider;
		viewer.setOverlays(provider);
		viewer.setProbe(probe);
	}

	/** The overlays shown, or null. */
	public OverlayProvider overlays() {
		return overlays;
	}

	/** Adds items at the end of the context menu each time it opens (an editor participant's, say). */
	public void addContextMenuItems(Consumer<IMenuManager> items) {
		contributedMenuItems.add(items);
	}

	/** Lists a participant's layer in the Layers menu, after the description's layers. */
	public void addLayer(LayerToggle layer) {
		contributedLayers.add(layer);
	}

	/** The context menu, for the editor to register (so {@code org.eclipse.ui.menus} can contribute to it). */
	public MenuManager contextMenu() {
		return contextMenu;
	}

	/** The palette column gets the width its labels need once the page has a size; the sash still moves it. */
	private void fitPaletteOnFirstLayout(Composite side) {
		control.addListener(SWT.Resize, new org.eclipse.swt.widgets.Listener() {
			private boolean done;

			@Override
			public void handleEvent(org.eclipse.swt.widgets.Event event) {
				int total = control.getClientArea().width;
				if (done || total <= 0) {
					return;
				}
				done = true;
				int wanted = side.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + control.getSashWidth();
				if (wanted < total / 2) {
					control.setWeights(wanted, total - wanted);
				}
			}
		});
	}

	public SashForm control() {
		return control;
	}

	public DiagramViewer viewer() {
		return viewer;
	}

	public Diagram diagram() {
		return diagram;
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager("#DiagramMenu");
		contextMenu = menu;
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void fillContextMenu(IMenuManager menu) {
		boolean selected = !viewer.selectedViews().isEmpty();
		menu.add(action("&Rename\tF2", selected && viewer.selectedNodes().size() == 1, viewer::directEdit));
		menu.add(action("Delete from &Diagram\tDelete", selected,
				() -> viewer.execute(NotationCommands.removeViews(domain, viewer.selectedViews()))));
		menu.add(action("Delete from &Model\tCtrl+D", selected && viewer.editing().deletion() != null,
				() -> viewer.deleteSelection(true)));
		menu.add(new Separator());
		menu.add(action("&Arrange All", true,
				() -> viewer.execute(ElkArranger.arrangeAll(domain, diagram, viewer.builder().description()))));
		menu.add(action("Arrange &Selection", viewer.selectedNodes().size() > 1,
				() -> viewer.execute(ElkArranger.arrangeSelection(domain, diagram, viewer.selectedNodes()))));
		MenuManager align = new MenuManager("A&lign");
		for (Alignment a : Alignment.values()) {
			String name = a.name().charAt(0) + a.name().substring(1).toLowerCase();
			align.add(action(name, viewer.selectedNodes().size() > 1,
					() -> viewer.execute(a.command(domain, viewer.selectedNodes()))));
		}
		align.add(new Separator());
		align.add(action("Distribute Horizontally", viewer.selectedNodes().size() > 2,
				() -> viewer.execute(Alignment.distribute(domain, viewer.selectedNodes(), true))));
		align.add(action("Distribute Vertically", viewer.selectedNodes().size() > 2,
				() -> viewer.execute(Alignment.distribute(domain, viewer.selectedNodes(), false))));
		menu.add(align);
		menu.add(showAllMenu());
		menu.add(layersMenu());
		menu.add(new Separator());
		MenuManager zoom = new MenuManager("&Zoom");
		zoom.add(action("Zoom &In\tCtrl+=", true, () -> viewer.zoomTo(viewer.viewport().zoom() * 1.25)));
		zoom.add(action("Zoom &Out\tCtrl+-", true, () -> viewer.zoomTo(viewer.viewport().zoom() / 1.25)));
		zoom.add(action("&100 %\tCtrl+0", true, () -> viewer.zoomTo(1)));
		zoom.add(action("&Fit to Window\tCtrl+Shift+F", true, viewer::zoomToFit));
		menu.add(zoom);
		IAction snap = action("Snap to &Grid", true, () -> viewer.setSnapToGrid(!viewer.isSnapToGrid()));
		snap.setChecked(viewer.isSnapToGrid());
		menu.add(snap);
		menu.add(new Separator());
		menu.add(action("Export as &PNG…", true, this::exportPng));
		menu.add(action("Export as S&VG…", true, this::exportSvg));
		menu.add(action("&Print…", true, this::print));
		menu.add(new Separator());
		contributedMenuItems.forEach(items -> items.accept(menu));
		menu.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private MenuManager showAllMenu() {
		MenuManager show = new MenuManager("Show &All");
		DiagramSynchronizer sync = new DiagramSynchronizer(viewer.builder().description(), viewer.builder().resolver());
		Map<NodeMapping, List<EObject>> missing = sync.missingNodes(diagram);
		int edges = sync.missingEdges(diagram).size();
		if (missing.isEmpty() && edges == 0) {
			show.add(action("Everything is shown", false, () -> {
			}));
		}
		missing.forEach((mapping, elements) -> show.add(action(
				mapping.label() + " (" + mapping.id() + "): " + elements.size() + " hidden", true, () -> viewer.execute(
						sync.showAll(domain, diagram, mapping, SwtGeometry.fromSwt(viewer.scene().extent()))))));
		if (edges > 0) {
			show.add(action("Connections: " + edges + " not drawn", true,
					() -> viewer.execute(NotationCommands.addEdges(domain, diagram, sync.missingEdges(diagram)))));
		}
		return show;
	}

	private MenuManager layersMenu() {
		MenuManager layers = new MenuManager("La&yers");
		for (Layer layer : viewer.builder().description().layers()) {
			boolean visible = !diagram.getHiddenLayers().contains(layer.id());
			IAction toggle = action(layer.label(), true,
					() -> viewer.execute(NotationCommands.hideLayer(domain, diagram, layer.id(), visible)));
			toggle.setChecked(visible);
			layers.add(toggle);
		}
		if (!contributedLayers.isEmpty()) {
			layers.add(new Separator());
		}
		for (LayerToggle layer : contributedLayers) {
			boolean visible = layer.visible().getAsBoolean();
			IAction toggle = action(layer.label(), true, () -> layer.show().accept(!visible));
			toggle.setChecked(visible);
			layers.add(toggle);
		}
		return layers;
	}

	private static IAction action(String text, boolean enabled, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	private String askFile(String extension) {
		FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[]{"*." + extension});
		dialog.setFileName(diagram.getName() + "." + extension);
		dialog.setOverwrite(true);
		return dialog.open();
	}

	private void exportSvg() {
		String file = askFile("svg");
		if (file == null) {
			return;
		}
		try {
			DiagramExport.writeSvg(viewer.scene(), viewer.renderer(), Path.of(file));
		} catch (Exception e) {
			failed("SVG export", file, e);
		}
	}

	private void exportPng() {
		InputDialog scale = new InputDialog(control.getShell(), "Export as PNG",
				"Scale (1 = 100 %, 2 for print quality):", "2", text -> {
					try {
						double s = Double.parseDouble(text);
						return s > 0 && s <= 8 ? null : "between 0 and 8";
					} catch (NumberFormatException e) {
						return "a number, e.g. 2";
					}
				});
		if (scale.open() != Window.OK) {
			return;
		}
		String file = askFile("png");
		if (file == null) {
			return;
		}
		try {
			DiagramExport.writePng(control.getDisplay(), viewer.scene(), viewer.renderer(),
					Double.parseDouble(scale.getValue()), Path.of(file));
		} catch (Exception e) {
			failed("PNG export", file, e);
		}
	}

	/** Prints the whole diagram on one page, scaled to fit the printable area. */
	private void print() {
		PrintDialog dialog = new PrintDialog(control.getShell());
		PrinterData data = dialog.open();
		if (data == null) {
			return;
		}
		Printer printer = new Printer(data);
		try {
			if (!printer.startJob(diagram.getName())) {
				return;
			}
			printer.startPage();
			Rectangle page = printer.getClientArea();
			Rectangle area = DiagramExport.area(viewer.scene());
			double scale = Math.min(page.width / (double) area.width, page.height / (double) area.height);
			GC gc = new GC(printer);
			try {
				DiagramExport.paintScaled(gc, viewer.scene(), viewer.renderer(), area, scale);
			} finally {
				gc.dispose();
			}
			printer.endPage();
			printer.endJob();
		} finally {
			printer.dispose();
		}
	}

	private void failed(String what, String file, Exception e) {
		ILog.of(DiagramPage.class).error(what + " to " + file + " failed", e);
		MessageDialog.openError(control.getShell(), what + " failed",
				"Could not write " + file + ":\n" + e.getMessage());
	}
}
