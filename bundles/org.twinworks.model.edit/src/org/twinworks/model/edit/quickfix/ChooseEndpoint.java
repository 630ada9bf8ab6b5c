// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.edit.quickfix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.ProblemCode;

/**
 * A binding without an endpoint of its model, or bound to an endpoint that does not serve its namespace, gets the one
 * the user picks from the model's endpoints.
 */
final class ChooseEndpoint implements QuickFix {
	private final ProblemCode code;

	ChooseEndpoint(ProblemCode code) {
		this.code = code;
	}

	@Override
	public ProblemCode code() {
		return code;
	}

	@Override
	public String label() {
		return "Choose the endpoint...";
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof Binding binding && binding.eContainer() instanceof Twin twin
				&& !twin.getEndpoints().isEmpty();
	}

	@Override
	public List<Object> choices(EObject element) {
		return element.eContainer() instanceof Twin twin ? new ArrayList<>(twin.getEndpoints()) : List.of();
	}

	@Override
	public boolean needsChoice() {
		return true;
	}

	@Override
	public String choiceLabel(Object choice) {
		return choice instanceof Endpoint endpoint
				? ModelPaths.label(endpoint) + (endpoint.getUrl() == null ? "" : " (" + endpoint.getUrl() + ")")
				: String.valueOf(choice);
	}

	@Override
	public Command create(EditingDomain domain, Collection<? extends EObject> elements, @Nullable Object choice) {
		if (!(choice instanceof Endpoint endpoint)) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand("Set the endpoint to " + ModelPaths.label(endpoint));
		for (EObject element : elements) {
			if (appliesTo(element) && choices(element).contains(endpoint)) {
				command.append(SetCommand.create(domain, element, TwinPackage.Literals.BINDING__ENDPOINT, endpoint));
			}
		}
		return command;
	}
}
