// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A column mapping a user wrote, overriding the guess: one {@code field=Header} a line (properties style; {@code #}
 * and {@code !} start comments), the field by its {@link CsvField#key() key}. An empty header leaves the field
 * unmapped. Three more keys override the detected dialect: {@code delimiter} ({@code ,} {@code ;} or {@code tab}),
 * {@code decimal} ({@code .} or {@code ,}) and {@code charset} (e.g. {@code windows-1252}). Fields not named are
 * still guessed from the headers left over.
 *
 * <pre>
 * tag = Symbol
 * description = Kommentar
 * unit = EU
 * delimiter = ;
 * </pre>
 *
 * @param fields the field → header lines (an empty header: leave the field unmapped)
 * @param delimiter the delimiter to use instead of detecting it, or null
 * @param decimalSeparator the decimal separator to use instead of detecting it, or null
 * @param charset the character set of a file without byte order mark, or null
 */
public record CsvMappingFile(Map<CsvField, String> fields, @Nullable Character delimiter,
		@Nullable Character decimalSeparator, @Nullable Charset charset) {

	/** No overrides: everything guessed and detected. */
	public static final CsvMappingFile NONE = new CsvMappingFile(Map.of(), null, null, null);

	public CsvMappingFile {
		fields = fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(fields));
	}

	/** Reads a mapping file (UTF-8, a byte order mark allowed); a bad line is an error naming it. */
	public static CsvMappingFile read(Path file, CsvLimits limits) throws IOException, CsvImportException {
		String name = file.toString();
		CsvText text = CsvText.decode(CsvText.readBounded(file, limits), StandardCharsets.UTF_8, name);
		Map<CsvField, String> fields = new EnumMap<>(CsvField.class);
		Character delimiter = null;
		Character decimal = null;
		Charset charset = null;
		List<String> lines = text.text().lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			int number = i + 1;
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals <= 0) {
				throw CsvImportException.of(name, number, "expected field=Header, found '" + line + "'");
			}
			String key = line.substring(0, equals).strip();
			String value = line.substring(equals + 1).strip();
			switch (CsvField.normalize(key)) {
			case "delimiter" -> delimiter = delimiter(value, name, number);
			case "decimal", "decimalseparator" -> decimal = decimal(value, name, number);
			case "charset", "encoding" -> charset = charset(value, name, number);
			default -> {
				CsvField field = CsvField.ofKey(key);
				if (field == null) {
					throw CsvImportException.of(name, number,
							"unknown field '" + key + "'; the fields are "
									+ java.util.Arrays.stream(CsvField.values()).map(CsvField::key).toList()
									+ ", delimiter, decimal and charset");
				}
				if (fields.put(field, value) != null) {
					throw CsvImportException.of(name, number, "field '" + key + "' is mapped twice");
				}
			}
			}
		}
		return new CsvMappingFile(fields, delimiter, decimal, charset);
	}

	private static Character delimiter(String value, String file, int line) throws CsvImportException {
		return switch (value.toLowerCase(java.util.Locale.ROOT)) {
		case "," -> ',';
		case ";" -> ';';
		case "tab", "\\t", "\t" -> '\t';
		default -> throw CsvImportException.of(file, line, "delimiter must be ',', ';' or tab, not '" + value + "'");
		};
	}

	private static Character decimal(String value, String file, int line) throws CsvImportException {
		if (value.equals(".") || value.equals(",")) {
			return value.charAt(0);
		}
		throw CsvImportException.of(file, line, "decimal must be '.' or ',', not '" + value + "'");
	}

	private static Charset charset(String value, String file, int line) throws CsvImportException {
		try {
			return Charset.forName(value);
		} catch (IllegalArgumentException e) {
			throw CsvImportException.of(file, line, "unknown charset '" + value + "'");
		}
	}
}
