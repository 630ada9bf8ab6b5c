// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Version-1 recordings (a record per value, no header) for the hostile-files harness: the product no longer writes
 * them but still reads them, so the harness encodes them with the product's own record format (package-private, hence
 * this class in the live package of the harness's class path).
 */
public final class LegacyRecordings {
	private LegacyRecordings() {
	}

	public static byte[] of(List<RecordedValue> values) throws IOException {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		for (RecordedValue value : values) {
			byte[] payload = RecordFormat.encode(value);
			CRC32 crc = new CRC32();
			crc.update(payload);
			file.write(ByteBuffer.allocate(4).putInt(payload.length).array());
			file.write(payload);
			file.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
		}
		return file.toByteArray();
	}
}
