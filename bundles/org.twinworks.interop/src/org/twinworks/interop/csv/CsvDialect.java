// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a tag list is written: its character set (and whether it starts with a byte order mark), the delimiter between
 * cells and the decimal separator of numbers. Quotes are always RFC 4180 double quotes.
 *
 * @param charset UTF-8, UTF-16 (with a byte order mark) or windows-1252
 * @param byteOrderMark whether the file starts with a byte order mark
 * @param delimiter {@code ,}, {@code ;} or a tab
 * @param decimalSeparator {@code .} or {@code ,}
 */
public record CsvDialect(Charset charset, boolean byteOrderMark, char delimiter, char decimalSeparator) {

	/** What {@link CsvTagListWriter} writes: UTF-8 without a byte order mark, comma, decimal point. */
	public static final CsvDialect EXPORT = new CsvDialect(StandardCharsets.UTF_8, false, ',', '.');

	public CsvDialect {
		if (",;\t".indexOf(delimiter) < 0) {
			throw new IllegalArgumentException("delimiter must be ',', ';' or a tab");
		}
		if (decimalSeparator != '.' && decimalSeparator != ',') {
			throw new IllegalArgumentException("decimal separator must be '.' or ','");
		}
	}

	/** For messages and the preview, e.g. {@code UTF-8 with BOM, ';', decimal comma}. */
	public String describe() {
		return charset.name() + (byteOrderMark ? " with BOM" : "") + ", "
				+ (delimiter == '\t' ? "tab" : "'" + delimiter + "'") + ", decimal "
				+ (decimalSeparator == ',' ? "comma" : "point");
	}
}
