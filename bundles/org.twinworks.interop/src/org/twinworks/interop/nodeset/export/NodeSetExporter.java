// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.twinworks.core.persistence.AtomicFileWriter;
import org.twinworks.model.Plant;

/**
 * Writes a plant as a UANodeSet (OPC 10000-6 Annex F), valid against {@code UANodeSet.xsd}. The same plant with the
 * same options always gives the same bytes.
 *
 * <p>
 * The mapping, which the NodeSet importer reads back:
 * <ul>
 * <li>one namespace and model: the plant's {@code namespaceUri} (index 1, the Model's ModelUri), requiring the base
 * model built in at {@code nodesets/Opc.Ua.NodeSet2.xml}; namespaces of bindings elsewhere follow, sorted;</li>
 * <li>an equipment type is a UAObjectType (HasSubtype from BaseObjectType); its signal templates and properties are
 * its instance declarations (ModellingRule Mandatory);</li>
 * <li>areas, work centres and units are FolderType objects organized from the Objects folder, area → work centre →
 * unit, so the depth of a folder tells its ISA-95 level; equipment is an object organized from its folder (a
 * component of its parent equipment when nested), typed by its exported type or BaseObjectType;</li>
 * <li>a signal is a variable component of its equipment: AnalogItemType when numeric and ranged (with EURange),
 * BaseAnalogType when numeric with a unit only, BaseDataVariableType otherwise; EngineeringUnits is an EUInformation
 * of the UNECE code; DataType from the signal's type (enumerations as Int32, their states as EnumStrings);
 * AccessLevel and UserAccessLevel CurrentRead, plus CurrentWrite for ReadWrite signals; its nominal value, when it
 * fits the type, as the Value;</li>
 * <li>a property (key, value) is a String PropertyType variable;</li>
 * <li>names: BrowseName the tag (a type's name, a folder's name), DisplayName the name, Description the description;
 * a signal made from a template is browsed by the template's tag ({@code RUN} under {@code P-101}), as instance
 * declarations are matched in OPC UA, and its tag is {@code <equipment tag>.<BrowseName>};</li>
 * <li>node ids: a signal's binding's (see {@code NodeIdTable} for elements without one).</li>
 * </ul>
 * Not carried by a NodeSet: ports, connections, control loops, interlocks, alarm limits, equipment kind and level,
 * work centre kind, property units, bindings' sampling settings.
 */
public final class NodeSetExporter {

	private NodeSetExporter() {
	}

	/** Exports to {@code target}, replacing it atomically (a crash leaves the old file or the new one). */
	public static ExportSummary export(Plant plant, Path target, ExportOptions options)
			throws IOException, NodeSetExportException {
		check(plant);
		ExportSummary[] summary = new ExportSummary[1];
		AtomicFileWriter.writeWithoutBackup(target, out -> summary[0] = writeChecked(plant, out, options));
		return summary[0];
	}

	/** Writes to {@code out}, which it does not close. */
	public static ExportSummary write(Plant plant, OutputStream out, ExportOptions options)
			throws IOException, NodeSetExportException {
		check(plant);
		return writeChecked(plant, out, options);
	}

	private static void check(Plant plant) throws NodeSetExportException {
		String uri = plant.getNamespaceUri();
		String name = plant.getName() == null ? "(unnamed)" : plant.getName();
		if (uri == null || uri.isBlank()) {
			throw new NodeSetExportException("Plant '" + name
					+ "' has no namespace URI: set one (e.g. urn:example:plant) before exporting it as a NodeSet2;"
					+ " it becomes the URI of the exported model and the namespace of its nodes");
		}
		if (uri.equals(BaseModel.URI)) {
			throw new NodeSetExportException("Plant '" + name + "' has the OPC UA base namespace " + BaseModel.URI
					+ " as its namespace URI: a NodeSet cannot add to the base model, give the plant its own URI");
		}
	}

	private static ExportSummary writeChecked(Plant plant, OutputStream out, ExportOptions options) throws IOException {
		List<String> warnings = new ArrayList<>();
		NodeIdTable ids = NodeIdTable.of(plant, warnings);
		Aliases aliases = new Aliases();
		PlantNodes.declareAliases(ids, aliases);
		try {
			// the writer must not close the caller's stream
			UaXml xml = new UaXml(new NonClosing(out));
			PlantNodes nodes = new PlantNodes(xml, ids, aliases, warnings);
			xml.startDocument();
			xml.attribute("LastModified", options.publicationDate().toString());
			header(xml, plant, ids, options);
			aliases.write(xml);
			nodes.write(plant);
			xml.endDocument();
			return nodes.summary();
		} catch (XMLStreamException e) {
			throw new IOException("Writing the NodeSet of plant '" + plant.getName() + "' failed: " + e.getMessage(),
					e);
		}
	}

	private static void header(UaXml xml, Plant plant, NodeIdTable ids, ExportOptions options)
			throws XMLStreamException {
		xml.open("NamespaceUris");
		for (String uri : ids.namespaces()) {
			xml.element("Uri", uri);
		}
		xml.close();
		xml.open("Models");
		xml.open("Model");
		xml.attribute("ModelUri", plant.getNamespaceUri());
		xml.attribute("Version", options.version());
		xml.attribute("PublicationDate", options.publicationDate().toString());
		xml.empty("RequiredModel");
		xml.attribute("ModelUri", BaseModel.URI);
		xml.attribute("Version", BaseModel.VERSION);
		xml.attribute("PublicationDate", BaseModel.PUBLICATION_DATE);
		xml.close();
		xml.close();
	}

	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
