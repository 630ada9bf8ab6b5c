// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.model.Signal;
import org.twinworks.live.binding.AutoBindMatcher.Proposal;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.live.binding.AutoBindMatcher;
import org.twinworks.live.binding.AutoBindRules;

/**
 * The rules and the preview: the server's variables are browsed once in a cancellable job (progress in the
 * Progress view and here), then every change of the rules re-matches at once; each proposal has a checkbox,
 * checked when it is unambiguous and the data types agree.
 */
public final class AutoBindPage extends WizardPage {
	/** The walk stops after this many nodes: a bound on time and memory for very large servers. */
	static final int NODE_LIMIT = 200_000;
	/** How deep the walk looks inside variables for their component variables (structured values, AnalogItems). */
	static final int VARIABLE_DEPTH = 2;
	public static final String CHOOSE = "Choose Node…";
	public static final String BROWSE = "Browse Again";
	public static final String CANCEL = "Stop Browsing";

	private final EndpointConnection connection;
	private final List<Signal> signals;
	private Combo matchBy;
	private Text prefix;
	private Text separator;
	private Button ignoreCase;
	private Button unboundOnly;
	private Label status;
	private Button choose;
	private CheckboxTableViewer preview;
	private volatile Job browsing;
	private List<BrowserNode> variables;
	private List<Proposal> proposals = List.of();

	AutoBindPage(EndpointConnection connection, List<Signal> signals) {
		super("autoBind", "Bind signals to the server's variables by rule", null);
		setDescription(
				"Match each signal's tag to a variable's browse name or browse path; check the matches to bind.");
		this.connection = connection;
		this.signals = signals;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(6).applyTo(page);
		new Label(page, SWT.NONE).setText("Match the tag to:");
		matchBy = new Combo(page, SWT.READ_ONLY);
		matchBy.setItems("the browse name", "the end of the browse path");
		matchBy.select(0);
		new Label(page, SWT.NONE).setText("Prefix:");
		prefix = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(prefix);
		new Label(page, SWT.NONE).setText("Tag '.' becomes:");
		separator = new Text(page, SWT.BORDER);
		separator.setText(".");
		GridDataFactory.fillDefaults().hint(30, SWT.DEFAULT).applyTo(separator);
		ignoreCase = check(page, "Ignore case", false);
		unboundOnly = check(page, "Only signals without a binding", true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(unboundOnly);
		Button again = new Button(page, SWT.PUSH);
		again.setText(BROWSE);
		again.addListener(SWT.Selection, e -> browse());
		Button stop = new Button(page, SWT.PUSH);
		stop.setText(CANCEL);
		stop.addListener(SWT.Selection, e -> cancelBrowsing());
		choose = new Button(page, SWT.PUSH);
		choose.setText(CHOOSE);
		choose.setEnabled(false);
		choose.addListener(SWT.Selection, e -> selectedAmbiguous().ifPresent(p -> chooser(p).open()));
		status = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(6, 1).grab(true, false).applyTo(status);
		createPreview(page);
		for (var control : List.of(matchBy, prefix, separator)) {
			control.addListener(control == matchBy ? SWT.Selection : SWT.Modify, e -> rematch());
		}
		setControl(page);
		setPageComplete(false);
		browse();
	}

	private Button check(Composite parent, String text, boolean selected) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(selected);
		button.addListener(SWT.Selection, e -> rematch());
		return button;
	}

	private void createPreview(Composite page) {
		preview = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.getTable().setHeaderVisible(true);
		preview.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(6, 1).grab(true, true).hint(780, 260).applyTo(preview.getControl());
		column("Signal", 120, p -> p.signal().getTag());
		column("Node (browse path)", 240,
				p -> p.node().path() + (p.ambiguous()
						? "  (" + p.candidates() + " matches: double-click to choose)"
						: p.candidates() > 1 ? "  (chosen of " + p.candidates() + ")" : ""));
		column("Model type", 90, p -> p.signal().getDataType().getLiteral());
		column("Server type", 90, p -> String.valueOf(p.node().node().dataType()));
		column("Types", 60, p -> p.typesAgree() ? "agree" : "DIFFER");
		column("Bound now to", 220, p -> p.current() == null ? "-" : p.current());
		preview.setContentProvider(ArrayContentProvider.getInstance());
		preview.addCheckStateListener(e -> updateComplete());
		// a choice can be changed again: any proposal with several matches opens the chooser
		preview.addSelectionChangedListener(e -> choose.setEnabled(selectedAmbiguous().isPresent()));
		preview.addDoubleClickListener(e -> selectedAmbiguous().ifPresent(p -> chooser(p).open()));
	}

	private java.util.Optional<Proposal> selected() {
		return java.util.Optional.ofNullable((Proposal) preview.getStructuredSelection().getFirstElement());
	}

	/** The selected proposal when several variables match it (chosen already or not). */
	private java.util.Optional<Proposal> selectedAmbiguous() {
		return selected().filter(p -> p.candidates() > 1);
	}

