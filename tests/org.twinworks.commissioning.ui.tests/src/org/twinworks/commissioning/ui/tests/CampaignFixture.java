// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Adapters;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.persistence.LoadedRecord;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.RunRecordings;
import org.twinworks.commissioning.ui.check.CheckSubjects;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * The demo plant open in its editor with no commissioning record beside it (a record left by an earlier test would
 * be loaded instead of planned), the campaign the tests plan on it, and the record as saved.
 */
public final class CampaignFixture {
	private final FreshDemoPlant demo;
	private final Path record;

	private CampaignFixture(FreshDemoPlant demo) {
		this.demo = demo;
		this.record = CommissioningFiles.recordBeside(demo.file().getLocation().toPath());
	}

	/** Opens the demo plant and removes any record, backup, evidence chain, attachments and recordings beside it. */
	public static CampaignFixture open() throws Exception {
		CampaignFixture fixture = new CampaignFixture(FreshDemoPlant.open());
		fixture.deleteRecord();
		return fixture;
	}

	public FreshDemoPlant demo() {
		return demo;
	}

	/** The record file beside the demo plant. */
	public Path record() {
		return record;
	}

	/** Plans (and saves) a campaign of the given kinds over the whole plant. */
	public EditorCampaign plan(CheckKind... kinds) throws IOException {
		EditorCampaign campaign = EditorCampaign.of(demo.editor());
		campaign.plan(new PlanOptions(List.of(), Set.of(kinds)));
		return campaign;
	}

	/**
	 * The check as saved in the record on disk, once the editor's campaign (if it is still open) has written its last
	 * change.
	 */
	public Check reloaded(Check check) {
		EditorCampaign open = EditorCampaign.existing(demo.editor());
		if (open != null) {
			awaitSaved(open);
		}
		LoadedRecord loaded = CommissioningFiles.load(record);
		assertFalse(loaded.hasErrors(), loaded.messages().toString());
		Check saved = CheckSubjects.byId(loaded.campaign(), check.getId());
		assertNotNull(saved);
		return saved;
	}

	/**
	 * Points the editor's first live connection at a served virtual plant and trusts its certificate (the client's
	 * must already be trusted by the plant); returns that connection, not yet connected.
	 */
	public EndpointConnection redirectTo(VirtualPlant sim) {
		LiveModel model = Adapters.adapt(demo.editor(), LiveModel.class);
		EndpointConnection connection = model.connections().get(0);
		LiveConnections.get().redirect(connection.endpoint(), sim.endpointUrl());
		LiveConnections.get().trustServer(sim.certificateThumbprint());
		return connection;
	}

	/** Waits until the campaign's saver has written every change (it saves off the UI thread, after the listeners). */
	public static void awaitSaved(EditorCampaign campaign) {
		UiWait.until(() -> !campaign.savePending(), Duration.ofSeconds(30), "the record saved");
	}

	public void deleteRecord() throws Exception {
		Files.deleteIfExists(record);
		Files.deleteIfExists(record.resolveSibling(record.getFileName() + ".bak"));
		Files.deleteIfExists(EvidenceChain.beside(record));
		deleteFolder(record.resolveSibling(record.getFileName() + ".attachments"));
		deleteFolder(RunRecordings.folderBeside(record));
	}

	private static void deleteFolder(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}
}
