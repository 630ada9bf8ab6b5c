// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.DiagramEditing;
import org.twinworks.diagram.description.EditContext;
import org.twinworks.diagram.description.ModelDeletion;
import org.twinworks.diagram.description.SemanticResolver;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.overlay.OverlayProvider;
import org.twinworks.diagram.overlay.ProbeProvider;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SceneBuilder;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.viewer.internal.BufferedPainter;
import org.twinworks.diagram.ui.viewer.internal.FigureLookup;
import org.twinworks.diagram.ui.viewer.internal.NotationChanges;
import org.twinworks.diagram.ui.viewer.internal.ScrollZoomController;
import org.twinworks.diagram.ui.viewer.internal.SelectionModel;
import org.twinworks.diagram.ui.viewer.internal.ToolHost;

/**
 * The diagram canvas, the façade over its collaborators: a {@link SelectionModel}, a {@link BufferedPainter}
 * (damage-only repaint, buffer shifted on scroll, overlays re-composited per node), a
 * {@link ScrollZoomController} and a {@link ToolHost}. Brings the scene up to date after every command on the editing
 * domain's stack: a notation edit replaces only the figures it touched ({@link NotationChanges}), anything else
 * builds the scene again. Its selection (for Properties and the tree) is the semantic elements of the selected views. How
 * the diagram is edited comes from its description ({@link DiagramEditing}); the viewer is the context the
 * description's tools work in.
 */
public class DiagramViewer implements ISelectionProvider, EditContext {
	private final Canvas canvas;
	private final EditingDomain domain;
	private final Diagram diagram;
	private final SceneBuilder builder;
	private final SceneRenderer renderer;
	private final Viewport viewport = new Viewport();
	private final SelectionModel selection;
	private final BufferedPainter painter;
	private final ScrollZoomController scrollZoom;
	private final ToolHost tools;
	private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
	// copy-on-write: a listener may remove itself (a thumbnail disposed) while they are told
	private final List<Runnable> sceneListeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener commandListener = e -> commandStackChanged();
	private final NotationChanges changes;
	private Scene scene;
	private boolean incremental = true;
	private ProbeProvider probe;
	private boolean snapToGrid = true;
	private Consumer<String> status = s -> {
	};

