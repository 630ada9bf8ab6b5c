/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.diagram.notation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.diagram.notation.Edge#getSource <em>Source</em>}</li>
 *   <li>{@link org.twinworks.diagram.notation.Edge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.twinworks.diagram.notation.Edge#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.twinworks.diagram.notation.Edge#getBendpoints <em>Bendpoints</em>}</li>
 * </ul>
 *
 * @see org.twinworks.diagram.notation.NotationPackage#getEdge()
 * @model
 * @generated
 */
public interface Edge extends View {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(View)
	 * @see org.twinworks.diagram.notation.NotationPackage#getEdge_Source()
	 * @model
	 * @generated
	 */
	View getSource();

	/**
	 * Sets the value of the '{@link org.twinworks.diagram.notation.Edge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(View value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(View)
	 * @see org.twinworks.diagram.notation.NotationPackage#getEdge_Target()
	 * @model
	 * @generated
	 */
	View getTarget();

	/**
	 * Sets the value of the '{@link org.twinworks.diagram.notation.Edge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(View value);

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.diagram.notation.Routing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see org.twinworks.diagram.notation.Routing
	 * @see #setRouting(Routing)
	 * @see org.twinworks.diagram.notation.NotationPackage#getEdge_Routing()
	 * @model
	 * @generated
	 */
	Routing getRouting();

	/**
	 * Sets the value of the '{@link org.twinworks.diagram.notation.Edge#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see org.twinworks.diagram.notation.Routing
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(Routing value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.diagram.notation.Bendpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bendpoints</em>' containment reference list.
	 * @see org.twinworks.diagram.notation.NotationPackage#getEdge_Bendpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Bendpoint> getBendpoints();

} // Edge
