// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jspecify.annotations.Nullable;
import org.twinworks.interop.merge.Change;
import org.twinworks.interop.merge.ImportDiff;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.merge.MergeOptions;
import org.twinworks.interop.merge.PlantMerger;
import org.twinworks.model.Plant;

/**
 * Second page: the source read (in the background, with progress, cancellable) and compared with the open plant;
 * every change listed before Finish applies it. A source that cannot be read shows why, naming file and line.
 */
final class ImportPreviewPage extends WizardPage {

	private final Plant plant;
	private final java.util.function.Supplier<Reading> reading;
	private Label summary;
	private Table changes;
	private @Nullable ImportDiff diff;
	private @Nullable Object shown;

	/**
	 * What to read: the key says whether it is what was read last (then the preview stays as it is).
	 *
	 * @param removeMissing remove what the source made earlier and no longer has
	 */
	record Reading(Object key, DraftReader reader, boolean removeMissing) {
	}

	ImportPreviewPage(Plant plant, java.util.function.Supplier<Reading> reading) {
		super("preview");
		this.plant = plant;
		this.reading = reading;
		setTitle("What the import would do");
		setDescription("Added (+), changed (~), moved (>), removed (-), and conflicts (!) left as they are.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		summary = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		changes = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		changes.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 300).applyTo(changes);
		column("", 28);
		column("Element", 320);
		column("Change", 320);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			// after the page is shown, so the progress runs in the dialog rather than inside its page switch
			getShell().getDisplay().asyncExec(() -> {
				if (!getControl().isDisposed()) {
					preview(reading.get());
				}
			});
		}
	}

	/** Reads the source unless this request was already read; called when the page is about to show. */
	void preview(Reading request) {
		if (request.key().equals(shown) && diff != null) {
			return;
		}
		diff = null;
		shown = request.key();
		changes.removeAll();
		setPageComplete(false);
		ImportDraft[] read = new ImportDraft[1];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					read[0] = request.reader().read(monitor);
				} catch (InterruptedException cancelled) {
					throw cancelled;
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException failed) {
			Throwable cause = failed.getCause() == null ? failed : failed.getCause();
			if (cause instanceof java.util.concurrent.CancellationException) {
				showError("Cancelled: nothing was read.");
				return;
			}
			showError(cause.getMessage() == null ? cause.toString() : cause.getMessage());
			return;
		} catch (InterruptedException cancelled) {
			showError("Cancelled: nothing was read.");
			return;
		}
		diff = PlantMerger.diff(plant, read[0], new MergeOptions(request.removeMissing()));
		show(diff);
	}

	@Nullable
	ImportDiff diff() {
		return diff;
	}

	private void show(ImportDiff shownDiff) {
		setErrorMessage(null);
		StringBuilder text = new StringBuilder(shownDiff.draft().source()).append(": ").append(shownDiff.summary());
		for (String warning : shownDiff.draft().warnings()) {
			text.append(System.lineSeparator()).append("warning: ").append(warning);
		}
		summary.setText(text.toString());
		for (Change change : shownDiff.changes()) {
			TableItem item = new TableItem(changes, SWT.NONE);
			item.setText(new String[]{change.line().substring(0, 1), change.subject(), detail(change)});
		}
		setMessage(shownDiff.isEmpty() ? "The plant already has everything this source holds." : null);
		setPageComplete(!shownDiff.isEmpty());
		((Composite) getControl()).layout(true, true);
	}

	private void showError(String message) {
		summary.setText("Nothing was imported.");
		setErrorMessage(message);
		setPageComplete(false);
		((Composite) getControl()).layout(true, true);
	}

	private static String detail(Change change) {
		return switch (change) {
		case Change.Added added -> added.elements() > 1 ? "new, " + added.elements() + " elements" : "new";
		case Change.Updated updated -> updated.feature() + ": " + updated.oldValue() + " → " + updated.newValue();
		case Change.Moved moved -> "from " + moved.from() + " to " + moved.to();
		case Change.Removed removed -> removed.why();
		case Change.Conflict conflict -> conflict.why();
		};
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(changes, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}
}
