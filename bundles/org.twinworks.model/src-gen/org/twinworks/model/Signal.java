/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A process variable: a measurement, a command or an internal value, with its type, unit, range and alarm limits.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.Signal#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getEnumLiterals <em>Enum Literals</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getRangeLow <em>Range Low</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getRangeHigh <em>Range High</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getAlarmLimits <em>Alarm Limits</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getAccess <em>Access</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getNominalValue <em>Nominal Value</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.twinworks.model.Signal#getEquipment <em>Equipment</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getSignal()
 * @model
 * @generated
 */
public interface Signal extends Named {
	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The signal's tag, e.g. LT-201.PV.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.twinworks.model.TwinPackage#getSignal_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Signal#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.SignalDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Direction from the controller's view.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.twinworks.model.SignalDirection
	 * @see #setDirection(SignalDirection)
	 * @see org.twinworks.model.TwinPackage#getSignal_Direction()
	 * @model
	 * @generated
	 */
	SignalDirection getDirection();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Signal#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.twinworks.model.SignalDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(SignalDirection value);

	/**
	 * Returns the value of the '<em><b>Data Type</b></em>' attribute.
	 * The default value is <code>"Double"</code>.
	 * The literals are from the enumeration {@link org.twinworks.model.SignalDataType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Type</em>' attribute.
	 * @see org.twinworks.model.SignalDataType
	 * @see #setDataType(SignalDataType)
	 * @see org.twinworks.model.TwinPackage#getSignal_DataType()
	 * @model default="Double"
	 * @generated
	 */
	SignalDataType getDataType();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Signal#getDataType <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Type</em>' attribute.
	 * @see org.twinworks.model.SignalDataType
	 * @see #getDataType()
	 * @generated
	 */
	void setDataType(SignalDataType value);

	/**
	 * Returns the value of the '<em><b>Enum Literals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The states of an enumeration signal, in order of their values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enum Literals</em>' attribute list.
	 * @see org.twinworks.model.TwinPackage#getSignal_EnumLiterals()
	 * @model
	 * @generated
	 */
	EList<String> getEnumLiterals();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(EngineeringUnit)
	 * @see org.twinworks.model.TwinPackage#getSignal_Unit()
	 * @model
	 * @generated
	 */
	EngineeringUnit getUnit();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Signal#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(EngineeringUnit value);

	/**
	 * Returns the value of the '<em><b>Range Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Engineering range, low end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Range Low</em>' attribute.
	 * @see #setRangeLow(Double)
	 * @see org.twinworks.model.TwinPackage#getSignal_RangeLow()
	 * @model
	 * @generated
	 */
	Double getRangeLow();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Signal#getRangeLow <em>Range Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Range Low</em>' attribute.
	 * @see #getRangeLow()
	 * @generated
	 */
	void setRangeLow(Double value);

	/**
	 * Returns the value of the '<em><b>Range High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Engineering range, high end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Range High</em>' attribute.
	 * @see #setRangeHigh(Double)
	 * @see org.twinworks.model.TwinPackage#getSignal_RangeHigh()
	 * @model
	 * @generated
	 */
	Double getRangeHigh();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Signal#getRangeHigh <em>Range High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Range High</em>' attribute.
	 * @see #getRangeHigh()
	 * @generated
	 */
	void setRangeHigh(Double value);

	/**
	 * Returns the value of the '<em><b>Alarm Limits</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.AlarmLimit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alarm Limits</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getSignal_AlarmLimits()
	 * @model containment="true"
	 * @generated
	 */
	EList<AlarmLimit> getAlarmLimits();

	/**
	 * Returns the value of the '<em><b>Access</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.Access}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Access</em>' attribute.
	 * @see org.twinworks.model.Access
	 * @see #setAccess(Access)
	 * @see org.twinworks.model.TwinPackage#getSignal_Access()
	 * @model
	 * @generated
	 */
	Access getAccess();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Signal#getAccess <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access</em>' attribute.
	 * @see org.twinworks.model.Access
	 * @see #getAccess()
	 * @generated
	 */
	void setAccess(Access value);

	/**
	 * Returns the value of the '<em><b>Nominal Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value commissioning expects to see, in the signal's type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominal Value</em>' attribute.
	 * @see #setNominalValue(String)
	 * @see org.twinworks.model.TwinPackage#getSignal_NominalValue()
	 * @model
	 * @generated
	 */
	String getNominalValue();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Signal#getNominalValue <em>Nominal Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominal Value</em>' attribute.
	 * @see #getNominalValue()
	 * @generated
	 */
	void setNominalValue(String value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The type's signal template this signal was instantiated from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(Signal)
	 * @see org.twinworks.model.TwinPackage#getSignal_Template()
	 * @model
	 * @generated
	 */
	Signal getTemplate();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Signal#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(Signal value);

	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The equipment this signal belongs to; null for a type's template.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Equipment</em>' reference.
	 * @see org.twinworks.model.TwinPackage#getSignal_Equipment()
	 * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Equipment getEquipment();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Range low is below range high, and both are set or neither.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validRange(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most one limit of each kind, ordered LL <= L <= H <= HH and inside the range.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validAlarmLimits(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only numeric signals have ranges and alarm limits.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean alarmsOnNumericOnly(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A signal's unit is one of the plant's units.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean knownUnit(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Signal
