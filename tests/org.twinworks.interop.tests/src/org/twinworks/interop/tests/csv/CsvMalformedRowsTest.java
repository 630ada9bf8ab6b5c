// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.csv.CsvImportException;
import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvLimits;
import org.twinworks.interop.csv.CsvProblem;
import org.twinworks.interop.csv.CsvTagListImporter;

/** Every kind of bad row is reported with the line its record starts on, all of them, and nothing is imported. */
class CsvMalformedRowsTest {
	@TempDir
	Path dir;

	@Test
	void reportsEveryBadRowWithItsLineAndImportsNothing() throws Exception {
		Path file = write("bad.csv", String.join("\n", //
				"Tag,Description,Unit,Min,Max,Node,Direction,Type,Access", // 1
				"FT-101,Good row,m³/h,0,600,nsu=urn:x;s=FT-101,Input,Double,Read", // 2
				"FT-102,\"Quoted\nnewline\",m³/h,zero,600,,,,", // 3-4: unparseable number
				"FT-103,Unknown unit,furlong,0,1,,,,", // 5
				"FT-104,Bad node,,,,ns=2;s=FT-104,,,", // 6
				"FT-105,Range upside down,,10,1,,,,", // 7
				"FT-101,Duplicate,,,,,,,", // 8
				",Missing tag,,,,,,,", // 9
				"FT-106,Unknown direction,,,,,Sideways,,", // 10
				"FT-107,Unknown type,,,,,,Quaternion,", // 11
				"FT-108,Unknown access,,,,,,,Sometimes", // 12
				"FT-109,Too many cells,,,,,,,,extra", // 13
				"FT-110,Two problems,parsec,1;5,,,,,") + "\n"); // 14
		CsvImportException thrown = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(file, CsvImportOptions.defaults()));
		List<CsvProblem> problems = thrown.problems();
		assertEquals(List.of(3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14),
				problems.stream().map(CsvProblem::line).toList(), thrown.getMessage());
		assertEquals(12, thrown.problemCount());
		assertTrue(problems.get(0).message().contains("'zero' in column 'Min' is not a number"), thrown.getMessage());
		assertTrue(problems.get(1).message().contains("unknown unit 'furlong'"), thrown.getMessage());
		assertTrue(problems.get(2).message().contains("bad node id") && problems.get(2).message().contains("ns="),
				thrown.getMessage());
		assertTrue(problems.get(3).message().contains("range low 10.0 is above range high 1.0"), thrown.getMessage());
		assertTrue(problems.get(4).message().contains("duplicate tag 'FT-101' (first on line 2)"), thrown.getMessage());
		assertTrue(problems.get(5).message().contains("the tag (column 'Tag') is empty"), thrown.getMessage());
		assertTrue(problems.get(6).message().contains("unknown direction 'Sideways'"), thrown.getMessage());
		assertTrue(problems.get(7).message().contains("unknown data type 'Quaternion'"), thrown.getMessage());
		assertTrue(problems.get(8).message().contains("unknown access 'Sometimes'"), thrown.getMessage());
		assertTrue(problems.get(9).message().contains("the row has 10 cells but the header only 9"),
				thrown.getMessage());
		assertTrue(thrown.getMessage().startsWith(file + ": 12 problems, nothing imported"), thrown.getMessage());
		assertTrue(thrown.getMessage().contains(file + ":3: "), "each problem names the file and line");
	}

	@Test
	void aDecimalCommaFileRefusesADecimalPoint() throws Exception {
		Path file = write("komma.csv", "Tag;Min;Max\nA;0,5;1,5\nB;0,5;2.5\nC;1;2,5\n");
		CsvImportException thrown = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(file, CsvImportOptions.defaults()));
		assertEquals(3, thrown.problems().get(0).line());
		assertTrue(thrown.getMessage().contains("'2.5' in column 'Max' is not a number (with a decimal comma)"),
				thrown.getMessage());
	}

	@Test
	void equipmentInTwoAreasIsRefused() throws Exception {
		Path file = write("areas.csv", "Tag,Equipment,Area\nA,P-1,Intake\nB,P-1,Treatment\n");
		CsvImportException thrown = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(file, CsvImportOptions.defaults()));
		assertEquals(3, thrown.problems().get(0).line());
		assertTrue(
				thrown.getMessage()
						.contains("equipment 'P-1' is in area 'Treatment' here but in area 'Intake' on " + "line 2"),
				thrown.getMessage());
	}

	@Test
	void keepsTheFirstTwoHundredProblemsAndCountsAll() throws Exception {
		StringBuilder text = new StringBuilder("Tag,Min\n");
		for (int i = 0; i < 450; i++) {
			text.append("T").append(i).append(",x\n");
		}
		CsvImportException thrown = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(write("many.csv", text.toString()), CsvImportOptions.defaults()));
		assertEquals(CsvImportException.MAX_PROBLEMS, thrown.problems().size());
		assertEquals(450, thrown.problemCount());
		assertEquals(201, thrown.problems().get(199).line());
		assertTrue(thrown.getMessage().endsWith("... and 250 more"), thrown.getMessage());
	}

	@Test
	void refusesAnUnclosedQuoteNamingTheLineItOpensOn() throws Exception {
		Path file = write("open.csv", "Tag,Description\nA,fine\nB,\"never closed\nC,x\n");
		CsvImportException thrown = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(file, CsvImportOptions.defaults()));
		assertEquals(3, thrown.problems().get(0).line());
		assertTrue(thrown.getMessage().contains("quoted cell is not closed"), thrown.getMessage());
	}

	@Test
	void refusesAFileWithoutATagHeader() throws Exception {
		Path file = write("nothing.csv", "Alpha,Beta\n1,2\n");
		CsvImportException thrown = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(file, CsvImportOptions.defaults()));
		assertTrue(thrown.getMessage().contains("no header row with a tag column"), thrown.getMessage());
		assertTrue(thrown.getMessage().contains("[Alpha, Beta]"), thrown.getMessage());
		CsvImportException empty = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(write("empty.csv", "\n\n"), CsvImportOptions.defaults()));
		assertTrue(empty.getMessage().contains("the file is empty"), empty.getMessage());
	}

	@Test
	void boundsFileSizeRowCountAndCellLength() throws Exception {
		Path file = write("bounded.csv", "Tag,Description\nA,aaaaaaaaaaaaaaaaaaaa\nB,b\nC,c\n");
		CsvImportOptions options = CsvImportOptions.defaults();
		CsvImportException size = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(file, options.withLimits(new CsvLimits(20, 1000, 1000))));
		assertTrue(size.getMessage().contains("a tag list may have at most 20"), size.getMessage());
		CsvImportException rows = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(file, options.withLimits(new CsvLimits(1000, 3, 1000))));
		assertTrue(rows.getMessage().contains("more than 3 rows"), rows.getMessage());
		assertEquals(4, rows.problems().get(0).line());
		CsvImportException cell = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(file, options.withLimits(new CsvLimits(1000, 1000, 15))));
		assertTrue(cell.getMessage().contains("cell 2 has 20 characters; a cell may have at most 15"),
				cell.getMessage());
		assertEquals(2, cell.problems().get(0).line());
	}

	@Test
	void aFileWithABomThatIsNotUtf8IsRefused() throws Exception {
		Path file = dir.resolve("liar.csv");
		Files.write(file, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'T', 'a', 'g', '\n', 'K', (byte) 0xFC, 'h',
				'l', '\n'});
		CsvImportException thrown = assertThrows(CsvImportException.class,
				() -> CsvTagListImporter.importFile(file, CsvImportOptions.defaults()));
		assertTrue(thrown.getMessage().contains("byte order mark but is not UTF-8 at byte 8"), thrown.getMessage());
		assertEquals(2, thrown.problems().get(0).line());
	}

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}
}
