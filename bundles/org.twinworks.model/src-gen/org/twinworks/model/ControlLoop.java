/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Control Loop</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A control loop, e.g. LIC-201: measured value, setpoint, output and the final element it drives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.ControlLoop#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.model.ControlLoop#getControllerType <em>Controller Type</em>}</li>
 *   <li>{@link org.twinworks.model.ControlLoop#getAction <em>Action</em>}</li>
 *   <li>{@link org.twinworks.model.ControlLoop#getMeasuredValue <em>Measured Value</em>}</li>
 *   <li>{@link org.twinworks.model.ControlLoop#getSetpoint <em>Setpoint</em>}</li>
 *   <li>{@link org.twinworks.model.ControlLoop#getOutput <em>Output</em>}</li>
 *   <li>{@link org.twinworks.model.ControlLoop#getFinalElement <em>Final Element</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getControlLoop()
 * @model
 * @generated
 */
public interface ControlLoop extends Named {
	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.twinworks.model.TwinPackage#getControlLoop_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.twinworks.model.ControlLoop#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Controller Type</b></em>' attribute.
	 * The default value is <code>"PID"</code>.
	 * The literals are from the enumeration {@link org.twinworks.model.ControllerType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Type</em>' attribute.
	 * @see org.twinworks.model.ControllerType
	 * @see #setControllerType(ControllerType)
	 * @see org.twinworks.model.TwinPackage#getControlLoop_ControllerType()
	 * @model default="PID"
	 * @generated
	 */
	ControllerType getControllerType();

	/**
	 * Sets the value of the '{@link org.twinworks.model.ControlLoop#getControllerType <em>Controller Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller Type</em>' attribute.
	 * @see org.twinworks.model.ControllerType
	 * @see #getControllerType()
	 * @generated
	 */
	void setControllerType(ControllerType value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.ControlAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.twinworks.model.ControlAction
	 * @see #setAction(ControlAction)
	 * @see org.twinworks.model.TwinPackage#getControlLoop_Action()
	 * @model
	 * @generated
	 */
	ControlAction getAction();

	/**
	 * Sets the value of the '{@link org.twinworks.model.ControlLoop#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.twinworks.model.ControlAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(ControlAction value);

	/**
	 * Returns the value of the '<em><b>Measured Value</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PV.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measured Value</em>' reference.
	 * @see #setMeasuredValue(Signal)
	 * @see org.twinworks.model.TwinPackage#getControlLoop_MeasuredValue()
	 * @model
	 * @generated
	 */
	Signal getMeasuredValue();

	/**
	 * Sets the value of the '{@link org.twinworks.model.ControlLoop#getMeasuredValue <em>Measured Value</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measured Value</em>' reference.
	 * @see #getMeasuredValue()
	 * @generated
	 */
	void setMeasuredValue(Signal value);

	/**
	 * Returns the value of the '<em><b>Setpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SP.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Setpoint</em>' reference.
	 * @see #setSetpoint(Signal)
	 * @see org.twinworks.model.TwinPackage#getControlLoop_Setpoint()
	 * @model
	 * @generated
	 */
	Signal getSetpoint();

	/**
	 * Sets the value of the '{@link org.twinworks.model.ControlLoop#getSetpoint <em>Setpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Setpoint</em>' reference.
	 * @see #getSetpoint()
	 * @generated
	 */
	void setSetpoint(Signal value);

	/**
	 * Returns the value of the '<em><b>Output</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MV: the controller output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output</em>' reference.
	 * @see #setOutput(Signal)
	 * @see org.twinworks.model.TwinPackage#getControlLoop_Output()
	 * @model
	 * @generated
	 */
	Signal getOutput();

	/**
	 * Sets the value of the '{@link org.twinworks.model.ControlLoop#getOutput <em>Output</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output</em>' reference.
	 * @see #getOutput()
	 * @generated
	 */
	void setOutput(Signal value);

	/**
	 * Returns the value of the '<em><b>Final Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the output drives: a control valve, a pump's drive...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Final Element</em>' reference.
	 * @see #setFinalElement(Equipment)
	 * @see org.twinworks.model.TwinPackage#getControlLoop_FinalElement()
	 * @model
	 * @generated
	 */
	Equipment getFinalElement();

	/**
	 * Sets the value of the '{@link org.twinworks.model.ControlLoop#getFinalElement <em>Final Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Final Element</em>' reference.
	 * @see #getFinalElement()
	 * @generated
	 */
	void setFinalElement(Equipment value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A loop needs its measured value (PV), its output (MV) and its final element.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean complete(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ControlLoop
