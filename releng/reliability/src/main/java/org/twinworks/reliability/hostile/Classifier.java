// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Sorts what a parser threw: its own diagnostics naming the file are a refusal; everything else is a defect, and so
 * is a diagnostic that wraps a programming error of the product (a NullPointerException thrown by our code is a bug
 * even when reported politely).
 */
final class Classifier {
	/**
	 * Exceptions that mean a bug in the code that threw them, never a property of the input. Not
	 * ArrayIndexOutOfBoundsException: the recording decoders read without bounds checks on purpose and turn it into
	 * "record ends early".
	 */
	private static final Set<String> PROGRAMMING = Set.of("NullPointerException", "ClassCastException",
			"IndexOutOfBoundsException", "StringIndexOutOfBoundsException", "NumberFormatException",
			"ArithmeticException", "NegativeArraySizeException", "IllegalStateException",
			"UnsupportedOperationException", "ArrayStoreException", "BufferUnderflowException",
			"BufferOverflowException", "ConcurrentModificationException", "NoSuchElementException");

	private Classifier() {
	}

	static Outcome classify(Parser parser, Path file, Throwable thrown) {
		if (thrown instanceof VirtualMachineError) {
			return Outcome.defect(key(thrown), trace(thrown));
		}
		if (!parser.isDiagnostic(thrown)) {
			return Outcome.defect(key(thrown), trace(thrown));
		}
		String message = String.valueOf(thrown.getMessage());
		if (!message.contains(file.getFileName().toString())) {
			return Outcome.defect("diagnostic without the file: " + key(thrown), trace(thrown));
		}
		for (Throwable cause = thrown.getCause(); cause != null
				&& cause != cause.getCause(); cause = cause.getCause()) {
			if (PROGRAMMING.contains(cause.getClass().getSimpleName()) && culprit(cause).startsWith("org.twinworks.")) {
				return Outcome.defect("masked " + key(cause), trace(thrown));
			}
		}
		return Outcome.REFUSED;
	}

	/** Type and the frame to blame: the first of the product's (not the harness's), else the first outside the JDK. */
	static String key(Throwable thrown) {
		return thrown.getClass().getSimpleName() + " at " + blamed(thrown);
	}

	private static String blamed(Throwable thrown) {
		for (StackTraceElement frame : thrown.getStackTrace()) {
			if (frame.getClassName().startsWith("org.twinworks.")
					&& !frame.getClassName().startsWith("org.twinworks.reliability.")) {
				return frame.getClassName() + "." + frame.getMethodName();
			}
		}
		return culprit(thrown);
	}

	/** The first frame outside the JDK: whose code actually threw. */
	private static String culprit(Throwable thrown) {
		for (StackTraceElement frame : thrown.getStackTrace()) {
			String type = frame.getClassName();
			if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
					&& !type.startsWith("javax.")) {
				return type + "." + frame.getMethodName();
			}
		}
		StackTraceElement[] frames = thrown.getStackTrace();
		return frames.length == 0 ? "?" : frames[0].getClassName() + "." + frames[0].getMethodName();
	}

	static String trace(@Nullable Throwable thrown) {
		if (thrown == null) {
			return "";
		}
		StringWriter text = new StringWriter();
		thrown.printStackTrace(new PrintWriter(text));
		return text.toString();
	}
}