	public DiagramViewer(Composite parent, EditingDomain domain, Diagram diagram, SceneBuilder builder,
			SceneRenderer renderer) {
		this.domain = domain;
		this.diagram = diagram;
		this.builder = builder;
		this.renderer = renderer;
		renderer.setGrid(editing().grid());
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE);
		scene = builder.build(diagram);
		changes = NotationChanges.attach(diagram);
		selection = new SelectionModel(() -> scene, this::selectionChanged);
		painter = new BufferedPainter(canvas, viewport, renderer, () -> scene, g -> {
			Handles.paint(g, scene, selection.views(), viewport.zoom(), editing().reconnection() != null);
			activeTool().paintFeedback(this, g);
		});
		painter.setOverlaysVisible(overlaysShown());
		scrollZoom = new ScrollZoomController(canvas, viewport, () -> scene, painter);
		tools = new ToolHost(this, new SelectionTool(), by -> scrollByPixels(by.x, by.y), this::updateTooltip);
		canvas.addListener(SWT.Resize, e -> scrollZoom.resized());
		canvas.addListener(SWT.MouseDoubleClick, e -> directEdit());
		canvas.addListener(SWT.KeyDown, e -> new KeyboardHandler(this).keyPressed(new KeyEvent(e)));
		domain.getCommandStack().addCommandStackListener(commandListener);
		canvas.addListener(SWT.Dispose, e -> dispose());
		Rectangle extent = scene.extent();
		int margin = ScrollZoomController.FIT_MARGIN;
		viewport.scrollTo(Math.min(0, extent.x - margin), Math.min(0, extent.y - margin));
	}

	public Control getControl() {
		return canvas;
	}

	public Canvas canvas() {
		return canvas;
	}

	@Override
	public EditingDomain domain() {
		return domain;
	}

	@Override
	public Diagram diagram() {
		return diagram;
	}

	@Override
	public DiagramDescription description() {
		return builder.description();
	}

	@Override
	public SemanticResolver resolver() {
		return builder.resolver();
	}

	public Scene scene() {
		return scene;
	}

	public SceneBuilder builder() {
		return builder;
	}

	public SceneRenderer renderer() {
		return renderer;
	}

	public Viewport viewport() {
		return viewport;
	}

	public void execute(Command command) {
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** Where the mouse last was over the canvas, in diagram coordinates (where Ctrl+V pastes). */
	public Point lastMousePosition() {
		return tools.lastMousePosition();
	}

	/** How this kind of diagram is edited: grid, palette, renaming, deletion, clipboard. */
	public DiagramEditing editing() {
		return builder.description().editing();
	}

	/**
	 * Removes the selected views; from the model too when asked and the description declares how (else only
	 * from the diagram). One command, one undo.
	 */
	public void deleteSelection(boolean fromModel) {
		List<View> views = selectedViews();
		if (views.isEmpty()) {
			return;
		}
		ModelDeletion deletion = editing().deletion();
		if (!fromModel || deletion == null) {
			execute(NotationCommands.removeViews(domain, views));
			return;
		}
		CompoundCommand delete = new CompoundCommand("Delete from Model");
		delete.append(NotationCommands.removeViews(domain, views));
		Command semantic = deletion.delete(domain, selection.elements());
		if (semantic != null) {
			delete.append(semantic);
		}
		execute(delete);
	}

	public void setStatusLine(Consumer<String> sink) {
		status = sink == null ? s -> {
		} : sink;
	}

	@Override
	public void showStatus(String message) {
		status.accept(message);
	}

	public void setSnapToGrid(boolean snap) {
		snapToGrid = snap;
	}

	public boolean isSnapToGrid() {
		return snapToGrid;
	}

	/** Called after each scene rebuild (thumbnail, outline). */
	public void addSceneListener(Runnable listener) {
		sceneListeners.add(listener);
	}

	public void removeSceneListener(Runnable listener) {
		sceneListeners.remove(listener);
	}

	public void addViewportListener(Runnable listener) {
		scrollZoom.addListener(listener);
	}

	public void removeViewportListener(Runnable listener) {
		scrollZoom.removeListener(listener);
	}

	/** Tooltips for nodes without decorations under the mouse (a value probe); null for none. */
	public void setProbe(ProbeProvider provider) {
		probe = provider;
	}

	public void setOverlays(OverlayProvider provider) {
		painter.setOverlays(provider);
	}

	/** Renders the buffer now if it is invalid (benchmarks; the paint event does it otherwise). */
	public void renderBufferNow() {
		painter.renderNow();
	}

	/** The screen regions the last repaint rendered into the buffer (what damage-only repaint saves). */
	public List<Rectangle> lastRenderedRegions() {
		return painter.lastRenderedRegions();
	}

	/** Milliseconds the last buffer repaint took (benchmarks read it). */
	public double lastRepaintMillis() {
		return painter.lastRepaintMillis();
	}

	/** Live overlays follow the description's overlay layer, which the user can hide like any layer. */
	private boolean overlaysShown() {
		String layer = builder.description().overlayLayer();
		return layer == null || !diagram.getHiddenLayers().contains(layer);
	}

	public void setActiveTool(Tool newTool) {
		tools.activate(newTool);
	}

	public Tool activeTool() {
		return tools.active();
	}

	public void activateDefaultTool() {
		tools.activateDefault();
	}

	public void addToolListener(Runnable listener) {
		tools.addListener(listener);
	}

	public Point snap(Point p) {
		return snapToGrid ? new Point(onGrid(p.x), onGrid(p.y)) : p;
	}

	public Point snapDelta(Point from, Point to) {
		Point delta = new Point(to.x - from.x, to.y - from.y);
		return snapToGrid ? new Point(onGrid(delta.x), onGrid(delta.y)) : delta;
	}

	private int onGrid(int value) {
		int grid = editing().grid();
		return Math.round(value / (float) grid) * grid;
	}

	/** The topmost figure at a diagram point (ports over nodes over edges over containers), or null. */
	public Object hit(Point at) {
		return FigureLookup.hit(scene, at, viewport.zoom());
	}

	/** The innermost container node at a point, or null. */
	public Node containerAt(Point at) {
		return FigureLookup.containerAt(scene, at);
	}

	public List<View> selectedViews() {
		return selection.views();
	}

	public List<Node> selectedNodes() {
		return selection.nodes();
	}

	public void select(Collection<? extends View> views) {
		selection.select(views);
	}

	public void toggle(View view) {
		selection.toggle(view);
	}

	/** Selects the nodes (not containers' backgrounds) and edges entirely inside a diagram rectangle. */
	public void selectIn(Rectangle area, boolean add) {
		selection.selectIn(area, add);
	}

	public void selectAll() {
		selection.selectAll();
	}

	/** After a creation command: select the views it added, so the user can type a name or move it at once. */
	public void selectCreated(Command command) {
		selection.selectCreated(command);
	}

	private void selectionChanged() {
		painter.redrawFeedback();
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener l : selectionListeners) {
			l.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		return new StructuredSelection(selection.elements());
	}

	/** Selects the views of the given semantic elements (from the tree, the Problems view, a search). */
	@Override
	public void setSelection(ISelection newSelection) {
		List<?> elements = newSelection instanceof IStructuredSelection s ? s.toList() : List.of();
		List<View> views = selection.selectElements(elements);
		if (!views.isEmpty()) {
			reveal(views.get(0));
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	/** Rebuilds the whole scene and repaints only what changed (decorations or layers changed outside commands). */
	public void refresh() {
		if (canvas.isDisposed()) {
			return;
		}
		changes.clear();
		show(builder.build(diagram));
	}

	/** After a command, an undo or a redo: only the touched figures when the notation alone changed. */
	private void commandStackChanged() {
		if (canvas.isDisposed()) {
			return;
		}
		if (!incremental || changes.needsRebuild()) {
			refresh();
			return;
		}
		var touched = changes.touchedViews();
		changes.clear();
		show(builder.update(scene, diagram, touched));
	}

	private void show(Scene updated) {
		Scene before = scene;
		scene = updated;
		painter.setOverlaysVisible(overlaysShown());
		selection.retainDrawn();
		// selection handles of what changed lie inside the damaged regions: no full redraw needed
		painter.repaintDiagramRegions(Scene.damageBetween(before, scene));
		scrollZoom.updateScrollBars();
		sceneListeners.forEach(Runnable::run);
	}

	/**
	 * Whether a notation edit replaces only the figures it touched (the default) or builds the whole scene again
	 * (the benchmark's baseline).
	 */
	public void setIncrementalUpdates(boolean value) {
		incremental = value;
	}

	public void repaintAll() {
		painter.repaintAll();
	}

	/** Feedback (selection, tools) changed: the buffer stays, only the canvas is redrawn from it. */
	public void redrawFeedback() {
		painter.redrawFeedback();
	}

	public void zoomTo(double zoom) {
		scrollZoom.zoomTo(zoom);
	}

	public void zoomAt(double zoom, int sx, int sy) {
		scrollZoom.zoomAt(zoom, sx, sy);
	}

	public void zoomToFit() {
		scrollZoom.zoomToFit();
	}

	/** Scrolls by whole screen pixels, reusing the buffer: only the uncovered strips are rendered. */
	public void scrollByPixels(int dx, int dy) {
		scrollZoom.scrollByPixels(dx, dy);
	}

	/** Scrolls so that a view is visible (centred when it was not). */
	public void reveal(View view) {
		Object figure = scene.figureOf(view);
		if (figure != null) {
			scrollZoom.reveal(Scene.damageOf(figure));
		}
	}

	public void scrollTo(double x, double y) {
		scrollZoom.scrollTo(x, y);
	}

	/** F2 or double-click: edit the label of the primary selected node in place. */
	public void directEdit() {
		List<Node> nodes = selectedNodes();
		if (nodes.isEmpty() || editing().labels() == null
				|| !(scene.figureOf(nodes.get(0)) instanceof NodeFigure figure)) {
			return;
		}
		new LabelEditing(this, figure).open();
	}

	private void updateTooltip(Point at) {
		String tip = FigureLookup.tooltip(scene, at, viewport.zoom(), probe);
		if (!Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	private void dispose() {
		domain.getCommandStack().removeCommandStackListener(commandListener);
		changes.detach();
		painter.dispose();
	}
}
