/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.Step#getName <em>Name</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Step#getAction <em>Action</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Step#isManual <em>Manual</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Step#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Step#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Step#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Step#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Step#getObserved <em>Observed</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Step#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Step#getNote <em>Note</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Step#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Step#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Step#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Manual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manual</em>' attribute.
	 * @see #setManual(boolean)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Manual()
	 * @model
	 * @generated
	 */
	boolean isManual();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Step#isManual <em>Manual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manual</em>' attribute.
	 * @see #isManual()
	 * @generated
	 */
	void setManual(boolean value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.commissioning.record.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.twinworks.commissioning.record.Phase
	 * @see #setPhase(Phase)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Phase()
	 * @model
	 * @generated
	 */
	Phase getPhase();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Step#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.twinworks.commissioning.record.Phase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(Phase value);

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected</em>' attribute.
	 * @see #setExpected(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Expected()
	 * @model
	 * @generated
	 */
	String getExpected();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Step#getExpected <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' attribute.
	 * @see #getExpected()
	 * @generated
	 */
	void setExpected(String value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Absolute tolerance in the observed signal's unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(Double)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Tolerance()
	 * @model
	 * @generated
	 */
	Double getTolerance();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Step#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Step#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Observed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed</em>' attribute.
	 * @see #setObserved(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Observed()
	 * @model
	 * @generated
	 */
	String getObserved();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Step#getObserved <em>Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed</em>' attribute.
	 * @see #getObserved()
	 * @generated
	 */
	void setObserved(String value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.commissioning.record.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.twinworks.commissioning.record.Verdict
	 * @see #setVerdict(Verdict)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Step#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.twinworks.commissioning.record.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Step#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.commissioning.record.Observation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getStep_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Observation> getEvidence();

} // Step
