/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Alarm Limit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One alarm limit of a signal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.AlarmLimit#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.model.AlarmLimit#getValue <em>Value</em>}</li>
 *   <li>{@link org.twinworks.model.AlarmLimit#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.twinworks.model.AlarmLimit#getHysteresis <em>Hysteresis</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getAlarmLimit()
 * @model
 * @generated
 */
public interface AlarmLimit extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.AlarmKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.model.AlarmKind
	 * @see #setKind(AlarmKind)
	 * @see org.twinworks.model.TwinPackage#getAlarmLimit_Kind()
	 * @model
	 * @generated
	 */
	AlarmKind getKind();

	/**
	 * Sets the value of the '{@link org.twinworks.model.AlarmLimit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.model.AlarmKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AlarmKind value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.twinworks.model.TwinPackage#getAlarmLimit_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.twinworks.model.AlarmLimit#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"Medium"</code>.
	 * The literals are from the enumeration {@link org.twinworks.model.AlarmPriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.twinworks.model.AlarmPriority
	 * @see #setPriority(AlarmPriority)
	 * @see org.twinworks.model.TwinPackage#getAlarmLimit_Priority()
	 * @model default="Medium"
	 * @generated
	 */
	AlarmPriority getPriority();

	/**
	 * Sets the value of the '{@link org.twinworks.model.AlarmLimit#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.twinworks.model.AlarmPriority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(AlarmPriority value);

	/**
	 * Returns the value of the '<em><b>Hysteresis</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the value must return past the limit before the alarm clears, in the signal's unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hysteresis</em>' attribute.
	 * @see #setHysteresis(double)
	 * @see org.twinworks.model.TwinPackage#getAlarmLimit_Hysteresis()
	 * @model default="0.0"
	 * @generated
	 */
	double getHysteresis();

	/**
	 * Sets the value of the '{@link org.twinworks.model.AlarmLimit#getHysteresis <em>Hysteresis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hysteresis</em>' attribute.
	 * @see #getHysteresis()
	 * @generated
	 */
	void setHysteresis(double value);

} // AlarmLimit
