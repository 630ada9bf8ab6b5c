// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.AASXSerializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.MetamodelContentType;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.core.SerializationException;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonSerializer;
import org.eclipse.digitaltwin.aas4j.v3.model.AssetAdministrationShell;
import org.eclipse.digitaltwin.aas4j.v3.model.AssetKind;
import org.eclipse.digitaltwin.aas4j.v3.model.Environment;
import org.eclipse.digitaltwin.aas4j.v3.model.KeyTypes;
import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultAssetAdministrationShell;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultAssetInformation;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultEnvironment;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultLangStringTextType;
import org.twinworks.core.persistence.AtomicFileWriter;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;

/**
 * Publishes the plant's equipment as Asset Administration Shells: one shell per piece of equipment in scope (see
 * {@link AasScope}), each with a Digital Nameplate, a Technical Data and an operational-data submodel, ids from
 * {@link AasIds} (stable across exports). Written as an AAS JSON Environment or an AASX package, atomically.
 * <p>
 * The AASX package carries the Environment as JSON (IDTA-01005 allows a JSON aas-spec part): AAS4J 2.0.0's XML
 * deserializer reorders submodel elements by kind and drops the data specifications embedded in submodel elements
 * (the units of the technical properties), so an XML part would not read back as what was written.
 */
public final class AasExporter {

	private AasExporter() {
	}

	/** The Environment for the equipment in {@code scope} (all equipment when empty). */
	public static Environment environment(Plant plant, Collection<String> scope) {
		List<Equipment> equipment = AasScope.select(plant, scope);
		AasIds ids = new AasIds(plant);
		Map<Signal, Binding> bindings = new IdentityHashMap<>();
		if (plant.getTwin() != null) {
			for (Binding binding : plant.getTwin().getBindings()) {
				if (binding.getSignal() != null) {
					bindings.putIfAbsent(binding.getSignal(), binding);
				}
			}
		}
		List<AssetAdministrationShell> shells = new ArrayList<>(equipment.size());
		List<Submodel> submodels = new ArrayList<>(equipment.size() * 3);
		Set<String> shellNames = new HashSet<>();
		for (Equipment item : equipment) {
			EquipmentProperties properties = new EquipmentProperties(item);
			List<Submodel> own = List.of(
					NameplateSubmodel.of(item, ids.submodel(item, NameplateSubmodel.ID_SHORT), properties),
					TechnicalDataSubmodel.of(item, ids.submodel(item, TechnicalDataSubmodel.ID_SHORT), properties),
					OperationalDataSubmodel.of(item, ids.submodel(item, OperationalDataSubmodel.ID_SHORT), bindings));
			submodels.addAll(own);
			shells.add(shell(item, ids, own, shellNames));
		}
		return new DefaultEnvironment.Builder().assetAdministrationShells(shells).submodels(submodels).build();
	}

	private static AssetAdministrationShell shell(Equipment equipment, AasIds ids, List<Submodel> submodels,
			Set<String> taken) {
		DefaultAssetInformation.Builder asset = new DefaultAssetInformation.Builder().assetKind(AssetKind.INSTANCE)
				.globalAssetId(ids.asset(equipment));
		if (equipment.getType() != null && equipment.getType().getName() != null) {
			asset.assetType(equipment.getType().getName());
		}
		DefaultAssetAdministrationShell.Builder shell = new DefaultAssetAdministrationShell.Builder()
				.id(ids.shell(equipment)).idShort(AasIds.idShort(ModelPaths.label(equipment), taken))
				.assetInformation(asset.build());
		String description = equipment.getDescription();
		if (description != null && !description.isBlank()) {
			shell.description(
					new DefaultLangStringTextType.Builder().language(AasElements.LANGUAGE).text(description).build());
		}
		for (Submodel submodel : submodels) {
			shell.submodels(AasElements.modelReference(KeyTypes.SUBMODEL, submodel.getId()));
		}
		return shell.build();
	}

	/**
	 * Writes the equipment in {@code scope} to {@code target} atomically, as JSON or AASX by its extension; returns
	 * how many shells it holds. Throws {@link IllegalArgumentException} for another extension and
	 * {@link AasScopeException} when a scope entry matches nothing (before anything is written).
	 */
	public static int write(Path target, Plant plant, Collection<String> scope) throws IOException {
		AasFormat format = AasFormat.of(target);
		if (format == null) {
			throw new IllegalArgumentException(
					"cannot tell the AAS format of " + target + ": the file name must end in .aasx or .json");
		}
		Environment environment = environment(plant, scope);
		AtomicFileWriter.writeWithoutBackup(target, out -> write(environment, format, out));
		return environment.getAssetAdministrationShells().size();
	}

	/** Serializes {@code environment} to {@code out} (left open). */
	public static void write(Environment environment, AasFormat format, OutputStream out) throws IOException {
		try {
			switch (format) {
			case JSON -> new JsonSerializer().write(new NonClosing(out), environment);
			case AASX ->
				new AASXSerializer().write(environment, List.of(), new NonClosing(out), MetamodelContentType.JSON);
			}
		} catch (SerializationException cannotWrite) {
			throw new IOException("cannot serialize the AAS environment: " + cannotWrite.getMessage(), cannotWrite);
		}
	}

	/** The serializers close the stream they are given; the atomic writer must close (and sync) it itself. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
