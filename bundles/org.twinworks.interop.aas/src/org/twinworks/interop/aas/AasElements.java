// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas;

import java.util.List;

import org.eclipse.digitaltwin.aas4j.v3.model.DataTypeDefXsd;
import org.eclipse.digitaltwin.aas4j.v3.model.DataTypeIec61360;
import org.eclipse.digitaltwin.aas4j.v3.model.EmbeddedDataSpecification;
import org.eclipse.digitaltwin.aas4j.v3.model.KeyTypes;
import org.eclipse.digitaltwin.aas4j.v3.model.MultiLanguageProperty;
import org.eclipse.digitaltwin.aas4j.v3.model.Property;
import org.eclipse.digitaltwin.aas4j.v3.model.Reference;
import org.eclipse.digitaltwin.aas4j.v3.model.ReferenceTypes;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElementCollection;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultDataSpecificationIec61360;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultEmbeddedDataSpecification;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultKey;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultLangStringPreferredNameTypeIec61360;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultLangStringTextType;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultMultiLanguageProperty;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultProperty;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultReference;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultSubmodelElementCollection;
import org.jspecify.annotations.Nullable;

/** Small builders for the submodel elements the exporter writes: AAS4J's builders are verbose. */
final class AasElements {
	/** The IEC 61360 data specification template (the {@code /3} IRI; the older ones are deprecated). */
	static final String IEC61360 = "https://admin-shell.io/DataSpecificationTemplates/DataSpecificationIec61360/3";
	static final String LANGUAGE = "en";

	private AasElements() {
	}

	static Reference semanticId(String globalId) {
		return new DefaultReference.Builder().type(ReferenceTypes.EXTERNAL_REFERENCE)
				.keys(new DefaultKey.Builder().type(KeyTypes.GLOBAL_REFERENCE).value(globalId).build()).build();
	}

	static Reference modelReference(KeyTypes type, String id) {
		return new DefaultReference.Builder().type(ReferenceTypes.MODEL_REFERENCE)
				.keys(new DefaultKey.Builder().type(type).value(id).build()).build();
	}

	static Property text(String idShort, @Nullable String semanticId, @Nullable String value) {
		DefaultProperty.Builder builder = new DefaultProperty.Builder().idShort(idShort)
				.valueType(DataTypeDefXsd.STRING).value(value);
		if (semanticId != null) {
			builder.semanticId(semanticId(semanticId));
		}
		return builder.build();
	}

	static Property number(String idShort, @Nullable String semanticId, @Nullable Double value) {
		DefaultProperty.Builder builder = new DefaultProperty.Builder().idShort(idShort)
				.valueType(DataTypeDefXsd.DOUBLE).value(value == null ? null : Double.toString(value));
		if (semanticId != null) {
			builder.semanticId(semanticId(semanticId));
		}
		return builder.build();
	}

	static MultiLanguageProperty multiLanguage(String idShort, String semanticId, @Nullable String value) {
		DefaultMultiLanguageProperty.Builder builder = new DefaultMultiLanguageProperty.Builder().idShort(idShort)
				.semanticId(semanticId(semanticId));
		if (value != null && !value.isBlank()) {
			builder.value(List.of(new DefaultLangStringTextType.Builder().language(LANGUAGE).text(value).build()));
		}
		return builder.build();
	}

	static SubmodelElementCollection collection(String idShort, @Nullable String semanticId,
			List<SubmodelElement> value) {
		DefaultSubmodelElementCollection.Builder builder = new DefaultSubmodelElementCollection.Builder()
				.idShort(idShort).value(value);
		if (semanticId != null) {
			builder.semanticId(semanticId(semanticId));
		}
		return builder.build();
	}

	/** An IEC 61360 data specification naming the element and carrying its unit. */
	static EmbeddedDataSpecification unitSpecification(String name, String unit, @Nullable DataTypeIec61360 type) {
		DefaultDataSpecificationIec61360.Builder content = new DefaultDataSpecificationIec61360.Builder()
				.preferredName(List.of(new DefaultLangStringPreferredNameTypeIec61360.Builder().language(LANGUAGE)
						.text(name.isBlank() ? unit : name).build()))
				.unit(unit);
		if (type != null) {
			content.dataType(type);
		}
		return new DefaultEmbeddedDataSpecification.Builder().dataSpecification(semanticId(IEC61360))
				.dataSpecificationContent(content.build()).build();
	}
}
