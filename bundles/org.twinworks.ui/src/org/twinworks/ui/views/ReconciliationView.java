package org.twinworks.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.part.ViewPart;
import org.twinworks.live.Mismatch;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * Every bound signal whose server node disagrees with the model (missing node, DataType, EURange, units,
 * access), from the last reconciliation of each connected endpoint; Go To selects the signal in its editor.
 */
public final class ReconciliationView extends ViewPart {
	public static final String ID = "org.twinworks.ui.views.reconciliation";
	public static final String RECONCILE = "Reconcile";
	public static final String GO_TO = "Go To";

	private TableViewer viewer;
	private Label summary;
	private final Runnable refresh = this::refresh;

	/** A mismatch and the model it belongs to (Go To needs the editor). */
	public record Row(LiveModel model, Mismatch mismatch) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(summary);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		column("Signal", 160, r -> r.mismatch().tag());
		column("Aspect", 130, r -> r.mismatch().aspect().name());
		column("Model", 200, r -> r.mismatch().modelValue());
		column("Server", 200, r -> r.mismatch().serverValue());
		column("Model file", 160, r -> r.model().plant().getName());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(e -> goTo());
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(buttons);
		button(buttons, RECONCILE, this::reconcileAll);
		button(buttons, GO_TO, this::goTo);
		LiveConnections.get().addListener(refresh);
		refresh();
	}

	private void column(String header, int width, java.util.function.Function<Row, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(header);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Reconciles every endpoint that has a session; results arrive through the service's change listener. */
	private void reconcileAll() {
		LiveConnections.get().connections().forEach(EndpointConnection::reconcile);
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<Row> rows = new ArrayList<>();
		int checked = 0;
		List<String> failures = new ArrayList<>();
		for (EndpointConnection c : LiveConnections.get().connections()) {
			if (c.reconciliation() != null) {
				checked += c.reconciliation().nodes().size();
				c.reconciliation().mismatches().forEach(m -> rows.add(new Row(c.model(), m)));
			}
			if (c.reconcileFailure() != null) {
				failures.add(c.endpoint().getName() + ": " + c.reconcileFailure());
			}
		}
		viewer.setInput(rows);
		summary.setText(checked == 0 && failures.isEmpty() ? "Connect, then press Reconcile to compare the model with the server."
				: checked + " bound nodes checked, " + rows.size() + " mismatches"
						+ (failures.isEmpty() ? "" : "; " + String.join("; ", failures)));
		summary.getParent().layout(true);
	}

	/** Selects the mismatching signal in the plant editor of its model. */
	private void goTo() {
		if (!(viewer.getStructuredSelection().getFirstElement() instanceof Row row) || row.mismatch().signal() == null) {
			return;
		}
		for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
			if (reference.getEditor(false) instanceof PlantEditor editor && editor.getLive() == row.model()) {
				getSite().getPage().activate(editor);
				editor.select(row.mismatch().signal());
				return;
			}
		}
	}

	/** The rows shown (tests read them). */
	public TableViewer viewer() {
		return viewer;
	}

	public String summary() {
		return summary.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		LiveConnections.get().removeListener(refresh);
		super.dispose();
	}
}
