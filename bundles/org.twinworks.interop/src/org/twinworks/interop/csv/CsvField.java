// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a column of a tag list can feed, with the header {@link CsvTagListWriter} writes, the key a mapping file uses
 * and the headers of common vendor exports that are recognised (compared without case, spaces and punctuation).
 * Synonyms are tried in order, so "Tag" wins over "Name" and "Name" over "Address".
 */
public enum CsvField {
	/** The signal's tag, its identity in the list (required). */
	TAG("tag", "Tag", "tag", "tagname", "name", "symbol", "symbolname", "variable", "variablename", "signal",
			"signalname", "point", "pointname", "address"),
	/** The human-readable text of the signal: its name in the model. */
	DESCRIPTION("description", "Description", "description", "desc", "comment", "text", "beschreibung", "kommentar",
			"bezeichnung"),
	/** Free notes for engineers: the signal's description in the model. */
	NOTES("notes", "Notes", "notes", "note", "remarks", "remark", "bemerkung", "bemerkungen", "hinweis"),
	/** The area the equipment is in (optional: else the import's area). */
	AREA("area", "Area", "area", "plantarea", "bereich", "anlagenteil"),
	/** The tag of the equipment the signal belongs to. */
	EQUIPMENT("equipment", "Equipment", "equipment", "equipmenttag", "device", "asset", "aggregat", "betriebsmittel",
			"gerat", "geraet"), DIRECTION("direction", "Direction", "direction", "io", "iotype", "iodirection", "inout",
					"richtung"), DATA_TYPE("type", "Type", "type", "datatype", "dtype", "typ", "datentyp"),
	/** A UNECE code or a symbol (m³/h, bar, °C...). */
	UNIT("unit", "Unit", "unit", "units", "eu", "engineeringunit", "engineeringunits", "uom", "einheit"),
	/** The UNECE common code when the unit column holds a symbol the code alone would not give back (NTU, pH). */
	UNIT_CODE("unitCode", "Unit code", "unitcode", "eucode", "unececode", "einheitencode"), RANGE_LOW("low",
			"Range low", "rangelow", "low", "min", "minimum", "eulow", "eumin", "rangemin", "lowrange", "minvalue",
			"messbereichanfang", "bereichanfang", "untergrenze"), RANGE_HIGH("high", "Range high", "rangehigh", "high",
					"max", "maximum", "euhigh", "eumax", "rangemax", "highrange", "maxvalue", "messbereichende",
					"bereichende", "obergrenze"), LIMIT_LL("ll", "LL", "ll", "lolo", "lowlow", "lowlowlimit",
							"lololimit", "alarmlowlow"), LIMIT_L("l", "L", "l", "lo", "lowlimit", "lolimit", "alarmlow",
									"lowalarm"), LIMIT_H("h", "H", "h", "hi", "highlimit", "hilimit", "alarmhigh",
											"highalarm"), LIMIT_HH("hh", "HH", "hh", "hihi", "highhigh",
													"highhighlimit", "alarmhighhigh", "hihilimit"),
	/** The endpoint of the binding, by name (the import binds to one endpoint). */
	ENDPOINT("endpoint", "Endpoint", "endpoint", "server", "opcserver", "connection", "verbindung"),
	/** The OPC UA node id in nsu= form: rows with one get a binding. */
	NODE("node", "Node", "node", "nodeid", "opcuanodeid", "opcnodeid", "opcuanode", "uanode", "knoten",
			"knotenid"), ACCESS("access", "Access", "access", "accesslevel", "accessrights", "readwrite", "rw",
					"zugriff"), NOMINAL("nominal", "Nominal value", "nominalvalue", "nominal", "expectedvalue",
							"expected", "nennwert"),
	/** The states of an enumeration, separated by {@code |}. */
	STATES("states", "States", "states", "enumliterals", "enumvalues", "enumeration", "zustande", "zustaende");

	private final String key;
	private final String header;
	private final List<String> synonyms;

	CsvField(String key, String header, String... synonyms) {
		this.key = key;
		this.header = header;
		this.synonyms = List.of(synonyms);
	}

	/** The name in a mapping file ({@code unitCode=EU Code}). */
	public String key() {
		return key;
	}

	/** The header {@link CsvTagListWriter} writes. */
	public String header() {
		return header;
	}

	/** Normalised headers that feed this field, most specific first. */
	public List<String> synonyms() {
		return synonyms;
	}

	/** The field a mapping file's key names (without case), or null. */
	public static @Nullable CsvField ofKey(String key) {
		String normal = normalize(key);
		for (CsvField field : values()) {
			if (normalize(field.key).equals(normal) || normalize(field.name()).equals(normal)) {
				return field;
			}
		}
		return null;
	}

	/** A header without case, spaces, punctuation and umlaut dots: "Range-Low", "range low" and "RangeLow" agree. */
	static String normalize(String header) {
		String lower = header.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			switch (c) {
			case 'ä' -> out.append('a');
			case 'ö' -> out.append('o');
			case 'ü' -> out.append('u');
			case 'ß' -> out.append("ss");
			default -> {
				if (Character.isLetterOrDigit(c)) {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
