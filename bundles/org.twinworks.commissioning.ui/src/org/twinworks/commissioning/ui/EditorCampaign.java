// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.evidence.CanonicalContent;
import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.EvidenceSink;
import org.twinworks.commissioning.evidence.WorkstationKey;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.persistence.CommissioningResource;
import org.twinworks.commissioning.persistence.LoadedRecord;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.plan.PlantHash;
import org.twinworks.commissioning.plan.Replanner;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.ui.editor.PlantEditor;

/**
 * The commissioning record of the plant a {@link PlantEditor} shows ({@code plant.twincx} beside {@code plant.twin}):
 * one per editor, made on first use and dropped when the editor closes. Every change is saved atomically: the
 * listeners (badges, views) hear of it first, then a {@link RecordSaver} writes the record off the UI thread, in order,
 * a burst of changes once with its last state; closing the editor or the workbench waits for the last write, so
 * closing the laptop loses nothing. UI thread only, except {@link #changed(Object)}, which moves itself there.
 */
public final class EditorCampaign {
	private static final String PLUGIN_ID = "org.twinworks.commissioning.ui";
	private static final Map<PlantEditor, EditorCampaign> OPEN = new IdentityHashMap<>();

	private final PlantEditor editor;
	private final Path recordFile;
	private final Display display;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private @Nullable CommissioningResource resource;
	private @Nullable Campaign campaign;
	private List<String> problems = List.of();
	private @Nullable EvidenceChain chain;
	private volatile @Nullable IOException lastSaveError;
	private @Nullable Object hashedVersion;
	private @Nullable String hashed;
	private final RecordSaver saver;
	private boolean dropped;
	private static boolean flushOnShutdown;
	private final IPartListener2 dropOnClose = new IPartListener2() {
		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				drop();
			}
		}
	};

	private EditorCampaign(PlantEditor editor) {
		this.editor = editor;
		this.display = editor.getSite().getShell().getDisplay();
		this.recordFile = CommissioningFiles.recordBeside(editor.getLoaded().file());
		this.saver = new RecordSaver(recordFile, display, this::recordBytes, this::saved);
		load();
	}

	/** The campaign of this editor's plant, read from its record file the first time. */
	public static EditorCampaign of(PlantEditor editor) {
		EditorCampaign existing = OPEN.get(editor);
		if (existing != null) {
			return existing;
		}
		EditorCampaign created = new EditorCampaign(editor);
		OPEN.put(editor, created);
		editor.getSite().getPage().addPartListener(created.dropOnClose);
		var tree = editor.getTreeViewer();
		if (tree != null) {
			// an editor disposed without a partClosed (a window closing) still writes its last change
			tree.getControl().addDisposeListener(e -> created.drop());
		}
		flushAllOnShutdown();
		return created;
	}

	/** True while the editor's part is open (its controls not disposed): a closing editor gets no new campaign. */
	public static boolean isOpenEditor(PlantEditor editor) {
		var tree = editor.getTreeViewer();
		return tree != null && !tree.getControl().isDisposed();
	}

	/** The campaign already made for this editor, without making one (views asking after the editor closed). */
	public static @Nullable EditorCampaign existing(PlantEditor editor) {
		return OPEN.get(editor);
	}

	/** The campaign of the page's active plant editor, or null when the active editor is no plant editor. */
	public static @Nullable EditorCampaign active(@Nullable IWorkbenchPage page) {
		IEditorPart active = page == null ? null : page.getActiveEditor();
		return active instanceof PlantEditor plantEditor ? of(plantEditor) : null;
	}

	public PlantEditor editor() {
		return editor;
	}

	public Path recordFile() {
		return recordFile;
	}

	/** Null when none is planned yet or when the record file cannot be read ({@link #problems()} says why). */
	public @Nullable Campaign campaign() {
		return campaign;
	}

	/** Why the record file is unreadable: {@code file:line:column: message}; empty when it was read or is absent. */
	public List<String> problems() {
		return problems;
	}

	/** An approved campaign is signed: nothing in it may change until a new revision is started. */
	public boolean readOnly() {
		return campaign != null && campaign.getState() == CampaignState.APPROVED;
	}

	/** The last save that failed, until a save succeeds. */
	public @Nullable IOException lastSaveError() {
		return lastSaveError;
	}

	/** Reads the record file again (changed on disk, or by another tool); listeners are told. */
	public void reload() {
		closeChain();
		load();
		fire();
	}

	private void load() {
		resource = null;
		campaign = null;
		problems = List.of();
		if (!Files.exists(recordFile)) {
			return;
		}
		LoadedRecord loaded = CommissioningFiles.load(recordFile);
		if (loaded.hasErrors()) {
			problems = List.copyOf(loaded.messages());
			return;
		}
		resource = loaded.resource();
		campaign = loaded.campaign();
	}

	/**
	 * Plans a campaign from the editor's plant as it is now, or, when the record has one, re-plans it (keeping its scope
	 * and kinds; checks of changed or removed subjects become obsolete with their evidence kept), then saves. All on
	 * the calling (UI) thread; the workbench runs {@link #prepare} and {@link CampaignPlanning#compute} in a job.
	 *
	 * @throws IllegalStateException when the record file is unreadable (planning would replace it) or the campaign is
	 *             approved
	 * @throws IllegalArgumentException when a scope entry matches nothing in the plant
	 */
	public Replanner.Result plan(PlanOptions options) throws IOException {
		CampaignPlanning planning = prepare(options);
		planning.compute(new NullProgressMonitor());
		return planning.apply();
	}

	/**
	 * The first part of planning, on the UI thread: refuses what may not be planned and takes a snapshot of the plant
	 * (and its hash when the editor has unsaved changes) for {@link CampaignPlanning#compute}, which may run anywhere.
	 *
	 * @param options what to plan; ignored when re-planning, which keeps the campaign's own scope and kinds
	 * @throws IllegalStateException when the record file is unreadable or the campaign is approved
	 */
	public CampaignPlanning prepare(PlanOptions options) throws IOException {
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					recordFile + " cannot be read, so it is not planned over: " + String.join("; ", problems));
		}
		if (readOnly()) {
			throw new IllegalStateException(
					"campaign " + campaign.getName() + " is approved and locked: start a new revision to re-plan it");
		}
		Path plantFile = editor.getLoaded().file();
		String dirtyHash = editor.isDirty() ? plantHash() : null;
		return new CampaignPlanning(this, CampaignPlanning.snapshot(plant()), campaign,
				campaign == null ? options : Replanner.options(campaign), plantFile,
				recordFile.toAbsolutePath().getParent().relativize(plantFile.toAbsolutePath()).toString(), dirtyHash);
	}

	/** The last part of planning ({@link CampaignPlanning#apply()}): the record changed, chained and saved at once. */
	Replanner.Result apply(CampaignPlanning planning) throws IOException {
		String hash = planning.hash();
		Replanner.Result result;
		Campaign planned = planning.planned();
		List<Check> fresh = planning.fresh();
		if (planned != null) {
			resource = chainNewPlan(planned, hash);
			campaign = planned;
			result = new Replanner.Result(planned.getChecks().size(), 0, 0, 0);
		} else if (campaign != null && fresh != null) {
			result = Replanner.replan(campaign, fresh, hash);
			evidence().append("replan",
					CanonicalContent.of(Map.of("campaign", campaign.getId(), "plantHash", hash, "added",
							String.valueOf(result.added()), "changed", String.valueOf(result.changed()), "removed",
							String.valueOf(result.removed()))));
			checkpoint();
		} else {
			throw new IllegalStateException("planning was not finished: nothing to apply");
		}
		changed(campaign);
		// a new or re-planned record is on disk before the dialog reports it
		flush();
		return result;
	}

	/**
	 * A new plan's first part, on the UI thread: appended to the evidence chain, which is signed, and the chain's head
	 * put into the new record. Nothing the UI shows changes: the record is not the editor's campaign yet.
	 */
	CommissioningResource chainNewPlan(Campaign planned, String hash) throws IOException {
		CommissioningResource record = CommissioningFiles.newRecord(recordFile, planned);
		evidence().append("plan", CanonicalContent.of(Map.of("campaign", planned.getId(), "plantHash", hash, "checks",
				String.valueOf(planned.getChecks().size()), "revision", "1")));
		checkpoint();
		ChainHead head = chain().head();
		planned.setChainCount(head.count());
		planned.setChainHead(head.hash());
		return record;
	}

	/** A new plan its job wrote to disk becomes the editor's campaign (UI thread): shown, nothing left to save. */
	void showNewPlan(CommissioningResource record, Campaign planned) {
		resource = record;
		campaign = planned;
		fire();
	}

	/** True when the editor's plant is no longer the one the campaign was planned from: time to re-plan. */
	public boolean plantChanged() {
		if (campaign == null) {
			return false;
		}
		try {
			return !plantHash().equals(campaign.getPlantHash());
		} catch (IOException e) {
			return true;
		}
	}

	/**
	 * SHA-256 of the plant as the editor would save it: the file's own hash while the editor is clean (as the command
	 * line computes it), the unsaved model's otherwise. Hashing a large plant takes a while, and views ask after every
	 * change of the campaign: the hash is kept until the file or the editor's command stack changes.
	 */
	public String plantHash() throws IOException {
		Object key = plantVersion();
		if (key.equals(hashedVersion) && hashed != null) {
			return hashed;
		}
		String hash;
		if (!editor.isDirty()) {
			hash = PlantHash.of(editor.getLoaded().file());
		} else {
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				hash = HexFormat.of().formatHex(digest.digest(PlantFiles.bytes(editor.getLoaded().resource())));
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("every Java runtime has SHA-256", e);
			}
		}
		hashedVersion = key;
		hashed = hash;
		return hash;
	}

	/** What the plant's hash depends on: dirty or not, the file's size and time, the last command done or undone. */
	private Object plantVersion() throws IOException {
		Path file = editor.getLoaded().file();
		var stack = editor.getEditingDomain().getCommandStack();
		return java.util.Arrays.asList(editor.isDirty(), Files.size(file), Files.getLastModifiedTime(file),
				stack.getUndoCommand(), stack.getRedoCommand());
	}

	private Plant plant() {
		Plant plant = editor.getLoaded().plant();
		if (plant == null) {
			throw new IllegalStateException(editor.getLoaded().file() + " holds no plant to plan from");
		}
		return plant;
	}

	/** The evidence chain beside the record, opened with this workstation's key on first use. */
	public EvidenceSink evidence() throws IOException {
		EvidenceChain open = chain();
		return (kind, payload) -> open.append(kind, payload).index();
	}

	/** The open evidence chain beside the record ({@link EvidenceChain#beside}). */
	public EvidenceChain chain() throws IOException {
		if (chain == null) {
			chain = EvidenceChain.open(EvidenceChain.beside(recordFile),
					WorkstationKey.loadOrCreate(WorkstationKey.defaultDirectory()), Clock.systemUTC());
		}
		return chain;
	}

	/** Signs the chain's head with the workstation key (after planning, sign-off, a finished run). */
	public void checkpoint() throws IOException {
		chain().checkpoint();
	}

	/**
	 * Saves the record atomically with the chain's head in it and waits until it is on disk (planning, tests). A
	 * failure is shown to the user and kept in {@link #lastSaveError()}, never swallowed.
	 */
	public void save() {
		saver.request();
		flush();
	}

	/** Writes the change not yet on disk, if any, and waits for it (UI thread). */
	public void flush() {
		try {
			saver.flush();
		} catch (IOException e) {
			saved(e);
		}
	}

	/** True while a change is not yet written to the record file. */
	public boolean savePending() {
		return saver.busy();
	}

	/** The record's bytes as they are now, with the chain's head; null when there is nothing to save. UI thread. */
	private byte @Nullable [] recordBytes() throws IOException {
		Campaign current = campaign;
		CommissioningResource target = resource;
		if (current == null || target == null) {
			return null;
		}
		if (chain != null) {
			ChainHead head = chain.head();
			current.setChainCount(head.count());
			current.setChainHead(head.hash());
		}
		return CommissioningFiles.bytes(target);
	}

	/** The saver's outcome (its thread): a failure shown to the user, a success clearing the last failure. */
	private void saved(@Nullable IOException failure) {
		lastSaveError = failure;
		if (failure != null) {
			StatusManager.getManager().handle(
					new Status(IStatus.ERROR, PLUGIN_ID,
							"Could not save the commissioning record " + recordFile + ": " + failure.getMessage()
									+ "\nThe change is kept in memory; it is saved again with the next one.",
							failure),
					StatusManager.SHOW | StatusManager.LOG);
		}
	}

	/**
	 * Something in the campaign changed ({@code what}: the check, punch item... or the campaign): tells the listeners,
	 * then has the record saved (off the UI thread, see {@link RecordSaver}). From another thread it is done on the UI
	 * thread, in order.
	 */
	public void changed(Object what) {
		if (Display.getCurrent() != display) {
			if (!display.isDisposed()) {
				display.asyncExec(() -> changed(what));
			}
			return;
		}
		fire();
		saver.request();
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	private void drop() {
		if (dropped) {
			return;
		}
		dropped = true;
		try {
			saver.close();
		} catch (IOException e) {
			saved(e);
		}
		OPEN.remove(editor);
		editor.getSite().getPage().removePartListener(dropOnClose);
		closeChain();
		fire();
		listeners.clear();
	}

	/** The workbench shutting down waits for every record's last write (editors may not be closed one by one). */
	private static void flushAllOnShutdown() {
		if (flushOnShutdown || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		flushOnShutdown = true;
		PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				List.copyOf(OPEN.values()).forEach(EditorCampaign::flush);
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				List.copyOf(OPEN.values()).forEach(EditorCampaign::drop);
			}
		});
	}

	private void closeChain() {
		if (chain != null) {
			try {
				chain.close();
			} catch (IOException e) {
				StatusManager.getManager().handle(new Status(IStatus.WARNING, PLUGIN_ID,
						"Could not close the evidence chain: " + e.getMessage(), e), StatusManager.LOG);
			}
			chain = null;
		}
	}
}
