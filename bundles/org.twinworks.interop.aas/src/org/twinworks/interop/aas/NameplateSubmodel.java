// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.digitaltwin.aas4j.v3.model.ModellingKind;
import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultSubmodel;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;

/**
 * The Digital Nameplate (IDTA 02006-3-0) from equipment properties, matched by name as {@link EquipmentProperties}
 * normalizes it:
 * <ul>
 * <li>ManufacturerName (multi-language): "Manufacturer", "Manufacturer name"</li>
 * <li>ManufacturerProductDesignation (multi-language): "Product designation", "Model", else the equipment type's
 * name</li>
 * <li>ManufacturerProductRoot, ManufacturerProductFamily (multi-language): "Product root", "Product family"</li>
 * <li>ManufacturerProductType: "Product type"; OrderCodeOfManufacturer: "Order code";
 * ProductArticleNumberOfManufacturer: "Article number", "Part number"</li>
 * <li>SerialNumber: "Serial number", "Serial"; YearOfConstruction: "Year of construction", "Year built";
 * DateOfManufacture, HardwareVersion, FirmwareVersion, SoftwareVersion, CountryOfOrigin: their own names</li>
 * <li>URIOfTheProduct: "URI of the product", "Product URI"</li>
 * </ul>
 * The template's mandatory elements (URIOfTheProduct, ManufacturerName, ManufacturerProductDesignation,
 * ContactInformation, YearOfConstruction) are always present, empty when the plant does not know them; optional
 * ones only when a property gives them.
 */
final class NameplateSubmodel {
	static final String SEMANTIC_ID = "https://admin-shell.io/idta/nameplate/3/0/Nameplate";
	static final String ID_SHORT = "Nameplate";
	private static final String CONTACT = "https://admin-shell.io/zvei/nameplate/1/0/ContactInformations/ContactInformation";

	private NameplateSubmodel() {
	}

	static Submodel of(Equipment equipment, String id, EquipmentProperties properties) {
		List<SubmodelElement> elements = new ArrayList<>();
		elements.add(AasElements.text("URIOfTheProduct", "0173-1#02-AAY811#001",
				properties.take("URI of the product", "Product URI", "URIOfTheProduct")));
		elements.add(AasElements.multiLanguage("ManufacturerName", "0173-1#02-AAO677#002",
				properties.take("Manufacturer name", "Manufacturer")));
		String designation = properties.take("Manufacturer product designation", "Product designation", "Model");
		if (designation == null && equipment.getType() != null) {
			designation = equipment.getType().getName();
		}
		elements.add(AasElements.multiLanguage("ManufacturerProductDesignation", "0173-1#02-AAW338#001", designation));
		elements.add(AasElements.collection("ContactInformation", CONTACT, List.of()));
		optionalMultiLanguage(elements, "ManufacturerProductRoot", "0173-1#02-AAU732#001",
				properties.take("Manufacturer product root", "Product root"));
		optionalMultiLanguage(elements, "ManufacturerProductFamily", "0173-1#02-AAU731#001",
				properties.take("Manufacturer product family", "Product family"));
		optional(elements, "ManufacturerProductType", "0173-1#02-AAO057#002",
				properties.take("Manufacturer product type", "Product type"));
		optional(elements, "OrderCodeOfManufacturer", "0173-1#02-AAO227#002",
				properties.take("Order code of manufacturer", "Order code"));
		optional(elements, "ProductArticleNumberOfManufacturer", "0173-1#02-AAO676#003",
				properties.take("Product article number of manufacturer", "Article number", "Part number"));
		optional(elements, "SerialNumber", "0173-1#02-AAM556#002", properties.take("Serial number", "Serial"));
		elements.add(AasElements.text("YearOfConstruction", "0173-1#02-AAP906#001",
				properties.take("Year of construction", "Year built")));
		optional(elements, "DateOfManufacture", "0173-1#02-AAR972#002", properties.take("Date of manufacture"));
		optional(elements, "HardwareVersion", "0173-1#02-AAN270#002", properties.take("Hardware version"));
		optional(elements, "FirmwareVersion", "0173-1#02-AAM985#002", properties.take("Firmware version"));
		optional(elements, "SoftwareVersion", "0173-1#02-AAM737#002", properties.take("Software version"));
		optional(elements, "CountryOfOrigin", "0173-1#02-AAO259#004", properties.take("Country of origin"));
		return new DefaultSubmodel.Builder().id(id).idShort(ID_SHORT).kind(ModellingKind.INSTANCE)
				.semanticId(AasElements.semanticId(SEMANTIC_ID)).submodelElements(elements).build();
	}

	private static void optional(List<SubmodelElement> elements, String idShort, String semanticId,
			@Nullable String value) {
		if (value != null) {
			elements.add(AasElements.text(idShort, semanticId, value));
		}
	}

	private static void optionalMultiLanguage(List<SubmodelElement> elements, String idShort, String semanticId,
			@Nullable String value) {
		if (value != null) {
			elements.add(AasElements.multiLanguage(idShort, semanticId, value));
		}
	}
}
