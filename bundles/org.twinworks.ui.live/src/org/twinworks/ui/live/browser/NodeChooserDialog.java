// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import java.util.function.BiConsumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.twinworks.live.binding.AutoBindMatcher.Proposal;
import org.twinworks.live.binding.BindableNode;

/**
 * Auto-Bind's chooser for a signal several server variables match: each candidate with its browse path, data
 * type and node id, and "apply to similar signals", which picks for the other ambiguous signals the match in the
 * same folders. The choice goes to a callback on OK, so the dialog works blocking or not.
 */
public final class NodeChooserDialog extends Dialog {
	public static final String APPLY_TO_SIMILAR = "Choose the same way for the other signals with several matches";

	private final Proposal proposal;
	private final BiConsumer<BindableNode, Boolean> chosen;
	private TableViewer candidates;
	private Button similar;

	/** {@code chosen} hears the node picked and whether to apply the choice to similar signals. */
	NodeChooserDialog(Shell parent, Proposal proposal, BiConsumer<BindableNode, Boolean> chosen) {
		super(parent);
		this.proposal = proposal;
		this.chosen = chosen;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Choose the node of " + proposal.signal().getTag());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.WRAP).setText(proposal.candidates() + " server variables match "
				+ proposal.signal().getTag() + " (" + proposal.signal().getDataType().getLiteral() + "):");
		candidates = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		candidates.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 160).applyTo(candidates.getControl());
		column("Browse path", 300, BindableNode::path);
		column("Data type", 90, n -> String.valueOf(n.node().dataType()));
		column("Node id", 240, n -> n.node().nodeId());
		candidates.setContentProvider(ArrayContentProvider.getInstance());
		candidates.setInput(proposal.choices());
		candidates.setSelection(new StructuredSelection(proposal.node()));
		candidates.addSelectionChangedListener(e -> updateOk());
		candidates.addDoubleClickListener(e -> okPressed());
		similar = new Button(area, SWT.CHECK);
		similar.setText(APPLY_TO_SIMILAR);
		return area;
	}

	private void column(String header, int width, java.util.function.Function<BindableNode, String> text) {
		TableViewerColumn c = new TableViewerColumn(candidates, SWT.LEFT);
		c.getColumn().setText(header);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((BindableNode) element);
			}
		});
	}

	private void updateOk() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!candidates.getStructuredSelection().isEmpty());
		}
	}

	/** Selects {@code node} among the candidates, as a click on its row does. */
	public void select(BindableNode node) {
		candidates.setSelection(new StructuredSelection(node), true);
	}

	public void setApplyToSimilar(boolean apply) {
		similar.setSelection(apply);
	}

	/** The candidates listed, in the order shown. */
	public java.util.List<BindableNode> listed() {
		return proposal.choices();
	}

	@Override
	protected void okPressed() {
		IStructuredSelection selection = candidates.getStructuredSelection();
		if (selection.isEmpty()) {
			return;
		}
		BindableNode node = (BindableNode) selection.getFirstElement();
		boolean apply = similar.getSelection();
		super.okPressed();
		chosen.accept(node, apply);
	}
}
