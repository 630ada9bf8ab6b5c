// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.digitaltwin.aas4j.v3.model.DataTypeDefXsd;
import org.eclipse.digitaltwin.aas4j.v3.model.DataTypeIec61360;
import org.eclipse.digitaltwin.aas4j.v3.model.ModellingKind;
import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultProperty;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultSubmodel;
import org.twinworks.model.Equipment;
import org.twinworks.model.Property;

/**
 * Technical Data (IDTA 02003 v2.0): GeneralInformation (manufacturer, designation, article number and order code,
 * the same values as the nameplate) and TechnicalProperties, one Property per equipment or type property the nameplate
 * did not take: a number as xs:double, anything else as xs:string, its unit in an IEC 61360 data specification.
 */
final class TechnicalDataSubmodel {
	static final String SEMANTIC_ID = "https://admin-shell.io/idta/SubmodelTemplate/TechnicalData/2/0";
	static final String ID_SHORT = "TechnicalData";
	private static final String GENERAL = "https://admin-shell.io/ZVEI/TechnicalData/GeneralInformation/1/1";
	private static final String TECHNICAL = "https://admin-shell.io/ZVEI/TechnicalData/TechnicalProperties/1/1";

	private TechnicalDataSubmodel() {
	}

	/** Call after {@link NameplateSubmodel#of}: the properties it took are not repeated here. */
	static Submodel of(Equipment equipment, String id, EquipmentProperties properties) {
		String designation = properties.peek("Manufacturer product designation", "Product designation", "Model");
		if (designation == null && equipment.getType() != null) {
			designation = equipment.getType().getName();
		}
		List<SubmodelElement> general = List.of(
				AasElements.text("ManufacturerName", "0173-1#02-AAO677#002",
						properties.peek("Manufacturer name", "Manufacturer")),
				AasElements.multiLanguage("ManufacturerProductDesignation", "0173-1#02-AAW338#001", designation),
				AasElements.text("ManufacturerArticleNumber", "0173-1#02-AAO676#003",
						properties.peek("Product article number of manufacturer", "Article number", "Part number")),
				AasElements.text("ManufacturerOrderCode", "0173-1#02-AAO227#002",
						properties.peek("Order code of manufacturer", "Order code")));
		List<SubmodelElement> technical = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (Property property : properties.rest()) {
			technical.add(property(property, taken));
		}
		return new DefaultSubmodel.Builder().id(id).idShort(ID_SHORT).kind(ModellingKind.INSTANCE)
				.semanticId(AasElements.semanticId(SEMANTIC_ID))
				.submodelElements(List.of(AasElements.collection("GeneralInformation", GENERAL, general),
						AasElements.collection("TechnicalProperties", TECHNICAL, technical)))
				.build();
	}

	private static SubmodelElement property(Property property, Set<String> taken) {
		String value = property.getValue();
		boolean numeric = isNumber(value);
		DefaultProperty.Builder builder = new DefaultProperty.Builder()
				.idShort(AasIds.idShort(property.getKey(), taken))
				.valueType(numeric ? DataTypeDefXsd.DOUBLE : DataTypeDefXsd.STRING).value(value);
		String unit = property.getUnit();
		if (unit != null && !unit.isBlank()) {
			builder.embeddedDataSpecifications(AasElements.unitSpecification(property.getKey(), unit,
					numeric ? DataTypeIec61360.REAL_MEASURE : DataTypeIec61360.STRING));
		}
		return builder.build();
	}

	private static boolean isNumber(String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		try {
			Double.parseDouble(value.trim());
			return value.trim().equals(value);
		} catch (NumberFormatException notANumber) {
			return false;
		}
	}
}
