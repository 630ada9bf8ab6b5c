package org.twinworks.diagram.ui.viewer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.twinworks.diagram.geometry.Rgb;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.twinworks.diagram.description.LineStyle;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.overlay.Decoration;
import org.twinworks.diagram.overlay.OverlayListener;
import org.twinworks.diagram.overlay.OverlayProvider;
import org.twinworks.diagram.overlay.ProbeProvider;
import org.twinworks.diagram.ui.render.EdgeFigure;
import org.twinworks.diagram.ui.render.FontCache;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.PortFigure;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SceneBuilder;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.render.SwtSurface;

/**
 * The diagram canvas. Keeps the rendered diagram in an off-screen buffer: scrolling shifts the buffer and
 * renders only the uncovered strips; a command repaints only the regions whose figures changed; an overlay
 * update repaints only the nodes it names. Selection handles and tool feedback are drawn over the buffer.
 * Its selection (for Properties and the tree) is the semantic elements of the selected views.
 */
public class DiagramViewer implements ISelectionProvider {
	private static final Rgb HANDLE = new Rgb(30, 100, 220);
	private static final int GRID = 10;
	/** Below this zoom the drawing is an overview: drawn without antialiasing. */
	private static final double OVERVIEW_ZOOM = 0.35;

	private final Canvas canvas;
	private final EditingDomain domain;
	private final Diagram diagram;
	private final SceneBuilder builder;
	private final SceneRenderer renderer;
	private final Viewport viewport = new Viewport();
	private final FontCache fonts;
	private final Set<View> selection = new LinkedHashSet<>();
	private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener commandListener = e -> refresh();
	private final OverlayListener overlayListener = this::overlaysChanged;
	private ProbeProvider probe;
	private final Tool selectionTool = new SelectionTool();
	private Tool tool = selectionTool;
	private Scene scene;
	/** The scene without live overlays. */
	private ImageCopy staticBuffer;
	/** The static scene with the overlays composited on top: what the canvas shows. */
	private ImageCopy buffer;
	private OverlayProvider overlays;
	private boolean snapToGrid = true;
	private DirectEditor directEditor;
	private Function<Collection<EObject>, Command> deleteFromModel;
	private Consumer<String> status = s -> {
	};
	// copy-on-write: a listener may remove itself (a thumbnail disposed) while they are told
	private final List<Runnable> sceneListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> viewportListeners = new CopyOnWriteArrayList<>();
	private long lastRepaintNanos;
	private boolean overlaysWereShown = true;
	private List<Rectangle> lastRendered = List.of();

	/** Copy and paste of semantic elements with their views (Ctrl+C / Ctrl+V on the canvas). */
	public interface ClipboardSupport {
		/** Copies the elements to the editing domain's clipboard, or null when they cannot be copied. */
		Command copy(List<EObject> elements);

		/** Pastes the clipboard at a diagram point (into the container there) and shows what was pasted. */
		Command paste(DiagramViewer viewer, Point at);
	}

	private ClipboardSupport clipboard;
	private Point lastMouse = new Point(0, 0);
	private Point panFrom;

	public void setClipboardSupport(ClipboardSupport support) {
		clipboard = support;
	}

	public ClipboardSupport clipboardSupport() {
		return clipboard;
	}

	/** Where the mouse last was over the canvas, in diagram coordinates (where Ctrl+V pastes). */
	public Point lastMousePosition() {
		return lastMouse;
	}

	/** Renames what a label shows (F2). */
	public interface DirectEditor {
		String textOf(EObject element);

		Command rename(EObject element, String text);
	}

