// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.commission;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.EvidenceSink;
import org.twinworks.commissioning.evidence.WorkstationKey;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.persistence.CommissioningResource;
import org.twinworks.commissioning.persistence.LoadedRecord;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/**
 * A commissioning record opened for a command: the campaign, its resource, and the evidence chain beside it. Saving
 * writes the chain's head into the record first, so a chain cut off later shows against it.
 */
final class OpenRecord implements AutoCloseable {
	final Path file;
	final CommissioningResource resource;
	final Campaign campaign;
	private @Nullable EvidenceChain chain;
	private Path keyDirectory = WorkstationKey.defaultDirectory();

	private OpenRecord(Path file, CommissioningResource resource, Campaign campaign) {
		this.file = file;
		this.resource = resource;
		this.campaign = campaign;
	}

	/** Opens a record, or prints its problems and returns null. */
	static @Nullable OpenRecord load(Path file, String command, PrintStream err, @Nullable Path pki) {
		if (!Files.isRegularFile(file)) {
			err.println("twinworks commission " + command + ": no record " + file
					+ " (make one with: twinworks commission plan <plant.twin>)");
			return null;
		}
		LoadedRecord loaded = CommissioningFiles.load(file);
		Campaign campaign = loaded.campaign();
		if (campaign == null || loaded.hasErrors()) {
			loaded.messages().forEach(err::println);
			err.println("twinworks commission " + command + ": " + file
					+ " cannot be read (see above); it was left as it is");
			return null;
		}
		return new OpenRecord(file, loaded.resource(), campaign).withPki(pki);
	}

	static OpenRecord create(Path file, Campaign campaign, @Nullable Path pki) {
		return new OpenRecord(file, CommissioningFiles.newRecord(file, campaign), campaign).withPki(pki);
	}

	/** The plant the campaign was planned from: its file relative to the record's folder. */
	@Nullable
	Plant loadPlant(String command, PrintStream err) {
		if (campaign.getPlantFile() == null) {
			err.println("twinworks commission " + command + ": the record names no plant file");
			return null;
		}
		return loadPlant(plantFile(), command, err);
	}

	Path plantFile() {
		Path folder = file.toAbsolutePath().getParent();
		return folder.resolve(campaign.getPlantFile());
	}

	static @Nullable Plant loadPlant(Path file, String command, PrintStream err) {
		LoadedPlant loaded = PlantFiles.load(file);
		Plant plant = loaded.plant();
		if (!loaded.readable() || plant == null || loaded.hasErrors()) {
			loaded.problems().forEach(err::println);
			err.println("twinworks commission " + command + ": "
					+ (plant == null
							? "no plant model in " + loaded.noPlantReason()
							: file + " has errors (see above)"));
			return null;
		}
		return plant;
	}

	/** Where this workstation's signing key is: {@code own/} of the PKI folder, as our OPC UA certificate. */
	OpenRecord withPki(@Nullable Path pki) {
		if (pki != null) {
			keyDirectory = pki.resolve("own");
		}
		return this;
	}

	/** The evidence chain beside the record, opened with this workstation's key. */
	EvidenceChain chain(Clock clock) throws IOException {
		if (chain == null) {
			chain = EvidenceChain.open(EvidenceChain.beside(file), WorkstationKey.loadOrCreate(keyDirectory), clock);
		}
		return chain;
	}

	EvidenceSink sink(Clock clock) throws IOException {
		EvidenceChain open = chain(clock);
		return (kind, payload) -> open.append(kind, payload).index();
	}

	/** Checkpoints the chain (when open), records its head in the campaign and saves the record atomically. */
	void save(boolean checkpoint) throws IOException {
		if (chain != null) {
			if (checkpoint) {
				chain.checkpoint();
			}
			ChainHead head = chain.head();
			campaign.setChainCount(head.count());
			campaign.setChainHead(head.hash());
		}
		CommissioningFiles.save(resource, file);
	}

	static String version() {
		Bundle bundle = FrameworkUtil.getBundle(OpenRecord.class);
		return bundle == null ? "development" : bundle.getVersion().toString();
	}

	@Override
	public void close() throws IOException {
		if (chain != null) {
			chain.close();
		}
	}
}
