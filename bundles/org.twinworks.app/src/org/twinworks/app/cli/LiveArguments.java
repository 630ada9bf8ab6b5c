package org.twinworks.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.twinworks.live.LiveOptions;
import org.twinworks.live.LivePki;
import org.twinworks.live.ServerTrust;

/**
 * The command line of `read` and `check`: positional arguments and the options both share. The password of a
 * user-name endpoint comes from $TWINWORKS_PASSWORD, never from the command line (process lists, history).
 */
record LiveArguments(List<String> positional, String endpoint, int durationSeconds, String trust, boolean lab,
		Path pki) {
	static final String PASSWORD_VARIABLE = "TWINWORKS_PASSWORD";

	static LiveArguments parse(List<String> args) {
		List<String> positional = new ArrayList<>();
		String endpoint = null;
		int duration = 5;
		String trust = null;
		boolean lab = false;
		Path pki = LivePki.defaultDirectory();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--endpoint" -> endpoint = value(args, ++i, arg);
			case "--duration" -> duration = seconds(value(args, ++i, arg));
			case "--trust" -> trust = value(args, ++i, arg);
			case "--lab" -> lab = true;
			case "--pki" -> pki = Path.of(value(args, ++i, arg));
			default -> {
				if (arg.startsWith("--")) {
					throw new IllegalArgumentException("unknown option " + arg);
				}
				positional.add(arg);
			}
			}
		}
		return new LiveArguments(List.copyOf(positional), endpoint, duration, trust, lab, pki);
	}

	LiveOptions.Builder options() {
		LiveOptions.Builder options = LiveOptions.builder().pkiDirectory(pki)
				.serverTrust(trust == null ? ServerTrust.rejectAll() : ServerTrust.thumbprint(trust));
		String password = System.getenv(PASSWORD_VARIABLE);
		if (password != null && !password.isEmpty()) {
			options.password(password.toCharArray());
		}
		return options;
	}

	private static String value(List<String> args, int index, String option) {
		if (index >= args.size()) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args.get(index);
	}

	private static int seconds(String text) {
		try {
			int n = Integer.parseInt(text);
			if (n < 1 || n > 3_600) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--duration needs a number of seconds from 1 to 3600");
		}
	}
}
