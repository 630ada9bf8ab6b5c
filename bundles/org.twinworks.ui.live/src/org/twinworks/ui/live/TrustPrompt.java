// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.Thumbprints;
import org.twinworks.live.TrustDecision;
import org.twinworks.live.UntrustedCertificate;

/**
 * Answers the live core's trust question from a connect job: a server the workbench started itself is trusted
 * by its thumbprint; any other unknown certificate is shown to the user. The dialog opens without blocking the
 * UI thread in a nested loop, and the job waits for the answer, so cancelling the job rejects.
 */
final class TrustPrompt implements ServerTrust {
	private final Set<String> autoTrusted;
	private final IProgressMonitor monitor;

	TrustPrompt(Set<String> autoTrusted, IProgressMonitor monitor) {
		this.autoTrusted = autoTrusted;
		this.monitor = monitor;
	}

	@Override
	public TrustDecision decide(UntrustedCertificate certificate) {
		if (autoTrusted.contains(Thumbprints.normalize(certificate.thumbprint()))) {
			return TrustDecision.TRUST_ONCE;
		}
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display == null || display.isDisposed()) {
			return TrustDecision.REJECT;
		}
		CompletableFuture<TrustDecision> answer = new CompletableFuture<>();
		CertificateTrustDialog[] dialog = new CertificateTrustDialog[1];
		display.asyncExec(() -> {
			dialog[0] = new CertificateTrustDialog(parentShell(display), certificate, answer::complete);
			dialog[0].open();
		});
		while (true) {
			try {
				return answer.get(200, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				if (monitor.isCanceled() || display.isDisposed()) {
					if (!display.isDisposed()) {
						display.asyncExec(() -> {
							if (dialog[0] != null) {
								dialog[0].close();
							}
						});
					}
					return TrustDecision.REJECT;
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return TrustDecision.REJECT;
			} catch (ExecutionException e) {
				return TrustDecision.REJECT;
			}
		}
	}

	private static Shell parentShell(Display display) {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window.getShell() : display.getActiveShell();
	}
}
