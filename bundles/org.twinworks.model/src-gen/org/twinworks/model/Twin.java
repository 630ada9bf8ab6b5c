/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Twin</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The connection between the virtual plant and the physical one: OPC UA endpoints and the bindings of signals to their nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.Twin#getEndpoints <em>Endpoints</em>}</li>
 *   <li>{@link org.twinworks.model.Twin#getBindings <em>Bindings</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getTwin()
 * @model
 * @generated
 */
public interface Twin extends EObject {
	/**
	 * Returns the value of the '<em><b>Endpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Endpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoints</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getTwin_Endpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Endpoint> getEndpoints();

	/**
	 * Returns the value of the '<em><b>Bindings</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Binding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bindings</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getTwin_Bindings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Binding> getBindings();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A signal has at most one active binding.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean oneActiveBindingPerSignal(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Twin
