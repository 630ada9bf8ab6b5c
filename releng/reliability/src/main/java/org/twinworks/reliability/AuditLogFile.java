// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.twinworks.live.AuditLog;
import org.twinworks.live.AuditRecord;
import org.twinworks.live.WriteOutcome;

/**
 * The write audit log (append-only, one line per write attempt, forced before the write returns): one file over all
 * trials, as a workspace keeps one, each child opening it and appending records. After a kill every complete line
 * must be the record written there, every record appended before the kill must be in the file, at most the last
 * line may be partial, and the product's reader must give back exactly the complete records.
 */
final class AuditLogFile implements FileKind {
	static final String FILE = "audit.log";

	@Override
	public String name() {
		return "audit log";
	}

	@Override
	public void prepare(Path folder) {
	}

	@Override
	public void saveUntilKilled(Path folder, Announcer announcer) throws IOException {
		Path file = folder.resolve(FILE);
		try (AuditLog log = AuditLog.open(file, 10)) {
			for (int n = AuditLog.read(file, Integer.MAX_VALUE).size();; n++) {
				announcer.saving(Integer.toString(n + 1));
				log.append(record(n));
				announcer.saved(Integer.toString(n + 1));
			}
		}
	}

	@Override
	public Verdict check(Path folder, ChildOutput child) throws IOException {
		Path file = folder.resolve(FILE);
		byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
		int end = bytes.length;
		while (end > 0 && bytes[end - 1] != '\n') {
			end--;
		}
		String complete;
		try {
			complete = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, end)).toString();
		} catch (CharacterCodingException e) {
			return Verdict.corrupt("complete lines that are not UTF-8");
		}
		List<String> lines = complete.lines().toList();
		for (int n = 0; n < lines.size(); n++) {
			if (!lines.get(n).equals(record(n).toLine())) {
				return Verdict.corrupt("line " + (n + 1) + " is not the record written there: " + lines.get(n));
			}
		}
		String saved = child.lastSaved();
		if (saved != null && lines.size() < Integer.parseInt(saved)) {
			return Verdict.corrupt(lines.size() + " complete records of " + saved + " appended");
		}
		boolean unloadable;
		try {
			unloadable = !AuditLog.read(file, Integer.MAX_VALUE)
					.equals(lines.stream().map(AuditRecord::parse).toList());
		} catch (IOException | RuntimeException e) {
			unloadable = true;
		}
		return new Verdict(null, unloadable, 0, RecordingFile.others(folder, FILE), end < bytes.length);
	}

	/** Record {@code n}: texts as the reader gives them back, a non-ASCII detail to exercise UTF-8. */
	private static AuditRecord record(int n) {
		return new AuditRecord(Instant.ofEpochSecond(1_780_000_000L + n), "operator", "opc.tcp://plant:4840",
				"ns=2;s=FIC-" + n + ".SP", "FIC-" + n + ".SP", Integer.toString(n), Double.toString(n * 0.5),
				n % 3 == 0 ? WriteOutcome.REFUSED : WriteOutcome.OK, "Überdruck\tsecond field " + n);
	}
}