	public DiagramViewer(Composite parent, EditingDomain domain, Diagram diagram, SceneBuilder builder,
			SceneRenderer renderer) {
		this.domain = domain;
		this.diagram = diagram;
		this.builder = builder;
		this.renderer = renderer;
		renderer.setGrid(GRID);
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE);
		fonts = new FontCache(canvas.getDisplay());
		scene = builder.build(diagram);
		overlaysWereShown = overlaysShown();
		renderer.setOverlaysVisible(overlaysWereShown);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> {
			disposeBuffer();
			updateScrollBars();
			canvas.redraw();
		});
		canvas.addListener(SWT.MouseDown, e -> {
			canvas.setFocus();
			if (e.button == 2) {
				panFrom = new Point(e.x, e.y); // middle button drags the drawing, whatever the tool
				return;
			}
			tool.mouseDown(this, new MouseEvent(e), viewport.toDiagram(e.x, e.y));
		});
		canvas.addListener(SWT.MouseMove, e -> {
			lastMouse = viewport.toDiagram(e.x, e.y);
			if (panFrom != null) {
				scrollByPixels(panFrom.x - e.x, panFrom.y - e.y);
				panFrom = new Point(e.x, e.y);
				return;
			}
			tool.mouseMove(this, new MouseEvent(e), viewport.toDiagram(e.x, e.y));
			updateTooltip(viewport.toDiagram(e.x, e.y));
		});
		canvas.addListener(SWT.MouseUp, e -> {
			if (e.button == 2) {
				panFrom = null;
				return;
			}
			tool.mouseUp(this, new MouseEvent(e), viewport.toDiagram(e.x, e.y));
		});
		canvas.addListener(SWT.MouseDoubleClick, e -> directEdit());
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, e -> new KeyboardHandler(this).keyPressed(new KeyEvent(e)));
		canvas.getVerticalBar().addListener(SWT.Selection, e -> scrollBarMoved());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrollBarMoved());
		domain.getCommandStack().addCommandStackListener(commandListener);
		canvas.addListener(SWT.Dispose, e -> dispose());
		Rectangle extent = scene.extent();
		viewport.scrollTo(Math.min(0, extent.x - 20), Math.min(0, extent.y - 20));
	}

	// ---------------------------------------------------------------- accessors used by tools and the editor

	public Control getControl() {
		return canvas;
	}

	public Canvas canvas() {
		return canvas;
	}

	public EditingDomain domain() {
		return domain;
	}

	public Diagram diagram() {
		return diagram;
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

	public void setDirectEditor(DirectEditor editor) {
		directEditor = editor;
	}

	public DirectEditor directEditor() {
		return directEditor;
	}

	/** What "Delete from Model" does with the selected elements (null: only delete from diagram). */
	public void setDeleteFromModel(Function<Collection<EObject>, Command> factory) {
		deleteFromModel = factory;
	}

	public Function<Collection<EObject>, Command> deleteFromModel() {
		return deleteFromModel;
	}

	public void setStatusLine(Consumer<String> sink) {
		status = sink == null ? s -> {
		} : sink;
	}

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

	public void addViewportListener(Runnable listener) {
		viewportListeners.add(listener);
	}

	public void removeSceneListener(Runnable listener) {
		sceneListeners.remove(listener);
	}

	public void removeViewportListener(Runnable listener) {
		viewportListeners.remove(listener);
	}

	/** Tooltips for nodes without decorations under the mouse (a value probe); null for none. */
	public void setProbe(ProbeProvider provider) {
		probe = provider;
	}

	public void setOverlays(OverlayProvider provider) {
		if (overlays != null) {
			overlays.removeListener(overlayListener);
		}
		overlays = provider;
		renderer.setOverlays(provider);
		if (provider != null) {
			provider.addListener(overlayListener);
		}
		repaintAll();
	}

	/** Renders the buffer now if it is invalid (benchmarks; the paint event does it otherwise). */
	public void renderBufferNow() {
		ensureBuffer();
	}

	/** The screen regions the last repaint rendered into the buffer (what damage-only repaint saves). */
	public List<Rectangle> lastRenderedRegions() {
		return lastRendered;
	}

	/** Milliseconds the last buffer repaint took (benchmarks read it). */
	public double lastRepaintMillis() {
		return lastRepaintNanos / 1e6;
	}

	/** Live overlays follow the description's overlay layer, which the user can hide like any layer. */
	private boolean overlaysShown() {
		String layer = builder.description().overlayLayer();
		return layer == null || !diagram.getHiddenLayers().contains(layer);
	}

	// ---------------------------------------------------------------- tools

	public void setActiveTool(Tool newTool) {
		tool.cancel(this);
		tool = newTool == null ? selectionTool : newTool;
		canvas.setCursor(canvas.getDisplay().getSystemCursor(tool.cursor()));
	}

	public Tool activeTool() {
		return tool;
	}

	public void activateDefaultTool() {
		setActiveTool(selectionTool);
		toolListeners.forEach(Runnable::run);
	}

	private final List<Runnable> toolListeners = new ArrayList<>();

	public void addToolListener(Runnable listener) {
		toolListeners.add(listener);
	}

	public Point snap(Point p) {
		if (!snapToGrid) {
			return p;
		}
		return new Point(Math.round(p.x / (float) GRID) * GRID, Math.round(p.y / (float) GRID) * GRID);
	}

	public Point snapDelta(Point from, Point to) {
		int dx = to.x - from.x, dy = to.y - from.y;
		if (!snapToGrid) {
			return new Point(dx, dy);
		}
		return new Point(Math.round(dx / (float) GRID) * GRID, Math.round(dy / (float) GRID) * GRID);
	}

	/** The topmost figure at a diagram point (ports over nodes over edges over containers), or null. */
	public Object hit(Point at) {
		double tolerance = Math.max(2, 4 / viewport.zoom());
		Rectangle probe = new Rectangle(at.x - (int) tolerance - 1, at.y - (int) tolerance - 1,
				2 * (int) tolerance + 2, 2 * (int) tolerance + 2);
		List<Object> candidates = scene.figuresIn(probe);
		Object container = null;
		for (int i = candidates.size() - 1; i >= 0; i--) {
			Object figure = candidates.get(i);
			switch (figure) {
				case PortFigure p -> {
					Rectangle s = p.shape();
					if (new Rectangle(s.x - 2, s.y - 2, s.width + 4, s.height + 4).contains(at)) {
						return p;
					}
				}
				case NodeFigure n -> {
					if (n.shape().contains(at) || (n.labelBox() != null && !n.isContainer() && n.labelBox().contains(at))) {
						if (!n.isContainer()) {
							return n;
						}
						if (container == null) {
							container = n;
						}
					}
				}
				case EdgeFigure e -> {
					if (e.route().distanceTo(at.x, at.y) <= tolerance) {
						return e;
					}
				}
				default -> {
				}
			}
		}
		return container;
	}

	/** The innermost container node at a point, or null. */
	public Node containerAt(Point at) {
		Node best = null;
		int depth = -1;
		for (Object figure : scene.figuresIn(new Rectangle(at.x, at.y, 1, 1))) {
			if (figure instanceof NodeFigure n && n.isContainer() && n.shape().contains(at) && n.depth() > depth) {
				best = n.view();
				depth = n.depth();
			}
		}
		return best;
	}

	// ---------------------------------------------------------------- selection

	public List<View> selectedViews() {
		return List.copyOf(selection);
	}

	public List<Node> selectedNodes() {
		List<Node> nodes = new ArrayList<>();
		for (View v : selection) {
			if (v instanceof Node n) {
				nodes.add(n);
			}
		}
		return nodes;
	}

	public List<Edge> selectedEdges() {
		List<Edge> edges = new ArrayList<>();
		for (View v : selection) {
			if (v instanceof Edge e) {
				edges.add(e);
			}
		}
		return edges;
	}

	public void select(Collection<? extends View> views) {
		selection.clear();
		selection.addAll(views);
		selectionChanged();
	}

	public void toggle(View view) {
		if (!selection.remove(view)) {
			selection.add(view);
		}
		selectionChanged();
	}

	/** Selects the nodes (not containers' backgrounds) and edges entirely inside a diagram rectangle. */
	public void selectIn(Rectangle area, boolean add) {
		if (!add) {
			selection.clear();
		}
		for (Object figure : scene.figuresIn(area)) {
			if (figure instanceof NodeFigure n && area.contains(n.shape().x, n.shape().y)
					&& area.contains(n.shape().x + n.shape().width, n.shape().y + n.shape().height)) {
				selection.add(n.view());
			} else if (figure instanceof EdgeFigure e && area.contains(e.route().bounds().x, e.route().bounds().y)
					&& area.contains(e.route().bounds().x + e.route().bounds().width,
							e.route().bounds().y + e.route().bounds().height)) {
				selection.add(e.view());
			}
		}
		selectionChanged();
	}

	public void selectAll() {
		selection.clear();
		scene.nodes().forEach(n -> selection.add(n.view()));
		scene.edges().forEach(e -> selection.add(e.view()));
		selectionChanged();
	}

	/** After a creation command: select the views it added, so the user can type a name or move it at once. */
	public void selectCreated(Command command) {
		List<View> created = new ArrayList<>();
		for (Object o : command.getAffectedObjects()) {
			if (o instanceof View v && scene.figureOf(v) != null) {
				created.add(v);
			}
		}
		if (created.isEmpty()) {
			// the command's affected objects are semantic: select their views
			for (Object o : command.getAffectedObjects()) {
				if (o instanceof EObject e) {
					scene.figuresOf(e).forEach(f -> created.add(Scene.viewOf(f)));
				}
			}
		}
		if (!created.isEmpty()) {
			select(created);
		}
	}

	private void selectionChanged() {
		selection.removeIf(v -> scene.figureOf(v) == null);
		redrawFeedback();
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener l : selectionListeners) {
			l.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		List<EObject> elements = new ArrayList<>();
		for (View v : selection) {
			Object figure = scene.figureOf(v);
			if (figure != null) {
				elements.add(Scene.elementOf(figure));
			}
		}
		return new StructuredSelection(elements);
	}

	/** Selects the views of the given semantic elements (from the tree, the Problems view, a search). */
	@Override
	public void setSelection(ISelection newSelection) {
		List<View> views = new ArrayList<>();
		if (newSelection instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				if (o instanceof EObject e) {
					scene.figuresOf(e).forEach(f -> views.add(Scene.viewOf(f)));
				}
			}
		}
		select(views);
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

	// ---------------------------------------------------------------- scene and repaint

	/** Rebuilds the scene and repaints only what changed. Runs after every command on the shared stack. */
	public void refresh() {
		if (canvas.isDisposed()) {
			return;
		}
		Scene before = scene;
		scene = builder.build(diagram);
		boolean overlaysShown = overlaysShown();
		if (overlaysShown != overlaysWereShown) {
			overlaysWereShown = overlaysShown;
			renderer.setOverlaysVisible(overlaysShown);
			repaintAll();
		}
		selection.removeIf(v -> scene.figureOf(v) == null || v.eResource() == null);
		List<Rectangle> damage = Scene.damageBetween(before, scene);
		repaintDiagramRegions(damage);
		updateScrollBars();
		sceneListeners.forEach(Runnable::run);
		// selection handles of what changed lie inside the damaged regions: no full redraw needed
	}

	/**
	 * Values changed: only the overlays are re-composited over the static buffer, in the changed nodes' regions
	 * (or once over the whole canvas when so many changed that one pass is cheaper).
	 */
	private void overlaysChanged(Collection<? extends EObject> elements) {
		if (canvas.isDisposed() || buffer == null) {
			return;
		}
		Rectangle client = canvas.getClientArea();
		Rectangle visible = viewport.toDiagram(client);
		List<Rectangle> screen = new ArrayList<>();
		long area = 0;
		for (EObject element : elements) {
			for (Object figure : scene.figuresOf(element)) {
				if (figure instanceof NodeFigure n && n.damage().intersects(visible)) {
					Rectangle s = viewport.toScreen(n.damage()).intersection(client);
					screen.add(s);
					area += (long) s.width * s.height;
				}
			}
		}
		if (screen.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		if (screen.size() > 150 || area > (long) client.width * client.height / 3) {
			screen = List.of(new Rectangle(0, 0, client.width, client.height));
		}
		composite(screen);
		lastRepaintNanos = System.nanoTime() - start;
		lastRendered = List.copyOf(screen);
		for (Rectangle r : screen) {
			canvas.redraw(r.x, r.y, r.width, r.height, false);
		}
	}

	/** Re-renders these diagram regions into the buffer and asks the canvas to show them. */
	public void repaintDiagramRegions(List<Rectangle> regions) {
		if (regions.isEmpty() || canvas.isDisposed()) {
			return;
		}
		Rectangle client = canvas.getClientArea();
		Rectangle visible = viewport.toDiagram(client);
		List<Rectangle> screen = new ArrayList<>();
		for (Rectangle r : regions) {
			if (r.intersects(visible)) {
				Rectangle s = viewport.toScreen(r).intersection(client);
				if (!s.isEmpty()) {
					screen.add(s);
				}
			}
		}
		if (screen.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		if (buffer != null) {
			screen = DamageRegions.merge(screen);
			for (Rectangle s : screen) {
				renderIntoBuffer(s);
			}
			lastRepaintNanos = System.nanoTime() - start;
			lastRendered = List.copyOf(screen);
		}
		for (Rectangle s : screen) {
			canvas.redraw(s.x, s.y, s.width, s.height, false);
		}
	}

	public void repaintAll() {
		disposeBuffer();
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** Feedback (selection, tools) changed: the buffer stays, only the canvas is redrawn from it. */
	public void redrawFeedback() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	private void ensureBuffer() {
		Rectangle client = canvas.getClientArea();
		if (buffer != null) {
			return;
		}
		buffer = new ImageCopy(new Image(canvas.getDisplay(), Math.max(1, client.width), Math.max(1, client.height)));
		staticBuffer = new ImageCopy(new Image(canvas.getDisplay(), Math.max(1, client.width), Math.max(1, client.height)));
		long start = System.nanoTime();
		Rectangle all = new Rectangle(0, 0, Math.max(1, client.width), Math.max(1, client.height));
		renderIntoBuffer(all);
		lastRepaintNanos = System.nanoTime() - start;
		lastRendered = List.of(all);
	}

	/** Renders the static scene of a screen region, then composites its overlays. */
	private void renderIntoBuffer(Rectangle screenArea) {
		GC gc = new GC(staticBuffer.image());
		Transform transform = new Transform(canvas.getDisplay());
		try {
			// far out, symbols are boxes and lines a pixel wide: antialiasing would triple the cost for a blur
			gc.setAntialias(viewport.zoom() < OVERVIEW_ZOOM ? SWT.OFF : SWT.ON);
			gc.setTextAntialias(SWT.ON);
			transform.scale((float) viewport.zoom(), (float) viewport.zoom());
			transform.translate((float) -viewport.originX(), (float) -viewport.originY());
			gc.setTransform(transform);
			Rectangle area = viewport.toDiagram(screenArea);
			renderer.paintStatic(scene, new SwtSurface(gc, fonts, area), area, viewport.zoom());
		} finally {
			transform.dispose();
			gc.dispose();
		}
		composite(List.of(screenArea));
	}

	/** buffer = static buffer + overlays, in some screen regions; one GC for all of them. */
	private void composite(List<Rectangle> screenAreas) {
		GC gc = new GC(buffer.image());
		Transform transform = new Transform(canvas.getDisplay());
		try {
			for (Rectangle r : screenAreas) {
				staticBuffer.copy(gc, r);
			}
			if (!renderer.hasOverlays()) {
				return;
			}
			// in an overview the overlays are bars and boxes on the pixel grid: antialiasing only costs time
			gc.setAntialias(viewport.zoom() < OVERVIEW_ZOOM ? SWT.OFF : SWT.ON);
			gc.setTextAntialias(SWT.ON);
			transform.scale((float) viewport.zoom(), (float) viewport.zoom());
			transform.translate((float) -viewport.originX(), (float) -viewport.originY());
			gc.setTransform(transform);
			for (Rectangle r : screenAreas) {
				Rectangle area = viewport.toDiagram(r);
				renderer.paintOverlays(scene, new SwtSurface(gc, fonts, area), area, viewport.zoom());
			}
		} finally {
			transform.dispose();
			gc.dispose();
		}
	}

	private void paint(Event e) {
		ensureBuffer();
		buffer.copy(e.gc, e.x, e.y, e.width, e.height);
		paintFeedback(e.gc);
	}

	private void paintFeedback(GC gc) {
		Transform transform = new Transform(canvas.getDisplay());
		try {
			gc.setAntialias(SWT.ON);
			transform.scale((float) viewport.zoom(), (float) viewport.zoom());
			transform.translate((float) -viewport.originX(), (float) -viewport.originY());
			gc.setTransform(transform);
			SwtSurface g = new SwtSurface(gc, fonts);
			float handle = (float) (Handles.SIZE / viewport.zoom());
			g.setLineStyle(LineStyle.SOLID);
			for (View view : selection) {
				Object figure = scene.figureOf(view);
				if (figure instanceof NodeFigure n) {
					g.setForeground(HANDLE);
					g.setLineWidth((float) (1 / viewport.zoom()));
					Rectangle s = n.shape();
					g.drawRectangle(s.x, s.y, s.width, s.height);
					g.setBackground(HANDLE);
					for (Point p : Handles.nodeHandles(s)) {
						g.fillRectangle(Math.round(p.x - handle / 2), Math.round(p.y - handle / 2), Math.round(handle),
								Math.round(handle));
					}
				} else if (figure instanceof EdgeFigure edge) {
					g.setForeground(HANDLE);
					g.setLineWidth((float) (2.5 / viewport.zoom()));
					g.setAlpha(120);
					g.drawPolyline(edge.route().points());
					g.setAlpha(255);
					g.setBackground(HANDLE);
					for (var b : edge.view().getBendpoints()) {
						g.fillOval(Math.round(b.getX() - handle / 2), Math.round(b.getY() - handle / 2),
								Math.round(handle), Math.round(handle));
					}
				} else if (figure instanceof PortFigure p) {
					g.setForeground(HANDLE);
					g.setLineWidth((float) (1.5 / viewport.zoom()));
					Rectangle s = p.shape();
					g.drawRectangle(s.x - 2, s.y - 2, s.width + 4, s.height + 4);
				}
			}
			tool.paintFeedback(this, g);
			gc.setTransform(null);
		} finally {
			transform.dispose();
		}
	}

	// ---------------------------------------------------------------- zoom and scroll

	public void zoomTo(double zoom) {
		Rectangle client = canvas.getClientArea();
		zoomAt(zoom, client.width / 2, client.height / 2);
	}

	public void zoomAt(double zoom, int sx, int sy) {
		viewport.zoomAt(zoom, sx, sy);
		viewportChanged(true);
	}

	public void zoomToFit() {
		Rectangle client = canvas.getClientArea();
		Rectangle extent = scene.extent();
		viewport.fit(new Rectangle(extent.x - 20, extent.y - 20, extent.width + 40, extent.height + 40), client.width,
				client.height);
		viewportChanged(true);
	}

	/** Scrolls by whole screen pixels, reusing the buffer: only the uncovered strips are rendered. */
	public void scrollByPixels(int dx, int dy) {
		if (dx == 0 && dy == 0) {
			return;
		}
		viewport.scrollTo(viewport.originX() + dx / viewport.zoom(), viewport.originY() + dy / viewport.zoom());
		Rectangle client = canvas.getClientArea();
		if (buffer == null || Math.abs(dx) >= client.width || Math.abs(dy) >= client.height) {
			viewportChanged(true);
			return;
		}
		long start = System.nanoTime();
		for (Image image : new Image[] { staticBuffer.image(), buffer.image() }) {
			GC gc = new GC(image);
			try {
				gc.copyArea(0, 0, client.width, client.height, -dx, -dy);
			} finally {
				gc.dispose();
			}
		}
		if (dx > 0) {
			renderIntoBuffer(new Rectangle(client.width - dx, 0, dx, client.height));
		} else if (dx < 0) {
			renderIntoBuffer(new Rectangle(0, 0, -dx, client.height));
		}
		if (dy > 0) {
			renderIntoBuffer(new Rectangle(0, client.height - dy, client.width, dy));
		} else if (dy < 0) {
			renderIntoBuffer(new Rectangle(0, 0, client.width, -dy));
		}
		lastRepaintNanos = System.nanoTime() - start;
		canvas.redraw();
		viewportChanged(false);
	}

	/** Scrolls so that a view is visible (centred when it was not). */
	public void reveal(View view) {
		Object figure = scene.figureOf(view);
		if (figure == null) {
			return;
		}
		Rectangle r = Scene.damageOf(figure);
		Rectangle visible = viewport.toDiagram(canvas.getClientArea());
		if (visible.contains(r.x, r.y) && visible.contains(r.x + r.width, r.y + r.height)) {
			return;
		}
		viewport.scrollTo(r.x + r.width / 2.0 - visible.width / 2.0, r.y + r.height / 2.0 - visible.height / 2.0);
		viewportChanged(true);
	}

	public void scrollTo(double x, double y) {
		viewport.scrollTo(x, y);
		viewportChanged(true);
	}

	private void viewportChanged(boolean rerender) {
		if (rerender) {
			repaintAll();
		}
		updateScrollBars();
		viewportListeners.forEach(Runnable::run);
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			double factor = e.count > 0 ? 1.15 : 1 / 1.15;
			zoomAt(viewport.zoom() * factor, e.x, e.y);
		} else if ((e.stateMask & SWT.SHIFT) != 0) {
			scrollByPixels(-e.count * 20, 0);
		} else {
			scrollByPixels(0, -e.count * 20);
		}
		e.doit = false;
	}

	/** The scrollable range: the drawing plus what is on screen, in screen pixels at the current zoom. */
	private Rectangle scrollRange() {
		Rectangle extent = scene.extent();
		Rectangle padded = new Rectangle(extent.x - 200, extent.y - 200, extent.width + 400, extent.height + 400);
		return padded.union(viewport.toDiagram(canvas.getClientArea()));
	}

	private void updateScrollBars() {
		if (canvas.isDisposed()) {
			return;
		}
		Rectangle range = scrollRange();
		Rectangle client = canvas.getClientArea();
		double z = viewport.zoom();
		configure(canvas.getHorizontalBar(), (int) (range.width * z), client.width,
				(int) ((viewport.originX() - range.x) * z));
		configure(canvas.getVerticalBar(), (int) (range.height * z), client.height,
				(int) ((viewport.originY() - range.y) * z));
	}

	private static void configure(ScrollBar bar, int total, int visible, int position) {
		bar.setValues(Math.max(0, position), 0, Math.max(total, visible), Math.max(1, visible), 20, Math.max(1, visible - 20));
	}

	private void scrollBarMoved() {
		Rectangle range = scrollRange();
		double z = viewport.zoom();
		int wantX = canvas.getHorizontalBar().getSelection();
		int wantY = canvas.getVerticalBar().getSelection();
		int nowX = (int) Math.round((viewport.originX() - range.x) * z);
		int nowY = (int) Math.round((viewport.originY() - range.y) * z);
		scrollByPixels(wantX - nowX, wantY - nowY);
	}

	// ---------------------------------------------------------------- direct edit and tooltips

	/** F2 or double-click: edit the label of the primary selected node in place. */
	public void directEdit() {
		List<Node> nodes = selectedNodes();
		if (nodes.isEmpty() || directEditor == null || !(scene.figureOf(nodes.get(0)) instanceof NodeFigure figure)) {
			return;
		}
		new LabelEditing(this, figure).open();
	}

	private void updateTooltip(Point at) {
		String tip = null;
		for (Object figure : scene.figuresIn(new Rectangle(at.x - 1, at.y - 1, 3, 3))) {
			if (figure instanceof NodeFigure n && !n.decorations().isEmpty() && n.decorationBox().contains(at)) {
				StringBuilder text = new StringBuilder();
				for (Decoration d : n.decorations()) {
					if (!text.isEmpty()) {
						text.append('\n');
					}
					text.append(d.severity()).append(": ").append(d.message());
				}
				tip = text.toString();
			}
		}
		if (tip == null && probe != null && hit(at) instanceof NodeFigure n && !n.isContainer()) {
			tip = probe.probeFor(n.element());
		}
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	private void disposeBuffer() {
		if (buffer != null) {
			buffer.dispose();
			buffer = null;
		}
		if (staticBuffer != null) {
			staticBuffer.dispose();
			staticBuffer = null;
		}
	}

	private void dispose() {
		domain.getCommandStack().removeCommandStackListener(commandListener);
		if (overlays != null) {
			overlays.removeListener(overlayListener);
		}
		disposeBuffer();
		fonts.close();
	}
}
