// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.ui.EditorCampaign;

/**
 * What a view showing one check follows: the page's selection (a check, or a signal or equipment that names one) and
 * the changes of the shown check's record, so the view shows the same check as it is now after an edit, a run, a reload
 * or a re-plan. UI thread.
 */
public final class CheckFollower implements AutoCloseable {
	private final IWorkbenchPart part;
	private final BiConsumer<@Nullable EditorCampaign, @Nullable Check> show;
	private final Runnable refresh;
	private final BooleanSupplier disposed;
	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Runnable campaignListener = this::campaignChanged;
	private @Nullable EditorCampaign campaign;
	private @Nullable Check check;

	/**
	 * @param show shows a check of a campaign (nulls: nothing) and tells {@link #showing} what it shows
	 * @param refresh shows the same check again, as the record has it now
	 * @param disposed whether the view's widgets are gone
	 */
	public CheckFollower(IWorkbenchPart part, BiConsumer<@Nullable EditorCampaign, @Nullable Check> show,
			Runnable refresh, BooleanSupplier disposed) {
		this.part = part;
		this.show = show;
		this.refresh = refresh;
		this.disposed = disposed;
	}

	/** Starts following the page's selection and shows what it selects now (or the active editor's campaign). */
	public void start() {
		IWorkbenchPartSite site = part.getSite();
		site.getPage().addSelectionListener(selectionListener);
		selectionChanged(null, site.getPage().getSelection());
		if (check == null) {
			show.accept(EditorCampaign.active(site.getPage()), null);
		}
	}

	/** What the view shows now: the changes of {@code owner}'s record are followed from here on. */
	public void showing(@Nullable EditorCampaign owner, @Nullable Check shown) {
		check = shown;
		if (owner == campaign) {
			return;
		}
		if (campaign != null) {
			campaign.removeListener(campaignListener);
		}
		campaign = owner;
		if (owner != null) {
			owner.addListener(campaignListener);
		}
	}

	private void selectionChanged(@Nullable IWorkbenchPart source, ISelection selection) {
		if (source == part || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return; // keep the check when the selection moves to something that names none
		}
		EditorCampaign owner = EditorCampaign.active(part.getSite().getPage());
		Campaign shown = owner == null ? null : owner.campaign();
		Check found = shown == null ? null : CheckSubjects.checkFor(structured.getFirstElement(), shown);
		if (found != null) {
			show.accept(owner, found);
		}
	}

	private void campaignChanged() {
		if (disposed.getAsBoolean()) {
			return;
		}
		Campaign now = campaign == null ? null : campaign.campaign();
		Check same = check == null || now == null ? null : CheckSubjects.byId(now, check.getId());
		if (same != check) {
			show.accept(campaign, same);
		} else {
			refresh.run();
		}
	}

	@Override
	public void close() {
		part.getSite().getPage().removeSelectionListener(selectionListener);
		showing(null, null);
	}
}