	/**
	 * The chooser for a proposal several variables match (open it; tests open it without blocking). OK replaces
	 * the proposal with the chosen node, checked, and with "apply to similar" chooses the others alike.
	 */
	public NodeChooserDialog chooser(Proposal proposal) {
		return new NodeChooserDialog(getShell(), proposal, (node, similar) -> {
			if (preview.getControl().isDisposed()) {
				return;
			}
			List<Proposal> updated = new java.util.ArrayList<>(proposals);
			Proposal picked = proposal.choose(node);
			updated.set(updated.indexOf(proposal), picked);
			if (similar) {
				updated = AutoBindMatcher.chooseLike(updated, node);
			}
			java.util.Set<Object> checked = new java.util.HashSet<>(List.of(preview.getCheckedElements()));
			checked.remove(proposal);
			for (int i = 0; i < updated.size(); i++) {
				if (updated.get(i) != proposals.get(i) && updated.get(i).recommended()) {
					checked.add(updated.get(i));
				}
			}
			proposals = List.copyOf(updated);
			preview.setInput(proposals);
			preview.setCheckedElements(checked.toArray());
			updateComplete();
		});
	}

	private void column(String header, int width, Function<Proposal, String> text) {
		TableViewerColumn c = new TableViewerColumn(preview, SWT.LEFT);
		c.getColumn().setText(header);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Proposal) element);
			}
		});
	}

	/** Browses the server's variables in a cancellable job, then matches; returns the job (tests join it). */
	public Job browse() {
		cancelBrowsing();
		BrowserNode objects = new AddressSpaceContent.Root(connection).objects();
		status.setText("Browsing " + connection.endpoint().getUrl() + "…");
		org.eclipse.swt.widgets.Display display = status.getDisplay(); // the job must not ask a widget for it
		Job job = Job.create("Auto-Bind: browsing " + connection.endpoint().getName(), monitor -> {
			String failure = null;
			List<BrowserNode> found = null;
			boolean truncated = false;
			try {
				AddressSpaceWalk.Result result = AddressSpaceWalk.walk(objects, BrowserNode::bindable, NODE_LIMIT,
						VARIABLE_DEPTH, monitor);
				found = result.found();
				truncated = result.truncated();
			} catch (LiveConnectionException e) {
				failure = "Browsing failed: " + e.getMessage();
			} catch (OperationCanceledException e) {
				failure = "Browsing stopped.";
			}
			List<BrowserNode> variablesFound = found;
			String message = failure != null
					? failure
					: found.size() + " variables browsed" + (truncated ? " (stopped at " + NODE_LIMIT + " nodes)" : "");
			display.asyncExec(() -> browsed(variablesFound, message));
			return failure == null ? Status.OK_STATUS : Status.CANCEL_STATUS;
		});
		browsing = job;
		job.schedule();
		return job;
	}

	private void browsed(List<BrowserNode> found, String message) {
		if (status.isDisposed()) {
			return;
		}
		browsing = null;
		if (found != null) {
			variables = found;
		}
		rematch();
		status.setText(message + "; " + summary());
	}

	void cancelBrowsing() {
		Job job = browsing;
		if (job != null) {
			job.cancel();
		}
	}

	/** Matches again with the rules as set now. */
	private void rematch() {
		if (variables == null) {
			return;
		}
		proposals = AutoBindMatcher.match(signals, variables, rules());
		preview.setInput(proposals);
		preview.setCheckedElements(proposals.stream().filter(Proposal::recommended).toArray());
		status.setText(variables.size() + " variables browsed; " + summary());
		updateComplete();
	}

	/** How many matches, how many of them differ in type, how many wait for a choice among several nodes. */
	private String summary() {
		long ambiguous = proposals.stream().filter(Proposal::ambiguous).count();
		return proposals.size() + " matches, " + proposals.stream().filter(p -> !p.typesAgree()).count()
				+ " with differing types"
				+ (ambiguous == 0 ? "" : ", " + ambiguous + " with several nodes (double-click to choose)");
	}

	private void updateComplete() {
		setPageComplete(preview.getCheckedElements().length > 0);
	}

	/** The rules as the widgets set them. */
	public AutoBindRules rules() {
		return new AutoBindRules(prefix.getText(), separator.getText(), matchBy.getSelectionIndex() == 1,
				ignoreCase.getSelection(), unboundOnly.getSelection());
	}

	/** Sets the widgets to {@code rules} and matches again, as a user would. */
	public void setRules(AutoBindRules rules) {
		matchBy.select(rules.byPath() ? 1 : 0);
		prefix.setText(rules.prefix());
		separator.setText(rules.separator());
		ignoreCase.setSelection(rules.ignoreCase());
		unboundOnly.setSelection(rules.unboundOnly());
		rematch();
	}

	/** Every proposal shown. */
	public List<Proposal> proposals() {
		return proposals;
	}

	/** The proposals checked now. */
	public List<Proposal> checked() {
		return Arrays.stream(preview.getCheckedElements()).map(Proposal.class::cast).toList();
	}

	public void setChecked(Proposal proposal, boolean checked) {
		preview.setChecked(proposal, checked);
		updateComplete();
	}

	/** The variables browsed have been matched at least once. */
	public boolean matched() {
		return variables != null && browsing == null;
	}

	public String statusText() {
		return status.getText();
	}

	@Override
	public void dispose() {
		cancelBrowsing();
		super.dispose();
	}
}
