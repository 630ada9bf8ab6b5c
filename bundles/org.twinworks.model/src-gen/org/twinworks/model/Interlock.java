/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interlock</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A protective function: when its conditions hold, it trips an equipment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.Interlock#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.model.Interlock#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.twinworks.model.Interlock#getCombination <em>Combination</em>}</li>
 *   <li>{@link org.twinworks.model.Interlock#getTrips <em>Trips</em>}</li>
 *   <li>{@link org.twinworks.model.Interlock#getTripAction <em>Trip Action</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getInterlock()
 * @model
 * @generated
 */
public interface Interlock extends Named {
	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.twinworks.model.TwinPackage#getInterlock_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Interlock#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.InterlockCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getInterlock_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<InterlockCondition> getConditions();

	/**
	 * Returns the value of the '<em><b>Combination</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.ConditionCombination}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trip when all conditions hold, or any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Combination</em>' attribute.
	 * @see org.twinworks.model.ConditionCombination
	 * @see #setCombination(ConditionCombination)
	 * @see org.twinworks.model.TwinPackage#getInterlock_Combination()
	 * @model
	 * @generated
	 */
	ConditionCombination getCombination();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Interlock#getCombination <em>Combination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Combination</em>' attribute.
	 * @see org.twinworks.model.ConditionCombination
	 * @see #getCombination()
	 * @generated
	 */
	void setCombination(ConditionCombination value);

	/**
	 * Returns the value of the '<em><b>Trips</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trips</em>' reference.
	 * @see #setTrips(Equipment)
	 * @see org.twinworks.model.TwinPackage#getInterlock_Trips()
	 * @model
	 * @generated
	 */
	Equipment getTrips();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Interlock#getTrips <em>Trips</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trips</em>' reference.
	 * @see #getTrips()
	 * @generated
	 */
	void setTrips(Equipment value);

	/**
	 * Returns the value of the '<em><b>Trip Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.TripAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trip Action</em>' attribute.
	 * @see org.twinworks.model.TripAction
	 * @see #setTripAction(TripAction)
	 * @see org.twinworks.model.TwinPackage#getInterlock_TripAction()
	 * @model
	 * @generated
	 */
	TripAction getTripAction();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Interlock#getTripAction <em>Trip Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trip Action</em>' attribute.
	 * @see org.twinworks.model.TripAction
	 * @see #getTripAction()
	 * @generated
	 */
	void setTripAction(TripAction value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An interlock needs at least one condition with a signal, and the equipment it trips.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean complete(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Interlock
