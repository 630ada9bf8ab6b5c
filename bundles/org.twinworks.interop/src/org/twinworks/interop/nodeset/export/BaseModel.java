// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.export;

/**
 * The nodes of the OPC UA base namespace (ns=0) an export refers to, and the base model it requires. The version and
 * publication date are those of the built-in {@code nodesets/Opc.Ua.NodeSet2.xml} (a test keeps them equal), so the
 * exported file loads on top of exactly what our importer has built in.
 */
final class BaseModel {
	static final String URI = "http://opcfoundation.org/UA/";
	static final String VERSION = "1.05.03";
	static final String PUBLICATION_DATE = "2023-12-15T00:00:00Z";

	static final String NODESET_NS = "http://opcfoundation.org/UA/2011/03/UANodeSet.xsd";
	static final String TYPES_NS = "http://opcfoundation.org/UA/2008/02/Types.xsd";
	/** OPC 10000-8: EUInformation.namespaceUri of units identified by their UNECE Recommendation 20 code. */
	static final String UNECE_UNITS = "http://www.opcfoundation.org/UA/units/un/cefact";

	static final String BASE_OBJECT_TYPE = "i=58";
	static final String FOLDER_TYPE = "i=61";
	static final String BASE_DATA_VARIABLE_TYPE = "i=63";
	static final String PROPERTY_TYPE = "i=68";
	static final String MANDATORY = "i=78";
	static final String OBJECTS_FOLDER = "i=85";
	static final String ANALOG_ITEM_TYPE = "i=2368";
	static final String BASE_ANALOG_TYPE = "i=15318";
	/** Range_Encoding_DefaultXml (i=886 is Default Binary): XML NodeSets carry XML-encoded bodies. */
	static final String RANGE_XML_ENCODING = "i=885";
	/** EUInformation_Encoding_DefaultXml (i=889 is Default Binary). */
	static final String EU_INFORMATION_XML_ENCODING = "i=888";

	private BaseModel() {
	}
}
