// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.persistence.CommissioningResource;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.plan.PlantHash;
import org.twinworks.commissioning.plan.Replanner;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.core.persistence.AtomicFileWriter;
import org.twinworks.model.Plant;

/**
 * One planning or re-planning of an {@link EditorCampaign}, in three parts so the long one can run off the UI thread:
 * {@link EditorCampaign#prepare} takes a snapshot of the plant (a copy with the same UUIDs, so the engineer may go on
 * editing), {@link #compute} works out the campaign or the checks the plant calls for (any thread, cancellable) and
 * {@link #apply()} changes the record and saves it in one go on the UI thread (the planning job writes a new plan
 * off it instead, see {@link #newPlan()}). Until then the record is untouched, so a
 * cancelled planning changes nothing.
 */
public final class CampaignPlanning {
	private final EditorCampaign owner;
	private final Plant plant;
	private final @Nullable Campaign base;
	private final PlanOptions options;
	private final Path plantFile;
	private final String plantFileInRecord;
	private @Nullable String hash;
	private @Nullable Campaign planned;
	private @Nullable List<Check> fresh;
	private @Nullable CommissioningResource newRecord;

	CampaignPlanning(EditorCampaign owner, Plant plant, @Nullable Campaign base, PlanOptions options, Path plantFile,
			String plantFileInRecord, @Nullable String hash) {
		this.owner = owner;
		this.plant = plant;
		this.base = base;
		this.options = options;
		this.plantFile = plantFile;
		this.plantFileInRecord = plantFileInRecord;
		this.hash = hash;
	}

	/** True when the record has a campaign already: re-planning, with the campaign's own scope and kinds. */
	public boolean replanning() {
		return base != null;
	}

	/**
	 * Hashes the plant file (when the editor was clean) and plans. Any thread.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled: nothing changed
	 * @throws IllegalArgumentException when a scope entry matches nothing in the plant
	 */
	public void compute(IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, replanning() ? "Re-planning" : "Planning", 3);
		progress.split(1).subTask("Hashing the plant");
		if (hash == null) {
			hash = PlantHash.of(plantFile);
		}
		progress.split(1).subTask(replanning() ? "Comparing the plant's checks" : "Generating checks");
		if (base == null) {
			Campaign campaign = new CampaignPlanner(Clock.systemUTC()).plan(plant, plantFileInRecord, hash, options);
			campaign.getEngineers().add(System.getProperty("user.name", "unknown"));
			planned = campaign;
		} else {
			fresh = CampaignPlanner.checks(plant, options);
		}
		progress.split(1).subTask("Ready to save");
	}

	/**
	 * Puts what {@link #compute} worked out into the record, appends it to the evidence chain and saves: UI thread.
	 *
	 * @throws IllegalStateException when not computed, or when the record changed meanwhile (reloaded, approved,
	 *             planned by another command): plan again
	 */
	public Replanner.Result apply() throws IOException {
		if (hash == null || (planned == null && fresh == null)) {
			throw new IllegalStateException("planning was not finished: nothing to apply");
		}
		if (owner.campaign() != base) {
			throw new IllegalStateException(
					"the record changed while planning (reloaded or planned elsewhere): plan again");
		}
		return owner.apply(this);
	}

	/**
	 * A new plan (not a re-plan) is applied in three parts, so its record (23,000 checks take most of a second) is
	 * written off the UI thread: {@link #chainNewPlan()} on the UI thread, {@link #writeNewPlan()} on any,
	 * {@link #showNewPlan()} on the UI thread. A re-plan changes the campaign the UI shows: {@link #apply()} only.
	 */
	public boolean newPlan() {
		return base == null;
	}

	/**
	 * A new plan's first part (UI thread): appended to the evidence chain, the head put into the record; the UI shows
	 * nothing new yet.
	 *
	 * @throws IllegalStateException when not computed, not a new plan, or the record changed meanwhile
	 */
	public void chainNewPlan() throws IOException {
		Campaign campaign = planned;
		if (hash == null || campaign == null) {
			throw new IllegalStateException("no new plan was computed: nothing to apply");
		}
		if (owner.campaign() != null) {
			throw new IllegalStateException("the record was planned elsewhere meanwhile: plan again");
		}
		newRecord = owner.chainNewPlan(campaign, hash);
	}

	/**
	 * The second part (any thread): the new record written atomically. Safe off the UI thread because nothing else
	 * knows the record yet, and the Checklist view plans nothing else while the job runs.
	 */
	public void writeNewPlan() throws IOException {
		CommissioningResource record = newRecord;
		if (record == null) {
			throw new IllegalStateException("chainNewPlan() first");
		}
		byte[] bytes = CommissioningFiles.bytes(record);
		AtomicFileWriter.write(owner.recordFile(), out -> out.write(bytes));
	}

	/** The last part (UI thread): the written record becomes the editor's campaign. */
	public Replanner.Result showNewPlan() {
		CommissioningResource record = newRecord;
		Campaign campaign = planned;
		if (record == null || campaign == null) {
			throw new IllegalStateException("chainNewPlan() and writeNewPlan() first");
		}
		if (owner.campaign() != null) {
			throw new IllegalStateException("the record was planned elsewhere meanwhile: plan again");
		}
		owner.showNewPlan(record, campaign);
		return new Replanner.Result(campaign.getChecks().size(), 0, 0, 0);
	}

	@Nullable
	Campaign planned() {
		return planned;
	}

	@Nullable
	List<Check> fresh() {
		return fresh;
	}

	String hash() {
		if (hash == null) {
			throw new IllegalStateException("not computed");
		}
		return hash;
	}

	/**
	 * The plant's resource copied with its xmi:ids, which the record names elements by: the copy plans the same
	 * checks, and the editor's model is read only here, on the UI thread.
	 */
	static Plant snapshot(Plant plant) {
		Resource original = plant.eResource();
		if (!(original instanceof XMLResource xml)) {
			return EcoreUtil.copy(plant);
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<EObject> roots = List.copyOf(copier.copyAll(original.getContents()));
		copier.copyReferences();
		XMIResourceImpl copy = new XMIResourceImpl(original.getURI());
		copy.getContents().addAll(roots);
		copier.forEach((from, to) -> {
			String id = xml.getID(from);
			if (id != null) {
				copy.setID(to, id);
			}
		});
		return (Plant) copier.get(plant);
	}
}
