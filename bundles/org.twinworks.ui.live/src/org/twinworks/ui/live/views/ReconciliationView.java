// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;

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
import org.twinworks.live.NodeDetails;
import org.twinworks.model.Binding;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.MismatchText;
import org.twinworks.live.binding.ModelFromServer;

/**
 * Every bound signal whose server node disagrees with the model (missing node, DataType, EURange, units,
 * access), from the last reconciliation of each connected endpoint; Go To selects the signal in its editor,
 * Update Model from Server makes the model say what the server does.
 */
public final class ReconciliationView extends ViewPart {
	public static final String ID = "org.twinworks.ui.views.reconciliation";
	public static final String RECONCILE = "Reconcile";
	public static final String GO_TO = "Go To";
	public static final String UPDATE_MODEL = "Update Model from Server";
	public static final String MISSING_NODE_TIP = "A missing node has nothing to take from the server: "
			+ "bind the signal to a node that exists, or add the node to the server";
	private static final String UPDATE_TIP = "Set the model to what the server says (one undoable change)";
	private static final String SELECT_TIP = "Select mismatches to take the server's values";

	private TableViewer viewer;
	private Label summary;
	private Button update;
	private final Runnable refresh = this::refresh;

	/** A mismatch and the endpoint it was found on (Go To needs the model's editor, Update the node as read). */
	public record Row(EndpointConnection connection, Mismatch mismatch) {
		public LiveModel model() {
			return connection.model();
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(summary);
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		column("Signal", 160, r -> r.mismatch().tag());
		column("Aspect", 130, r -> MismatchText.aspect(r.mismatch().aspect()));
		column("Model", 200, r -> r.mismatch().modelValue());
		column("Server", 200, r -> r.mismatch().serverValue());
		column("Model file", 160, r -> r.model().plant().getName());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(e -> goTo());
		viewer.addSelectionChangedListener(e -> updateEnablement());
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(buttons);
		button(buttons, RECONCILE, this::reconcileAll);
		button(buttons, GO_TO, this::goTo);
		update = button(buttons, UPDATE_MODEL, this::updateModelFromServer);
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

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
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
				c.reconciliation().mismatches().forEach(m -> rows.add(new Row(c, m)));
			}
			if (c.reconcileFailure() != null) {
				failures.add(c.endpoint().getName() + ": " + c.reconcileFailure());
			}
		}
		viewer.setInput(rows);
		summary.setText(checked == 0 && failures.isEmpty()
				? "Connect, then press Reconcile to compare the model with the server."
				: checked + " bound nodes checked, " + rows.size() + " mismatches"
						+ (failures.isEmpty() ? "" : "; " + String.join("; ", failures)));
		summary.getParent().layout(true);
		updateEnablement();
	}

	private List<Row> selectedRows() {
		return viewer.getStructuredSelection().stream().filter(Row.class::isInstance).map(Row.class::cast).toList();
	}

	/** Update is for what the server has: a selection of missing nodes only disables it, and the tooltip says why. */
	private void updateEnablement() {
		List<Row> selected = selectedRows();
		boolean any = selected.stream().anyMatch(r -> ModelFromServer.updatable(r.mismatch()));
		update.setEnabled(any);
		update.setToolTipText(selected.isEmpty() ? SELECT_TIP : any ? UPDATE_TIP : MISSING_NODE_TIP);
	}

	/**
	 * The selected mismatches take the server's values: one command per model on its editor's stack; then those
	 * endpoints are reconciled again, so the list shows what is left.
	 */
	private void updateModelFromServer() {
		Map<LiveModel, List<Row>> byModel = new LinkedHashMap<>();
		selectedRows().forEach(r -> byModel.computeIfAbsent(r.model(), k -> new ArrayList<>()).add(r));
		Set<EndpointConnection> changed = new LinkedHashSet<>();
		byModel.forEach((model, rows) -> {
			IEditingDomainProvider editor = Adapters.adapt(editorOf(model), IEditingDomainProvider.class);
			if (editor == null) {
				return;
			}
			Map<Binding, NodeDetails> nodes = new HashMap<>();
			rows.forEach(r -> {
				if (r.connection().reconciliation() != null) {
					nodes.putAll(r.connection().reconciliation().nodes());
				}
			});
			Command command = ModelFromServer.command(editor.getEditingDomain(),
					rows.stream().map(Row::mismatch).toList(), nodes::get);
			if (command.canExecute()) {
				editor.getEditingDomain().getCommandStack().execute(command);
				rows.forEach(r -> changed.add(r.connection()));
			}
		});
		changed.forEach(EndpointConnection::reconcile);
	}

	/** Selects the mismatching signal in the plant editor of its model. */
	private void goTo() {
		if (!(viewer.getStructuredSelection().getFirstElement() instanceof Row row)
				|| row.mismatch().signal() == null) {
			return;
		}
		IEditorPart editor = editorOf(row.model());
		ISetSelectionTarget target = Adapters.adapt(editor, ISetSelectionTarget.class);
		if (target != null) {
			getSite().getPage().activate(editor);
			target.selectReveal(new StructuredSelection(row.mismatch().signal()));
		}
	}

	/** The open editor whose live side is {@code model}, found by adapting (any editor may show a model). */
	private IEditorPart editorOf(LiveModel model) {
		for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor != null && Adapters.adapt(editor, LiveModel.class) == model) {
				return editor;
			}
		}
		return null;
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
